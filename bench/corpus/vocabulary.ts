// Word lists per language for the synthetic benchmark transcripts (real words, with diacritics and Cyrillic).

export const VOCABULARY: Record<string, { language: string; words: string[]; speakers: string[] }> = {
  eng: {
    language: 'eng',
    speakers: ['Interviewer', 'R1', 'R2'],
    words: 'housing office migrants integration language course employment health access services municipality city council neighbourhood participation discrimination school teachers families children residence permit asylum refugees volunteers association project funding mentoring training apprenticeship landlord rent social worker clinic doctor interpreter community centre policy strategy evaluation network support barrier trust welcome information counselling registration'.split(' '),
  },
  deu: {
    language: 'deu',
    speakers: ['Interviewerin', 'B1', 'B2'],
    words: 'Wohnung Behörde Zugewanderte Integration Sprachkurs Beschäftigung Gesundheit Zugang Beratung Stadtverwaltung Nachbarschaft Teilhabe Diskriminierung Schule Lehrkräfte Familien Kinder Aufenthaltstitel Asyl Geflüchtete Ehrenamtliche Verein Förderung Ausbildung Vermieter Miete Sozialarbeiterin Ärztin Dolmetscher Gemeinschaftszentrum Strategie Netzwerk Unterstützung Hürde Vertrauen Willkommen Anmeldung Bürgeramt Jobcenter Übergang'.split(' '),
  },
  ita: {
    language: 'ita',
    speakers: ['Intervistatrice', 'P1', 'P2'],
    words: "abitazione ufficio migranti integrazione corso di lingua lavoro salute accesso servizi comune quartiere partecipazione discriminazione scuola insegnanti famiglie bambini permesso di soggiorno asilo rifugiati volontari associazione progetto finanziamento formazione tirocinio affitto assistente sociale medico mediatore culturale centro comunitario politica rete sostegno fiducia accoglienza l'integrazione dell'inclusione città".split(' '),
  },
  ces: {
    language: 'ces',
    speakers: ['Tazatelka', 'R1', 'R2'],
    words: 'bydlení úřad cizinci integrace jazykový kurz zaměstnání zdraví přístup služby magistrát sousedství účast diskriminace škola učitelé rodiny děti povolení k pobytu azyl uprchlíci dobrovolníci sdružení projekt financování vzdělávání nájem sociální pracovnice lékařka tlumočník komunitní centrum strategie síť podpora bariéra důvěra Praha Brno Vídeň žádost poradna'.split(' '),
  },
  bul: {
    language: 'bul',
    speakers: ['Интервюиращ', 'Р1', 'Р2'],
    words: 'жилище община мигранти интеграция езиков курс заетост здраве достъп услуги квартал участие дискриминация училище учители семейства деца разрешение за пребиваване убежище бежанци доброволци сдружение проект финансиране обучение наем социален работник лекар преводач читалище стратегия мрежа подкрепа бариера доверие Бургас София Пловдив консултация регистрация'.split(' '),
  },
};
