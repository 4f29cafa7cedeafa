// Fuzzing the REFI-QDA reader: generated repositories survive export → import (texts and coded quotes, astral characters included);
// mutated packages and project.qde files give a Result, and a refusal leaves the repository as it was.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDocument, codePassage, countRepository, createTheme, type RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { exportQdpx, importQdpx } from '../../../shared/qdpx';
import type { Failure } from '../../../shared/result';
import { loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';
import { nodePdfOptions } from '../import/helpers';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHangAsync } from './fuzz-settings';
import { mutate, mutation } from './mutations';

const SAMPLES = '/work/shared/refi-qda/samples';
const FILE = 'partner.qdpx';
const ctx = () => ({ coder: 'Fuzz', clock: fixedClock, newId: sequentialIds('q') });
const pdf = { loadPdfjs: nodePdfOptions.loadPdfjs!, pdfjsDocumentOptions: nodePdfOptions.pdfjsDocumentOptions! };
const NOT_FOR_PEOPLE = /Cannot read|is not a function|is not iterable|Maximum call stack|\[object |\n\s+at /;

function expectPlainRefusal(error: Failure): void {
  expect(error.code.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(NOT_FOR_PEOPLE);
}

/** Every coded passage lies inside its document, and points at themes that exist. */
async function expectConsistent(db: RepositoryDb): Promise<void> {
  const themeIds = new Set((await db.themes.toArray()).map((t) => t.id));
  for (const segment of await db.segments.toArray()) {
    const text = await db.texts.get(segment.documentId);
    expect(text, `segment ${segment.id} points at a document`).toBeDefined();
    expect(segment.start).toBeGreaterThanOrEqual(0);
    expect(segment.end).toBeLessThanOrEqual(text!.text.length);
    expect(segment.start).toBeLessThan(segment.end);
    for (const id of segment.themeIds) expect(themeIds.has(id), `theme ${id} exists`).toBe(true);
  }
}

/** Imports into an empty repository: Result, and on refusal nothing written. */
async function importChecked(bytes: Uint8Array): Promise<void> {
  const db = freshDb();
  try {
    const before = await countRepository(db);
    const changes = await db.changes.count();
    const result = await withoutHangAsync(() => importQdpx(bytes, db, ctx(), { ...pdf, fileName: FILE }), 'importQdpx', 20_000);
    if (!result.ok) {
      expectPlainRefusal(result.error);
      expect(await countRepository(db)).toEqual(before);
      expect(await db.changes.count()).toBe(changes);
    }
    await expectConsistent(db);
  } finally {
    db.close();
  }
}

// Document texts are NFC, as every import makes them.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
  fc.constantFrom('Wien 😀 Vídeň 👩‍🔬 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Бургас', 'e\u0301 combining, 🇦🇹 flags and 𠜎 astral'),
);
const project = fc.record({
  // Distinct texts: the import reuses one document for identical texts (by design), which is not what this checks.
  documents: fc
    .array(fc.record({ title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== ''), text }), { minLength: 1, maxLength: 3 })
    .map((docs) => docs.map((doc, i) => ({ ...doc, text: `${i} ${doc.text}`.normalize('NFC') }))),
  themes: fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((n) => n.trim() !== ''), { minLength: 1, maxLength: 4 }),
  segments: fc.array(fc.record({ document: fc.nat(), theme: fc.nat(), from: fc.nat(), to: fc.nat() }), { minLength: 1, maxLength: 5 }),
});

/** Snaps an offset back to the start of a surrogate pair, so a passage never splits a character. */
function onCharacter(value: string, offset: number): number {
  const unit = value.charCodeAt(offset);
  return unit >= 0xdc00 && unit <= 0xdfff && offset > 0 ? offset - 1 : offset;
}

describe('QDPX round trip', () => {
  it('documents and coded quotes come back the same, astral characters included', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    await fc.assert(
      fc.asyncProperty(project, async (content) => {
        const source = freshDb();
        const target = freshDb();
        try {
          const c = ctx();
          const docs: Array<{ id: string; text: string }> = [];
          for (const [i, doc] of content.documents.entries()) {
            const original = strToU8(`${i}:${doc.text}`);
            const sha = await sha256Hex(original);
            const added = await addDocument(
              source,
              c,
              {
                title: doc.title, kind: 'interview', sourceFormat: 'txt', language: 'und', text: doc.text, textHash: await sha256Hex(strToU8(doc.text)), sha256: sha,
                pages: [], turns: [], headings: [], cityIds: [], themeIds: [], attributes: {}, metadata: {}, importedFrom: `f/${i}.txt`, size: original.length,
              },
              { name: `${i}.txt`, type: 'text/plain', size: original.length, sha256: sha, bytes: original },
            );
            if (added.ok) docs.push({ id: added.value.id, text: doc.text });
          }
          const themeIds: string[] = [];
          for (const name of content.themes) {
            const created = await createTheme(source, c, { name });
            if (created.ok) themeIds.push(created.value.id);
          }
          const quotes: string[] = [];
          for (const segment of content.segments) {
            const doc = docs[segment.document % docs.length];
            if (!doc || themeIds.length === 0) continue;
            const [a, b] = [segment.from % (doc.text.length + 1), segment.to % (doc.text.length + 1)].map((o) => onCharacter(doc.text, o)).sort((x, y) => x - y) as [number, number];
            const coded = await codePassage(source, c, { documentId: doc.id, start: a, end: b, themeIds: [themeIds[segment.theme % themeIds.length]!] });
            if (coded.ok) quotes.push(doc.text.slice(a, b));
          }
          const bytes = await exportQdpx(source);
          const imported = await importQdpx(bytes, target, ctx(), { ...pdf, fileName: FILE });
          expect(imported.ok ? 'imported' : imported.error.message).toBe('imported');
          const texts = (await target.texts.toArray()).map((t) => t.text).sort();
          expect(texts).toEqual(docs.map((d) => d.text.normalize('NFC')).sort());
          const byId = new Map((await target.texts.toArray()).map((t) => [t.id, t.text]));
          const importedQuotes = (await target.segments.toArray()).map((s) => byId.get(s.documentId)!.slice(s.start, s.end));
          // Every passage comes back with exactly its text, or is named in the loss report
          // (the import keeps one theme off overlapping passages, which the repository itself allows).
          const expected = [...quotes];
          for (const quote of importedQuotes) {
            const at = expected.indexOf(quote);
            expect(at, `imported passage ${JSON.stringify(quote)} was coded in the source`).toBeGreaterThanOrEqual(0);
            expected.splice(at, 1);
          }
          const losses = imported.ok ? imported.value.losses.filter((loss) => loss.kind === 'coding' || loss.kind === 'selection') : [];
          expect(losses.length, `passages neither imported nor reported: ${JSON.stringify(expected)}`).toBe(expected.length);
        } finally {
          source.close();
          target.close();
        }
      }),
      fuzzParameters(4, 0.02),
    );
  });
});

describe('mutated REFI-QDA projects', () => {
  let exported: Uint8Array;
  const samples = existsSync(SAMPLES)
    ? readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.qdpx$/i.test(name))
        .map((name) => new Uint8Array(readFileSync(path.join(SAMPLES, name))))
        .filter((bytes) => bytes.length < 3_000_000)
    : [];

  beforeAll(async () => {
    const db = freshDb();
    await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('e') });
    exported = await exportQdpx(db);
    db.close();
  });

  it('mutated package bytes are refused plainly (repository unchanged) or imported consistently', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    const packages = () => [exported, ...samples];
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 2 }), async (pick, changes) => {
        const all = packages();
        const bytes = changes.reduce<Uint8Array>((current, change) => mutate(current, change), all[pick % all.length]!);
        await importChecked(bytes);
      }),
      fuzzParameters(12, 0.05),
    );
  });

  it('a mutated project.qde inside an intact package is refused plainly (repository unchanged) or imported consistently', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (pick, changes) => {
        const all = [exported, ...samples];
        const entries = unzipSync(all[pick % all.length]!);
        const qde = Object.keys(entries).find((name) => /\.qde$/i.test(name))!;
        entries[qde] = changes.reduce<Uint8Array>((current, change) => mutate(current, change), entries[qde]!) as Uint8Array<ArrayBuffer>;
        await importChecked(zipSync(entries));
      }),
      fuzzParameters(15, 0.05),
    );
  });
});
