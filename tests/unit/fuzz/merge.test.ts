// Fuzzing archive merge: a repository merged with its own archive gains nothing; hostile or mutated archives are refused
// leaving the repository exactly as it was, or merge into a consistent repository.
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_TABLES, exportArchive } from '../../../shared/archive';
import { MERGE_KINDS, mergeArchive } from '../../../shared/archive/merge';
import type { RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { loadSampleProject } from '../../../shared/sample';
import { allRows } from '../archive/archive-fixtures';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHangAsync } from './fuzz-settings';
import { mutate, mutation } from './mutations';

const FILE = 'colleague.comparanda';
const ctx = () => ({ coder: 'Fuzz', clock: fixedClock, newId: sequentialIds('m') });
const NOT_FOR_PEOPLE = /Cannot read|is not a function|is not iterable|Maximum call stack|\[object |\n\s+at /;

async function sampleRepository(): Promise<RepositoryDb> {
  const db = freshDb();
  await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
  return db;
}

async function expectConsistent(db: RepositoryDb): Promise<void> {
  const themeIds = new Set((await db.themes.toArray()).map((t) => t.id));
  for (const segment of await db.segments.toArray()) {
    const text = await db.texts.get(segment.documentId);
    expect(text, `segment ${segment.id} points at a document`).toBeDefined();
    expect(segment.end).toBeLessThanOrEqual(text!.text.length);
    expect(segment.start).toBeLessThan(segment.end);
    for (const id of segment.themeIds) expect(themeIds.has(id), `theme ${id} exists`).toBe(true);
  }
}

/** Merges into the sample repository: a refusal changes nothing at all; a merge leaves it consistent. */
async function mergeChecked(bytes: Uint8Array): Promise<void> {
  const db = await sampleRepository();
  try {
    const before = await allRows(db);
    const result = await withoutHangAsync(() => mergeArchive(db, ctx(), bytes, { fileName: FILE }), 'mergeArchive', 20_000);
    if (!result.ok) {
      expect(result.error.message).not.toMatch(NOT_FOR_PEOPLE);
      const after = await allRows(db);
      for (const table of DATA_TABLES) expect(after[table], table).toEqual(before[table]);
      return;
    }
    await expectConsistent(db);
  } finally {
    db.close();
  }
}

let entries: Record<string, Uint8Array>;
let archive: Uint8Array;

beforeAll(async () => {
  const db = await sampleRepository();
  archive = await exportArchive(db, { appVersion: 'fuzz', clock: fixedClock });
  entries = unzipSync(archive);
  db.close();
});

describe('merging an archive', () => {
  it('into the repository it came from adds nothing', async () => {
    const db = await sampleRepository();
    try {
      const before = await allRows(db);
      const result = await mergeArchive(db, ctx(), archive, { fileName: FILE });
      expect(result.ok ? 'merged' : result.error.message).toBe('merged');
      if (!result.ok) return;
      for (const kind of MERGE_KINDS) expect(result.value.counts[kind].added, kind).toBe(0);
      const after = await allRows(db);
      for (const table of DATA_TABLES.filter((t) => t !== 'changes')) expect(after[table]?.length, table).toBe(before[table]?.length);
    } finally {
      db.close();
    }
  });

  it('with mutated bytes is refused leaving the repository as it was, or merges consistently', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (changes) => {
        await mergeChecked(changes.reduce<Uint8Array>((current, change) => mutate(current, change), archive));
      }),
      fuzzParameters(12, 0.05),
    );
  });

  it('with rows changed, removed or retyped (checksums recomputed) is refused leaving the repository as it was, or merges consistently', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
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
        await mergeChecked(zipSync({ ...entries, ...changed, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
      }),
      fuzzParameters(12, 0.05),
    );
  });
});
