// Sample document: a German interview with a counsellor at a Berlin migrant advice centre (fictional).
import type { SampleDocument } from '../types';

export const berlinJobInterview: SampleDocument = {
  key: 'berlin-employment',
  title: 'Interview mit einer Beraterin, Migrationsberatung Berlin-Neukölln',
  kind: 'interview',
  language: 'deu',
  cities: ['berlin'],
  date: '2025-04-03',
  author: 'MiStra research team',
  importedFrom: 'sample/berlin-beratung-interview.txt',
  attributes: { project: 'MiStra', 'interview date': '2025-04-03', 'stakeholder group': 'Civil society', interviewer: 'J. Becker' },
  layout: {
    type: 'turns',
    paragraphs: [
      'Interviewer: Vielen Dank, dass Sie sich Zeit nehmen. Was ist Ihre Aufgabe in der Beratungsstelle?',
      'B1: Ich berate seit sechs Jahren Erwachsene, die neu in Berlin sind, vor allem zu Arbeit, Ausbildung und Anerkennung von Abschlüssen. Die meisten kommen aus Syrien, der Ukraine, Afghanistan und in letzter Zeit auch aus Moldau.',
      'Interviewer: Womit kommen die Leute am häufigsten zu Ihnen?',
      'B1: Mit Papieren. Ein Zeugnis aus Aleppo oder Charkiw muss übersetzt, beglaubigt und dann von der zuständigen Stelle geprüft werden. Für eine Krankenpflegerin aus Kiew dauert die Anerkennung oft länger als ein Jahr, und in dieser Zeit arbeitet sie als Hilfskraft im selben Krankenhaus, für die Hälfte des Lohns.',
      'Interviewer: Was bedeutet das für die Menschen?',
      'B1: Es ist eine Frage der Würde. Wer zwanzig Jahre als Ingenieur gearbeitet hat und jetzt Regale einräumt, verliert nicht nur Geld, sondern auch das Vertrauen, dass sich Anstrengung lohnt. Viele sagen mir: Ich will keine Hilfe, ich will arbeiten.',
      'Interviewer: Welche Rolle spielt die Sprache?',
      'B1: Eine große, aber nicht immer die, die man erwartet. Das Jobcenter verlangt oft erst den Integrationskurs bis B1 und dann einen Berufssprachkurs, bevor es eine Weiterbildung bezahlt. Dabei lernen viele am schnellsten Deutsch, wenn sie im Betrieb sind und mit Kolleginnen sprechen müssen.',
      'Interviewer: Gibt es Beispiele, wo das gut funktioniert?',
      'B1: Ja, ein Pflegeheim in Britz hat ein Modell mit uns entwickelt: Die Leute arbeiten drei Tage, lernen zwei Tage Deutsch, und eine Mentorin begleitet sie durch die Anerkennung. Von vierzehn Teilnehmerinnen haben zwölf den Abschluss geschafft.',
      'Interviewer: Und wo sehen Sie die größten Hürden?',
      'B1: Bei den Behörden selbst. Termine beim Bürgeramt sind kaum zu bekommen, ohne Anmeldung gibt es keine Steuer-ID, und ohne Steuer-ID keinen Arbeitsvertrag. Manche Arbeitgeber geben dann auf, obwohl sie dringend Personal suchen. Eine zentrale Anlaufstelle, in der alles an einem Ort erledigt wird, würde vielen Menschen Monate ersparen.',
      'Interviewer: Vielen Dank für das Gespräch.',
    ],
  },
  passages: [
    {
      quote:
        'Für eine Krankenpflegerin aus Kiew dauert die Anerkennung oft länger als ein Jahr, und in dieser Zeit arbeitet sie als Hilfskraft im selben Krankenhaus, für die Hälfte des Lohns.',
      themes: ['employment'],
      memo: 'Recognition of qualifications: deskilling while waiting.',
    },
    {
      quote: 'Dabei lernen viele am schnellsten Deutsch, wenn sie im Betrieb sind und mit Kolleginnen sprechen müssen.',
      themes: ['language', 'employment'],
    },
    {
      quote: 'Termine beim Bürgeramt sind kaum zu bekommen, ohne Anmeldung gibt es keine Steuer-ID, und ohne Steuer-ID keinen Arbeitsvertrag.',
      themes: ['services', 'employment'],
    },
  ],
};
