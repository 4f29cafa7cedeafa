// Sample document: a Czech interview with a school coordinator in Prague (fictional).
import type { SampleDocument } from '../types';

export const pragueSchoolInterview: SampleDocument = {
  key: 'prague-school',
  title: 'Rozhovor s koordinátorkou pro žáky s odlišným mateřským jazykem, Praha',
  kind: 'interview',
  language: 'ces',
  cities: ['prague'],
  date: '2025-02-18',
  author: 'EU-MIA research team',
  importedFrom: 'sample/praha-rozhovor-skola.txt',
  attributes: { project: 'EU-MIA', 'interview date': '2025-02-18', 'stakeholder group': 'Education', interviewer: 'K. Dvořáková' },
  layout: {
    type: 'turns',
    paragraphs: [
      'Tazatelka: Děkuji, že jste si našla čas. Můžete na začátek popsat, co ve škole děláte?',
      'R2: Jsem koordinátorka pro žáky s odlišným mateřským jazykem na základní škole v Praze 9. Ze šesti set dětí jich má asi sto dvacet jiný mateřský jazyk než češtinu, nejvíc ukrajinštinu, vietnamštinu a ruštinu.',
      'Tazatelka: Jak se situace změnila po roce 2022?',
      'R2: Během jednoho jara k nám přišlo přes čtyřicet dětí z Ukrajiny. Neměli jsme učebny, neměli jsme učitele češtiny jako cizího jazyka, a přesto jsme je museli přijmout, protože povinná školní docházka platí pro všechny. První měsíce to bylo hlavně o tom, aby se děti cítily v bezpečí.',
      'Tazatelka: Jak probíhá výuka češtiny?',
      'R2: Stát nám dává hodiny češtiny navíc, ale jen na omezenou dobu a jen pro skupiny. Dítě, které přijde v listopadu, často čeká do dalšího pololetí, než se otevře nová skupina. Mezitím sedí ve třídě a nerozumí skoro ničemu.',
      'Tazatelka: A rodiče?',
      'R2: Rodiče jsou klíčoví, ale často pracují na směny ve skladech nebo v hotelech a na třídní schůzky nemohou přijít. Zavedli jsme proto konzultace večer a s tlumočnicí přes videohovor. Účast se tím zvýšila zhruba na dvojnásobek.',
      'Tazatelka: Setkáváte se s předsudky?',
      'R2: Bohužel ano, hlavně mezi rodiči ostatních dětí. Na začátku přišly stížnosti, že se kvůli novým žákům zpomalí výuka. Pomohlo, když jsme uspořádali společnou slavnost a rodiče spolu poprvé mluvili.',
      'Tazatelka: Jak spolupracujete s městem a s neziskovými organizacemi?',
      'R2: Magistrát financuje adaptační skupiny v létě a jedna nezisková organizace u nás dvakrát týdně vede doučování. Velmi pomáhá i interkulturní pracovnice, která zná rodiny z komunitního centra a umí vysvětlit, proč je důležité, aby dítě chodilo do školy pravidelně. Bez ní bychom se k mnoha rodinám vůbec nedostali.',
      'Tazatelka: Co by škole nejvíc pomohlo?',
      'R2: Stabilní úvazek pro asistenta pedagoga, který mluví ukrajinsky, a jasná pravidla financování na celý rok, ne na tři měsíce.',
    ],
  },
  passages: [
    {
      quote: 'Mezitím sedí ve třídě a nerozumí skoro ničemu.',
      themes: ['education', 'language'],
      memo: 'Waiting for the next Czech group: same "waiting list" pattern as the Vienna German courses.',
    },
    {
      quote: 'Zavedli jsme proto konzultace večer a s tlumočnicí přes videohovor.',
      themes: ['education', 'participation'],
    },
    {
      quote: 'Na začátku přišly stížnosti, že se kvůli novým žákům zpomalí výuka.',
      themes: ['education', 'discrimination'],
    },
  ],
};
