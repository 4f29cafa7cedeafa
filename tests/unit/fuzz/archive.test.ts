// Fuzzing the .comparanda reader: generated repositories round-trip exactly; mutated archives (bytes, or JSON inside a re-checksummed zip) give a Result, never a throw.
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_TABLES, exportArchive, loadArchiveInto, openArchive, readArchive } from '../../../shared/archive';
import { addDocument, codePassage, createTheme } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import type { Failure } from '../../../shared/result';
import { loadSampleProject } from '../../../shared/sample';
import { allRows } from '../archive/archive-fixtures';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHangAsync } from './fuzz-settings';
import { mutate, mutation } from './mutations';

const FILE = 'shared.comparanda';
/** Messages that would mean a reader bug surfaced instead of a refusal written for people. */
const NOT_FOR_PEOPLE = /Cannot read|is not a function|is not iterable|Maximum call stack|\[object |\n\s+at /;

function expectPlainArchiveRefusal(error: Failure): void {
  expect(error.code.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(NOT_FOR_PEOPLE);
}

const unicodeText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 });
const anyText = fc.oneof(unicodeText, fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }));
const repositoryContent = fc.record({
  documents: fc.array(fc.record({ title: unicodeText, text: anyText }), { minLength: 1, maxLength: 4 }),
  themes: fc.array(fc.record({ name: unicodeText.filter((n) => n.trim() !== ''), description: anyText, child: fc.boolean() }), { minLength: 1, maxLength: 5 }),
  segments: fc.array(fc.record({ document: fc.nat(), theme: fc.nat(), from: fc.nat(), to: fc.nat() }), { maxLength: 6 }),
});

describe('archive round trip', () => {
  it('any repository written to an archive opens with identical rows', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    await fc.assert(
      fc.asyncProperty(repositoryContent, async (content) => {
        const source = freshDb();
        const target = freshDb();
        try {
          const ctx = { coder: 'Fuzz', clock: fixedClock, newId: sequentialIds('f') };
          const documentIds: Array<{ id: string; length: number }> = [];
          for (const [i, doc] of content.documents.entries()) {
            const original = strToU8(`${i}:${doc.text}`);
            const sha = await sha256Hex(original);
            const added = await addDocument(
              source,
              ctx,
              {
                title: doc.title, kind: 'interview', sourceFormat: 'txt', language: 'und', text: doc.text, textHash: sha, sha256: sha,
                pages: [], turns: [], headings: [], cityIds: [], themeIds: [], attributes: {}, metadata: {}, importedFrom: `f/${i}.txt`, size: doc.text.length,
              },
              { name: `${i}.txt`, type: 'text/plain', size: original.length, sha256: sha, bytes: original },
            );
            if (added.ok) documentIds.push({ id: added.value.id, length: doc.text.length });
          }
          const themeIds: string[] = [];
          for (const theme of content.themes) {
            const created = await createTheme(source, ctx, { name: theme.name, description: theme.description, parentId: theme.child ? (themeIds[0] ?? null) : null });
            if (created.ok) themeIds.push(created.value.id);
          }
          for (const segment of content.segments) {
            const doc = documentIds[segment.document % documentIds.length];
            if (!doc || themeIds.length === 0) continue;
            const [start, end] = [segment.from % (doc.length + 1), segment.to % (doc.length + 1)].sort((a, b) => a - b) as [number, number];
            await codePassage(source, ctx, { documentId: doc.id, start, end, themeIds: [themeIds[segment.theme % themeIds.length]!] });
          }
          const bytes = await exportArchive(source, { appVersion: 'fuzz', clock: fixedClock });
          const opened = await openArchive(bytes, target, {}, FILE);
          expect(opened.ok ? 'opened' : opened.error.message).toBe('opened');
          const [before, after] = await Promise.all([allRows(source), allRows(target)]);
          for (const table of DATA_TABLES) expect(after[table], table).toEqual(before[table]);
        } finally {
          source.close();
          target.close();
        }
      }),
      fuzzParameters(10, 0.05),
    );
  });
});

describe('mutated archives', () => {
  let archive: Uint8Array;
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    const db = freshDb();
    await loadSampleProject(db, { clock: fixedClock });
    archive = await exportArchive(db, { appVersion: 'fuzz', clock: fixedClock });
    entries = unzipSync(archive);
    db.close();
  });

  it('mutated bytes are refused plainly or read, never thrown', { timeout: FUZZ_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const bytes = changes.reduce((current, change) => mutate(current, change), archive);
        const result = await withoutHangAsync(() => readArchive(bytes, {}, FILE), 'readArchive', 10_000);
        if (!result.ok) expectPlainArchiveRefusal(result.error);
      }),
      fuzzParameters(150, 0.3),
    );
  });

  it('mutated JSON inside a zip with matching checksums is refused plainly, or loads into a consistent repository', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    const dataEntries = Object.keys(entries).filter((name) => name.endsWith('.json') && name !== 'manifest.json').sort();
    await fc.assert(
      fc.asyncProperty(fc.nat(dataEntries.length - 1), fc.array(mutation, { minLength: 1, maxLength: 2 }), async (pick, changes) => {
        const name = dataEntries[pick]!;
        const changed = changes.reduce((current, change) => mutate(current, change), entries[name]!);
        const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { entries: Record<string, string> };
        manifest.entries[name] = await sha256Hex(changed);
        const bytes = zipSync({ ...entries, [name]: changed, 'manifest.json': strToU8(JSON.stringify(manifest)) });
        const read = await withoutHangAsync(() => readArchive(bytes, {}, FILE), 'readArchive', 10_000);
        if (!read.ok) {
          expectPlainArchiveRefusal(read.error);
          return;
        }
        const db = freshDb();
        try {
          const loaded = await loadArchiveInto(db, read.value);
          if (!loaded.ok) {
            expectPlainArchiveRefusal(loaded.error);
            return;
          }
          // What loads is consistent: every coded passage lies inside an existing document's text.
          for (const segment of await db.segments.toArray()) {
            const text = await db.texts.get(segment.documentId);
            expect(text, `segment ${segment.id} points at a document`).toBeDefined();
            expect(segment.end).toBeLessThanOrEqual(text!.text.length);
            expect(segment.start).toBeLessThan(segment.end);
          }
        } finally {
          db.close();
        }
      }),
      fuzzParameters(80, 0.2),
    );
  });

  it('rows with a field changed, removed or retyped are refused plainly, or load into a consistent repository', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    const dataEntries = Object.keys(entries).filter((name) => name.startsWith('data/') && name.endsWith('.json')).sort();
    const edit = fc.record({ entry: fc.nat(), row: fc.nat(), field: fc.nat(), remove: fc.boolean(), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.constant(-1), fc.constant(1e12), fc.string()) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const changed: Record<string, Uint8Array> = {};
        for (const change of edits) {
          const name = dataEntries[change.entry % dataEntries.length]!;
          const rows = JSON.parse(new TextDecoder().decode(changed[name] ?? entries[name])) as unknown;
          if (!Array.isArray(rows) || rows.length === 0) continue;
          const row = rows[change.row % rows.length] as Record<string, unknown>;
          const keys = Object.keys(row);
          if (keys.length === 0) continue;
          const key = keys[change.field % keys.length]!;
          if (change.remove) delete row[key];
          else row[key] = change.value;
          changed[name] = strToU8(JSON.stringify(rows));
        }
        const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { entries: Record<string, string> };
        for (const [name, bytes] of Object.entries(changed)) manifest.entries[name] = await sha256Hex(bytes);
        const bytes = zipSync({ ...entries, ...changed, 'manifest.json': strToU8(JSON.stringify(manifest)) });
        const db = freshDb();
        try {
          const opened = await withoutHangAsync(() => openArchive(bytes, db, {}, FILE), 'openArchive', 10_000);
          if (!opened.ok) {
            expectPlainArchiveRefusal(opened.error);
            return;
          }
          for (const segment of await db.segments.toArray()) {
            const text = await db.texts.get(segment.documentId);
            expect(text, `segment ${segment.id} points at a document`).toBeDefined();
            expect(segment.end).toBeLessThanOrEqual(text!.text.length);
            expect(segment.start).toBeLessThan(segment.end);
          }
        } finally {
          db.close();
        }
      }),
      fuzzParameters(100, 0.2),
    );
  });
});
