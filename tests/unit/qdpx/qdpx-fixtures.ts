// Test helpers for .qdpx: the sample project with an emoji document, xmllint against the official schema, real samples.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDocument, codePassage, createCity, type RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { cellKey } from '../../../shared/model';
import { createMemo } from '../../../shared/coding';
import { loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';

export const REFI = '/work/shared/refi-qda';
export const PROJECT_SCHEMA = join(REFI, 'schemas/Project-mrt2019.xsd');
export const SAMPLES = join(REFI, 'samples');

export const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Why schema tests are skipped, or null when they can run (printed by the test so the skip is visible). */
export const schemaSkipReason = !hasXmllint
  ? 'xmllint is not installed (Debian package libxml2-utils)'
  : !existsSync(PROJECT_SCHEMA)
    ? `the REFI-QDA schema is absent (${PROJECT_SCHEMA})`
    : null;

/** Validates project.qde text against Project-mrt2019.xsd with xmllint. */
export function xmllintProject(xml: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qde-'));
  const file = join(dir, 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', PROJECT_SCHEMA, file], { stdio: 'pipe' });
    return { valid: true, output: '' };
  } catch (error) {
    return { valid: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text with astral characters (emoji, a musical symbol), Cyrillic and Czech, and a passage after each of them. */
export const EMOJI_TEXT =
  'Rozhovor v Praze 🏠 o bydlení: „nájem je příliš vysoký“. 👩‍👩‍👧 Семейството живее в Бургас 𝄞 и плаща наем. Konec.';

/**
 * The sample project plus a document with emoji and astral characters, coded after the emoji, with a city override,
 * a city memo and a cell memo (the memo kinds the sample lacks).
 */
export async function sampleWithEmoji(): Promise<RepositoryDb> {
  const db = freshDb();
  const newId = sequentialIds('s');
  const ctx = { coder: 'Jana Nováková', clock: fixedClock, newId };
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const hash = await sha256Hex(EMOJI_TEXT);
  const doc = await addDocument(db, ctx, {
    title: 'Rozhovor 🏠 Praha–Бургас', kind: 'interview', sourceFormat: 'txt', language: 'ces', text: EMOJI_TEXT, textHash: hash, sha256: hash,
    pages: [], turns: [], headings: [], cityIds: [], themeIds: [], attributes: { project: 'MiStra', 'interview date': '2025-03-02' }, metadata: {},
    importedFrom: 'rozhovor.txt', size: new TextEncoder().encode(EMOJI_TEXT).length,
  }, null);
  if (!doc.ok) throw new Error(doc.error.message);
  const themes = await db.themes.toArray();
  const cities = await db.cities.toArray();
  const housing = themes.find((t) => t.name.toLowerCase().includes('housing'))!;
  const other = themes.find((t) => t !== housing && t.parentId === null)!;
  const burgas = cities.find((c) => c.name === 'Burgas') ?? cities[0]!;
  const passages: [string, string[], string | null][] = [
    ['„nájem je příliš vysoký“', [housing.id], null],
    ['Семейството живее в Бургас 𝄞 и плаща наем', [housing.id, other.id], burgas.id],
    ['🏠', [other.id], null],
  ];
  for (const [quote, themeIds, cityId] of passages) {
    const start = EMOJI_TEXT.indexOf(quote);
    const coded = await codePassage(db, ctx, { documentId: doc.value.id, start, end: start + quote.length, themeIds, cityId, memo: `memo on ${quote}` });
    if (!coded.ok) throw new Error(coded.error.message);
  }
  const extra = await createCity(db, ctx, { name: 'Brno', country: 'CZ', aliases: ['Brünn'] });
  if (!extra.ok) throw new Error(extra.error.message);
  for (const memo of [
    { targetType: 'city' as const, targetId: burgas.id, title: 'Burgas notes', text: 'Seasonal 🌊 work.' },
    { targetType: 'cell' as const, targetId: cellKey(housing.id, burgas.id), title: 'Cell', text: 'Rents rise in summer.' },
    { targetType: 'document' as const, targetId: doc.value.id, title: 'About this interview', text: 'Recorded in a café ☕.' },
  ]) {
    const created = await createMemo(db, ctx, memo);
    if (!created.ok) throw new Error(created.error.message);
  }
  return db;
}
