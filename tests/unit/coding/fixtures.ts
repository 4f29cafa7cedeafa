// A small coded repository for coding tests, snapshots of every table, and the no-orphans check.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { expect } from 'vitest';
import { addDocument, createCity, createTheme, codePassage, RepositoryDb, redo, undo } from '../../../shared/db';
import { createMemo, defineAttribute } from '../../../shared/coding';
import { TABLE_NAMES } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { sequentialIds, testContext } from '../../helpers';

export const TRANSCRIPT =
  'Anna: We found the flat through the housing office.\n' +
  'Interviewer: How long did it take?\n' +
  'Anna: Almost a year, and the rent is high.\n' +
  'Interviewer: And the language course?\n';

export const REPORT = 'Vienna and Graz both run language courses for newcomers.';

/** The offsets of the first occurrence of `part` in `text`. */
export function rangeOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

function turnsOf(text: string) {
  const turns: { start: number; end: number; speaker: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) turns.push({ start: offset + colon + 2, end: offset + line.length, speaker: line.slice(0, colon) });
    offset += line.length + 1;
  }
  return turns;
}

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export interface Repo {
  db: RepositoryDb;
  name: string;
  ctx: typeof testContext & { newId: () => string };
  ids: Record<'doc' | 'doc2' | 'vienna' | 'graz' | 'housing' | 'rent' | 'language' | 'courses' | 'seg1' | 'seg2' | 'seg3' | 'project' | 'population', string>;
}

export function openDb(name: string): RepositoryDb {
  return new RepositoryDb(name, { indexedDB, IDBKeyRange });
}

/**
 * Two documents (one a transcript with turns), Vienna and Graz, themes Housing > Rent and Language > Courses,
 * three passages (one with two themes, one with a city override), memos on a city, a theme, a cell and a passage.
 */
export async function codedRepository(): Promise<Repo> {
  const name = `coding-${Math.random().toString(36).slice(2)}`;
  const db = openDb(name);
  const ctx = { ...testContext, newId: sequentialIds('x') };
  const add = async (title: string, text: string, turns: { start: number; end: number; speaker: string }[]) =>
    value(
      await addDocument(
        db,
        ctx,
        {
          title, kind: 'interview', sourceFormat: 'txt', language: 'eng', text, textHash: `h-${title}`, sha256: `s-${title}`,
          pages: [], turns, headings: [], cityIds: [], themeIds: [], attributes: {}, metadata: {}, importedFrom: `${title}.txt`, size: text.length,
        },
        null,
      ),
    );
  const doc = await add('Interview Anna', TRANSCRIPT, turnsOf(TRANSCRIPT));
  const doc2 = await add('City report', REPORT, []);
  const vienna = value(await createCity(db, ctx, { name: 'Vienna', country: 'AT', aliases: ['Wien'] }));
  const graz = value(await createCity(db, ctx, { name: 'Graz', country: 'AT' }));
  const housing = value(await createTheme(db, ctx, { name: 'Housing' }));
  const rent = value(await createTheme(db, ctx, { name: 'Rent', parentId: housing.id }));
  const language = value(await createTheme(db, ctx, { name: 'Language' }));
  const courses = value(await createTheme(db, ctx, { name: 'Courses', parentId: language.id }));
  await db.documents.update(doc.id, { cityIds: [vienna.id], themeIds: [housing.id] });
  await db.documents.update(doc2.id, { cityIds: [vienna.id, graz.id] });
  const seg1 = value(await codePassage(db, ctx, { documentId: doc.id, ...rangeOf(TRANSCRIPT, 'We found the flat through the housing office.'), themeIds: [housing.id] }));
  const seg2 = value(await codePassage(db, ctx, { documentId: doc.id, ...rangeOf(TRANSCRIPT, 'Almost a year, and the rent is high.'), themeIds: [rent.id, housing.id] }));
  const seg3 = value(await codePassage(db, ctx, { documentId: doc2.id, ...rangeOf(REPORT, 'Graz both run language courses'), themeIds: [courses.id], cityId: graz.id }));
  value(await createMemo(db, ctx, { targetType: 'city', targetId: graz.id, text: 'Small city, active NGOs.' }));
  value(await createMemo(db, ctx, { targetType: 'theme', targetId: rent.id, text: 'Rent levels, not ownership.' }));
  value(await createMemo(db, ctx, { targetType: 'cell', targetId: `${courses.id}|${graz.id}`, text: 'Graz courses are free.' }));
  value(await createMemo(db, ctx, { targetType: 'segment', targetId: seg1.id, text: 'Key quote.' }));
  const project = value(await defineAttribute(db, ctx, { name: 'Project', type: 'choice', choices: ['MIGCITY', 'WELCOME'] }));
  const population = value(await defineAttribute(db, ctx, { name: 'Population', type: 'number', appliesTo: 'city' }));
  return {
    db, name, ctx,
    ids: {
      doc: doc.id, doc2: doc2.id, vienna: vienna.id, graz: graz.id, housing: housing.id, rent: rent.id, language: language.id,
      courses: courses.id, seg1: seg1.id, seg2: seg2.id, seg3: seg3.id, project: project.id, population: population.id,
    },
  };
}

/** Every content table, rows sorted by id. */
export async function snapshot(db: RepositoryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) {
    const rows = (await db.table(table).toArray()) as { id: string }[];
    out[table] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

/** No passage points at a missing document, theme or city; no theme at a missing parent; no document at a missing city or theme. */
export async function expectNoOrphans(db: RepositoryDb): Promise<void> {
  const [documents, themes, cities, segments] = await Promise.all([db.documents.toArray(), db.themes.toArray(), db.cities.toArray(), db.segments.toArray()]);
  const docIds = new Set(documents.map((d) => d.id));
  const themeIds = new Set(themes.map((t) => t.id));
  const cityIds = new Set(cities.map((c) => c.id));
  const problems: string[] = [];
  for (const s of segments) {
    if (!docIds.has(s.documentId)) problems.push(`segment ${s.id} → missing document`);
    for (const t of s.themeIds) if (!themeIds.has(t)) problems.push(`segment ${s.id} → missing theme ${t}`);
    if (s.themeIds.length === 0) problems.push(`segment ${s.id} has no theme`);
    if (s.cityId !== null && !cityIds.has(s.cityId)) problems.push(`segment ${s.id} → missing city`);
  }
  for (const t of themes) if (t.parentId !== null && !themeIds.has(t.parentId)) problems.push(`theme ${t.name} → missing parent`);
  for (const d of documents) {
    for (const c of d.cityIds) if (!cityIds.has(c)) problems.push(`document ${d.title} → missing city`);
    for (const t of d.themeIds) if (!themeIds.has(t)) problems.push(`document ${d.title} → missing theme`);
  }
  expect(problems).toEqual([]);
}

/**
 * The inverse check: apply → undo gives the state before, redo the state after; the same after closing and
 * reopening the database. Returns the reopened database.
 */
export async function expectUndoable(repo: Repo, apply: (db: RepositoryDb) => Promise<Result<unknown>>): Promise<RepositoryDb> {
  const before = await snapshot(repo.db);
  value(await apply(repo.db));
  const after = await snapshot(repo.db);
  expect(after).not.toEqual(before);
  await expectNoOrphans(repo.db);
  value(await undo(repo.db));
  expect(await snapshot(repo.db)).toEqual(before);
  value(await redo(repo.db));
  expect(await snapshot(repo.db)).toEqual(after);
  repo.db.close();
  const reopened = openDb(repo.name);
  value(await undo(reopened));
  expect(await snapshot(reopened)).toEqual(before);
  value(await redo(reopened));
  expect(await snapshot(reopened)).toEqual(after);
  return reopened;
}
