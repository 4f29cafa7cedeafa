// A small comparison repository: five cities in three countries (and one without), Housing > Rent and Language,
// an interview, a two-city report with pages and a passage set to Prague, a focus group, and a note without a city.
import { addDocument, codePassage, createCity, createTheme, type NewDocument, type RepositoryDb } from '../../../shared/db';
import type { Turn } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { freshDb, sequentialIds, testContext } from '../../helpers';

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function rangeOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

/** Speaker turns of "Speaker: words" lines, each starting `step` seconds after the previous one. */
function turnsOf(text: string, firstTime?: number, step = 60): Turn[] {
  const turns: Turn[] = [];
  let offset = 0;
  for (const [index, line] of text.split('\n').entries()) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      turns.push({
        start: offset,
        end: offset + line.length,
        speaker: line.slice(0, colon),
        ...(firstTime !== undefined ? { timeStart: firstTime + index * step } : {}),
      });
    }
    offset += line.length + 1;
  }
  return turns;
}

export const INTERVIEW = 'Interviewer: Where do you live?\nAnna: We rent a small flat in Favoriten.\nAnna: The language course was full.';
export const REPORT = 'Housing is scarce in both cities.\nIn Prague the rent doubled since 2019.';
export const FOCUS_GROUP = 'Moderator: Tell us about your first year.\nIvan: No flat, no Bulgarian lessons, nothing.';
export const NOTE = 'Language cafés run by volunteers.';

export interface CompareRepo {
  db: RepositoryDb;
  ctx: typeof testContext & { newId: () => string };
  city: Record<'vienna' | 'graz' | 'prague' | 'burgas' | 'kassel', string>;
  theme: Record<'housing' | 'rent' | 'language', string>;
  doc: Record<'interview' | 'report' | 'focusGroup' | 'note', string>;
  seg: Record<'where' | 'flat' | 'course' | 'scarce' | 'doubled' | 'firstYear' | 'cafes', string>;
}

function newDocument(id: string, fields: Partial<NewDocument> & Pick<NewDocument, 'title' | 'kind' | 'text' | 'cityIds'>): NewDocument {
  return {
    id,
    sourceFormat: 'txt',
    language: 'eng',
    textHash: `hash-${id}`,
    sha256: `sha-${id}`,
    pages: [],
    turns: [],
    headings: [],
    themeIds: [],
    attributes: {},
    metadata: {},
    importedFrom: `${id}.txt`,
    size: fields.text.length,
    ...fields,
  };
}

export async function compareRepository(): Promise<CompareRepo> {
  const db = freshDb();
  const ctx = { ...testContext, newId: sequentialIds('c') };
  const city = async (name: string, country: string) => value(await createCity(db, ctx, { name, country })).id;
  const cities = {
    vienna: await city('Vienna', 'AT'),
    graz: await city('Graz', 'AT'),
    prague: await city('Prague', 'CZ'),
    burgas: await city('Burgas', 'BG'),
    kassel: await city('Kassel', ''),
  };
  const housing = value(await createTheme(db, ctx, { name: 'Housing' })).id;
  const rent = value(await createTheme(db, ctx, { name: 'Rent', parentId: housing })).id;
  const language = value(await createTheme(db, ctx, { name: 'Language' })).id;
  const add = async (doc: NewDocument) => value(await addDocument(db, ctx, doc, null)).id;
  const interview = await add(
    newDocument('interview', {
      title: 'Anna, Vienna',
      kind: 'interview',
      text: INTERVIEW,
      cityIds: [cities.vienna],
      turns: turnsOf(INTERVIEW, 843),
      attributes: { project: 'MiStra' },
      metadata: { date: '2024-03-01' },
    }),
  );
  const report = await add(
    newDocument('report', {
      title: 'Two-city report',
      kind: 'report',
      sourceFormat: 'pdf',
      text: REPORT,
      cityIds: [cities.vienna, cities.prague],
      pages: [
        { page: 1, start: 0 },
        { page: 2, start: REPORT.indexOf('In Prague'), label: '12' },
      ],
      attributes: { Project: 'EU-MIA' },
      metadata: { date: '2023-05-10' },
    }),
  );
  const focusGroup = await add(
    newDocument('focusGroup', { title: 'Burgas focus group', kind: 'focus-group', language: 'bul', text: FOCUS_GROUP, cityIds: [cities.burgas], turns: turnsOf(FOCUS_GROUP) }),
  );
  const note = await add(newDocument('note', { title: 'Field note', kind: 'field-note', text: NOTE, cityIds: [] }));
  const code = async (documentId: string, text: string, part: string, themeIds: string[], cityId: string | null = null) =>
    value(await codePassage(db, ctx, { documentId, ...rangeOf(text, part), themeIds, cityId })).id;
  const seg = {
    where: await code(interview, INTERVIEW, 'Where do you live?', [housing]),
    flat: await code(interview, INTERVIEW, 'We rent a small flat in Favoriten.', [rent]),
    course: await code(interview, INTERVIEW, 'The language course was full.', [language]),
    scarce: await code(report, REPORT, 'Housing is scarce in both cities.', [housing]),
    doubled: await code(report, REPORT, 'In Prague the rent doubled since 2019.', [rent], cities.prague),
    firstYear: await code(focusGroup, FOCUS_GROUP, 'No flat, no Bulgarian lessons, nothing.', [housing, language]),
    cafes: await code(note, NOTE, 'Language cafés run by volunteers.', [language]),
  };
  return { db, ctx, city: cities, theme: { housing, rent, language }, doc: { interview, report, focusGroup, note }, seg };
}
