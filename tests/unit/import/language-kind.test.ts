// Language detection (franc, ISO 639-3) and the document kind guessed from name and content.
import { describe, expect, it } from 'vitest';
import { guessKind } from '../../../shared/import/kind';
import { detectLanguage } from '../../../shared/import/language';

describe('detectLanguage', () => {
  it.each([
    ['eng', 'The city council decided to open two new language schools for refugees and to extend the housing programme for families who arrived last year.'],
    ['deu', 'Der Stadtrat hat beschlossen, zwei neue Sprachschulen für Geflüchtete zu eröffnen und das Wohnprogramm für Familien zu verlängern, die letztes Jahr angekommen sind.'],
    ['ces', 'Městská rada rozhodla otevřít dvě nové jazykové školy pro uprchlíky a prodloužit bytový program pro rodiny, které přijely v loňském roce.'],
    ['fra', 'Le conseil municipal a décidé d’ouvrir deux nouvelles écoles de langue pour les réfugiés et de prolonger le programme de logement pour les familles arrivées l’an dernier.'],
    // Interview English that franc alone labels Scots ("sco").
    ['eng', 'Interviewer: Thank you for taking the time. Could you tell me how the housing office works with newly arrived families? R1: We try to find flats for them but the waiting list is long and many landlords do not want to rent to people without a permanent contract.'],
    ['bul', 'Общината започна курсове по български език за родители, а училищата наеха медиатори, които помагат на децата в първите месеци.'],
    ['ita', "Il comune ha aperto due nuovi sportelli per l'orientamento ai servizi sanitari e ha formato mediatrici culturali per accompagnare le famiglie."],
    ['rus', 'Городской совет решил открыть две новые языковые школы для беженцев и продлить жилищную программу для семей, которые приехали в прошлом году.'],
  ])('%s', (code, text) => expect(detectLanguage(text)).toBe(code));

  it('says "und" for text too short to tell', () => {
    expect(detectLanguage('Hallo 12')).toBe('und');
    expect(detectLanguage('1234 5678 — 90')).toBe('und');
  });
});

describe('guessKind', () => {
  const base = { sourceFormat: 'txt' as const, text: '', turns: [] };
  it.each([
    ['focus-group_berlin.docx', base, 'focus-group'],
    ['Interview_Ana_2023.docx', base, 'interview'],
    ['Feldnotizen Wien.txt', base, 'field-note'],
    ['city-integration-strategy-2030.pdf', base, 'policy-document'],
    ['Jahresbericht 2022.pdf', base, 'report'],
    ['talk.vtt', { ...base, sourceFormat: 'vtt' as const }, 'transcript'],
    ['notes.txt', { ...base, turns: [{ start: 0, end: 1, speaker: 'I' }, { start: 2, end: 3, speaker: 'R' }, { start: 4, end: 5, speaker: 'I' }] }, 'interview'],
    ['session.txt', { ...base, turns: ['A', 'B', 'C', 'D', 'A'].map((speaker, i) => ({ start: i, end: i, speaker })) }, 'focus-group'],
    ['scan.pdf', { ...base, sourceFormat: 'pdf' as const, pageCount: 40 }, 'report'],
    ['page.html', { ...base, text: 'Breaking news. The minister said in an interview that…' }, 'other'],
  ])('%s → %s', (name, evidence, kind) => {
    expect(guessKind({ name, ...evidence })).toBe(kind);
  });
});
