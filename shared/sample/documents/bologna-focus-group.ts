// Sample document: an Italian focus-group transcript with timestamps, Bologna (fictional).
import type { SampleDocument } from '../types';

export const bolognaFocusGroup: SampleDocument = {
  key: 'bologna-focus-group',
  title: 'Focus group con mediatrici e utenti dei servizi sanitari, Bologna',
  kind: 'focus-group',
  language: 'ita',
  cities: ['bologna'],
  date: '2025-05-20',
  author: 'EU-MIA research team',
  importedFrom: 'sample/bologna-focus-group-salute.txt',
  attributes: { project: 'EU-MIA', 'interview date': '2025-05-20', 'stakeholder group': 'Mixed: mediators and service users', participants: 4 },
  layout: {
    type: 'turns',
    paragraphs: [
      '[00:00:05] Moderatrice: Buongiorno a tutte e a tutti, e grazie di essere qui. Oggi parliamo di salute e di come si arriva ai servizi sanitari a Bologna. Possiamo iniziare con un breve giro di presentazioni?',
      '[00:00:41] Amina: Mi chiamo Amina, vengo dal Marocco e vivo al Navile da otto anni. Lavoro come mediatrice culturale al consultorio familiare.',
      '[00:01:02] Giulia: Io sono Giulia, sono infermiera all\'ambulatorio per stranieri temporaneamente presenti, quello che tutti chiamano ambulatorio STP.',
      '[00:01:20] Dmytro: Sono Dmytro, dall\'Ucraina. Sono arrivato nel 2022 con mia madre, che ha bisogno di cure continue per il diabete.',
      '[00:01:38] Fatou: Fatou, dal Senegal. Faccio le pulizie in un albergo e ho due bambini piccoli.',
      '[00:02:10] Moderatrice: Qual è stata la prima difficoltà quando avete avuto bisogno di un medico?',
      '[00:02:25] Dmytro: Capire che cosa fosse il medico di base. In Ucraina andavamo direttamente in policlinico. Qui serviva la tessera sanitaria, e per la tessera serviva la residenza, e per la residenza serviva un contratto d\'affitto. Per tre mesi mia madre ha preso l\'insulina grazie a un\'associazione di volontari.',
      '[00:03:14] Giulia: È una catena che vediamo tutti i giorni. Chi non ha la residenza finisce al pronto soccorso per cose che un medico di famiglia risolverebbe in dieci minuti.',
      '[00:03:40] Fatou: Per me il problema sono gli orari. Il consultorio apre la mattina, quando io lavoro. Se chiedo un permesso, il capo mi guarda male.',
      '[00:04:05] Amina: Ed è qui che la mediazione fa la differenza. Quando una donna arriva e c\'è qualcuno che parla la sua lingua, non solo traduce le parole ma spiega perché le cose funzionano così, la donna torna. Se non c\'è nessuno, spesso non torna più.',
      '[00:04:48] Moderatrice: Il Comune ha fatto qualcosa per rendere i servizi più accessibili?',
      '[00:05:02] Giulia: Il progetto delle "Case della salute" nei quartieri ha aiutato, e adesso i fogli informativi ci sono in otto lingue. Però i mediatori hanno contratti di sei mesi, e ogni volta che un contratto scade perdiamo mesi di fiducia costruita con le famiglie.',
      '[00:05:40] Dmytro: Vorrei aggiungere una cosa sulla salute mentale. Molti di noi dormono male, pensano sempre a casa. Ma uno psicologo che parli ucraino o russo qui non c\'è, e parlare di queste cose con un interprete al telefono non è possibile.',
      '[00:06:15] Fatou: Anche per i bambini. A scuola la maestra mi ha detto che mio figlio è troppo silenzioso. Nessuno mi ha spiegato a chi rivolgermi.',
      '[00:06:44] Moderatrice: Che cosa cambiereste, se poteste decidere voi?',
      '[00:06:52] Amina: Mediatori con un contratto stabile, in ogni Casa della salute, e anche il sabato mattina.',
      '[00:07:10] Fatou: Un ambulatorio aperto la sera. E un posto dove chiedere senza vergogna.',
      '[00:07:25] Moderatrice: Grazie a tutte e a tutti, è stato molto prezioso.',
    ],
  },
  passages: [
    {
      quote:
        "Qui serviva la tessera sanitaria, e per la tessera serviva la residenza, e per la residenza serviva un contratto d'affitto.",
      themes: ['health', 'services', 'housing'],
      memo: 'The chain residence → health card → GP: housing as the gate to health care.',
    },
    {
      quote:
        'Quando una donna arriva e c\'è qualcuno che parla la sua lingua, non solo traduce le parole ma spiega perché le cose funzionano così, la donna torna.',
      themes: ['mediators', 'health'],
    },
    {
      quote:
        'Però i mediatori hanno contratti di sei mesi, e ogni volta che un contratto scade perdiamo mesi di fiducia costruita con le famiglie.',
      themes: ['mediators'],
    },
    {
      quote:
        'Ma uno psicologo che parli ucraino o russo qui non c\'è, e parlare di queste cose con un interprete al telefono non è possibile.',
      themes: ['health', 'language'],
    },
  ],
};
