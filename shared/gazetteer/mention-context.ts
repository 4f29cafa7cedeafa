// Reads the words around a city name to tell whether it names the city or something else named after it.
import {
  AGREEMENT_AFTER, AGREEMENT_BEFORE, DISTRICT_BEFORE, DUBLIN, DUBLIN_AFTER, GERMAN, GERMAN_NOUNS, GIVEN_NAMES, PERSON_NAMES, PLACE_NOUNS_AFTER, PLACE_WORDS,
  STILL_THE_CITY_AFTER, STREET_AFTER, STREET_BEFORE, TITLES,
} from './context-words';
import { foldWord } from './fold';

/** What a city's name names at one place in a text. */
export type Reading = 'city' | 'agreement' | 'street' | 'person' | 'publisher' | 'noun' | 'country';

export interface Spot {
  text: string;
  /** Where the name starts and ends (UTF-16 offsets). */
  start: number;
  end: number;
  /** The folded name as the gazetteer lists it ("dublin", "frankfurt am main"). */
  key: string;
  /** ISO 639-3 language of the text. */
  language?: string;
  /** Whether the name is a district's (Ottakring), which counts for its city after a district word too. */
  district?: boolean;
  /** Whether a folded word is the one-word name of a city or a country (for "Bochum, Essen" and "Nancy, France"). */
  isPlace: (folded: string) => boolean;
  /** Whether a folded word is a country's name (Luxembourg, Monaco are both). */
  isCountry: (folded: string) => boolean;
}

interface Word {
  raw: string;
  folded: string;
  /** What stands between this word and the name. */
  gap: string;
}

const LETTER = /[\p{L}\p{M}]/u;
const MAX_WORD = 40;

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(ch);
}

function wordBefore(text: string, at: number, maxGap = 4): Word | undefined {
  let i = at;
  while (i > 0 && at - i < maxGap && !isLetter(text[i - 1]!)) i--;
  let j = i;
  while (j > 0 && i - j < MAX_WORD && isLetter(text[j - 1]!)) j--;
  if (j === i) return undefined;
  const raw = text.slice(j, i);
  return { raw, folded: foldWord(raw), gap: text.slice(i, at) };
}

function wordAfter(text: string, at: number, maxGap = 4): Word | undefined {
  let i = at;
  while (i < text.length && i - at < maxGap && !isLetter(text[i]!)) i++;
  let j = i;
  while (j < text.length && j - i < MAX_WORD && isLetter(text[j]!)) j++;
  if (j === i) return undefined;
  const raw = text.slice(i, j);
  return { raw, folded: foldWord(raw), gap: text.slice(at, i) };
}

const SPACE = /^[ \t\u00a0]+$/;
/** A space, or an abbreviation's full stop and a space ("Dr. Lincoln", "ul. Warszawa"). */
const ABBREVIATION = /^\.?[ \t\u00a0]+$/;
/** Between a street word and the name: a space, perhaps after an abbreviation's stop or before a quote (ул. „Бургас“). */
const STREET_GAP = /^\.?[ \t\u00a0]+["'„“«‚]?$/;
const HYPHEN = /^[-‐‑]$/;
const SPACE_OR_HYPHEN = /^(?:[ \t\u00a0]+|[-‐‑])$/;
/** Words between an agreement's or street's word and the name: Treaty of Lisbon, rue de la Paix, via di Roma. */
const LINKS = new Set(['of', 'de', 'di', 'du', 'des', 'del', 'della', 'von', 'd', 'z', 'ze', 'от', 'la']);

const capitalised = (word: string): boolean => word[0] !== word[0]!.toLowerCase();

/** The word before the name, stepping over linking words ("Treaty of", "rue de la"). */
function headWordBefore(text: string, at: number, before: Word | undefined): Word | undefined {
  let word = before;
  for (let steps = 0; word && steps < 2 && SPACE.test(word.gap) && LINKS.has(word.folded); steps++) {
    word = wordBefore(text, at - word.gap.length - word.raw.length);
  }
  return word && STREET_GAP.test(word.gap) ? word : undefined;
}

/** A place of publication in a reference: "(London: Routledge, 1992)", "Cambridge, MA: MIT Press, 2006". */
const PUBLISHER = /(?:,[ \t]*[A-Z][\w.]{0,10})?[ \t]*:[ \t]+\p{Lu}[^]{0,90}?\b(?:1[5-9]\d\d|20\d\d)[a-z]?[).,;]/uy;

/** Whether a sticky pattern matches at `at`, without copying the text. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** A place and year of publication or an author and year in brackets: "(London, 1735)", "(Ladson-Billings, 1995; Paris, 2012)". */
const PLACE_AND_YEAR = /,[ \t]*(?:1[5-9]\d\d|20\d\d)[a-z]?[);]/y;
/** Opens a bracketed reference, or a later one in the same brackets. */
const CITATION_BEFORE = /(?:\(|[;&][ \t]*)$/;
/** An author with initials, as reference lists write them: "Burgas, K.,", "Paris, D. (2012)", "Nix, S. E.". */
const AUTHOR_INITIALS = /,[ \t]+\p{Lu}\.(?:[ \t]?\p{Lu}\.)*(?:,|[ \t]*\(|[ \t]*&|[ \t]*(?:\r?\n|$)|[ \t]+\p{Lu})/uy;
/** An author cited in the text: "Paris (2012) argued", "Paris’ (2012) pedagogy". */
const AUTHOR_YEAR = /(?:['’]s?)?[ \t]*\((?:1[5-9]\d\d|20\d\d)[a-z]?\)/y;
/** Publishers and books named after a city: Cambridge University Press, The Oxford Handbook of …, Springer Berlin. */
const PUBLISHER_AFTER = /[ \t]+(?:University[ \t]+Press|Press|Publications|Publishers|Publishing|Books|Handbook|handbook|Companion|Academic)\b/y;

/** The words around a name, read once. */
interface Around {
  before: Word | undefined;
  /** The word before, over any linking words. */
  head: Word | undefined;
  next: Word | undefined;
}

/** Words before a name that make it a country's in French: au Luxembourg, du Luxembourg (the city is "à Luxembourg"). */
const COUNTRY_ARTICLES = new Set(['au', 'du', 'le']);

/** A city named like its country (Luxembourg, Monaco, San Marino): the country after "au", or in a list of countries. */
function isCountryName(spot: Spot, { before, next }: Around): boolean {
  if (!spot.isCountry(spot.key)) return false;
  if (before && SPACE.test(before.gap) && COUNTRY_ARTICLES.has(before.folded)) return true;
  const listed = (word: Word | undefined) => word !== undefined && /^,[ \t]*$/.test(word.gap) && spot.isCountry(word.folded);
  return listed(next) || (before !== undefined && /^,[ \t]*$/.test(before.gap) && spot.isCountry(before.folded));
}

function isAgreement(spot: Spot, { head, next }: Around): boolean {
  if (next && SPACE_OR_HYPHEN.test(next.gap) && AGREEMENT_AFTER.has(next.folded)) return true;
  if (next && SPACE_OR_HYPHEN.test(next.gap) && DUBLIN.has(spot.key) && DUBLIN_AFTER.has(next.folded)) return true;
  return head !== undefined && AGREEMENT_BEFORE.has(head.folded);
}

function isStreet(spot: Spot, { head, next }: Around): boolean {
  if (head && !spot.district && DISTRICT_BEFORE.has(head.folded)) return true;
  if (head && STREET_BEFORE.has(head.folded)) {
    // "via" is also the English preposition ("to Berlin via Vienna"): a street when Italian, capitalised or numbered.
    if (head.folded !== 'via') return true;
    if (spot.language === 'ita' || capitalised(head.raw) || /^[ \t]*,?[ \t]*\d/.test(spot.text.slice(spot.end, spot.end + 6))) return true;
  }
  if (!next || !SPACE_OR_HYPHEN.test(next.gap) || !STREET_AFTER.has(next.folded)) return false;
  const after = wordAfter(spot.text, spot.end + next.gap.length + next.raw.length);
  return !(after && /^[ \t\u00a0']+$/.test(after.gap) && STILL_THE_CITY_AFTER.has(after.folded));
}

/** A person's name: a title or given name before it, or (for names that are also given names) a surname after it. */
function isPerson(spot: Spot, { before, next }: Around): boolean {
  if (before && capitalised(before.raw)) {
    if (ABBREVIATION.test(before.gap) && TITLES.has(before.folded)) return true;
    if (before.gap === '. ' && before.raw.length === 1) return true; // an initial: "J. London"
    if (SPACE.test(before.gap) && GIVEN_NAMES.has(before.folded)) return true;
  }
  // An index or a reference list, surname first: "Bromberg, Dan", "London, Jack".
  if (next && /^,[ \t]*$/.test(next.gap) && GIVEN_NAMES.has(next.folded) && capitalised(next.raw)) return true;
  if (!PERSON_NAMES.has(spot.key)) return false;
  if (next && SPACE.test(next.gap) && capitalised(next.raw)) {
    // "Sofia Municipality", "Florence Airport": an institution of the city; "Florence Nightingale": a person.
    return !PLACE_NOUNS_AFTER.has(next.folded) && !spot.isPlace(next.folded);
  }
  // A name that is also a given name needs a place word before it or its country after it.
  if (before && SPACE.test(before.gap) && PLACE_WORDS.has(before.folded)) return false;
  return !(next && /^[ \t]*[,(][ \t]*$/.test(next.gap) && spot.isPlace(next.folded));
}

/** A German noun (das Essen, die Mitte): a place only after a place word, in a list of places or joined to one. */
function isGermanNoun(spot: Spot, { before, next }: Around): boolean {
  if (!spot.language || !GERMAN.has(spot.language) || !GERMAN_NOUNS.has(spot.key)) return false;
  if (before && SPACE.test(before.gap) && PLACE_WORDS.has(before.folded)) return false;
  if (before && /^(?:[-‐‑]|,[ \t]*)$/.test(before.gap) && capitalised(before.raw) && spot.isPlace(before.folded)) return false;
  if (next && HYPHEN.test(next.gap) && capitalised(next.raw)) return false;
  return !(next && /^,[ \t]*$/.test(next.gap) && spot.isPlace(next.folded));
}

/** What the name at `spot` names: the city, or an agreement, street, person, publisher's place or noun named like it. */
export function readingOf(spot: Spot): Reading {
  const { text, start, end } = spot;
  const after = text[end];
  const then = text[end + 1] ?? '';
  // What a reference needs after the name (":", ",", "’", " (", " Press"): tested first, as most names have none of it.
  if (after === ':' || after === ',' || after === '’' || after === "'" || (after === ' ' && (then === '(' || then === ':' || then === 'h' || then !== then.toLowerCase()))) {
    if (matchesAt(PUBLISHER, text, end) || matchesAt(PUBLISHER_AFTER, text, end)) return 'publisher';
    if (matchesAt(PLACE_AND_YEAR, text, end) && CITATION_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return 'publisher';
    // "in Dublin (2019)" is a place and a time; "Paris (2012) argued" an author.
    if (matchesAt(AUTHOR_INITIALS, text, end) || matchesAt(AUTHOR_YEAR, text, end)) {
      const word = wordBefore(text, start);
      if (!(word && SPACE.test(word.gap) && PLACE_WORDS.has(word.folded))) return 'person';
    }
  }
  const before = wordBefore(text, start);
  if (before && capitalised(before.raw) && SPACE.test(before.gap)) {
    const publisher = before.raw === 'Springer' ? before : wordBefore(text, start - before.gap.length - before.raw.length);
    if (publisher?.raw === 'Springer' && SPACE.test(publisher.gap)) return 'publisher'; // Springer Berlin Heidelberg
  }
  const around = { before, head: headWordBefore(text, start, before), next: wordAfter(text, end) };
  if (isAgreement(spot, around)) return 'agreement';
  if (isStreet(spot, around)) return 'street';
  if (isPerson(spot, around)) return 'person';
  if (isGermanNoun(spot, around)) return 'noun';
  if (isCountryName(spot, around)) return 'country';
  return 'city';
}
