// Repository archives: export and re-open of a generated 1,000-document repository, and the first search answer after opening (Node, fake-indexeddb).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { exportArchive, loadArchiveInto, mergeArchive, readArchive } from '../../shared/archive';
import { RepositoryDb } from '../../shared/db';
import { sha256Hex } from '../../shared/hash';
import type { City, Document, Segment, Theme } from '../../shared/model';
import { loadCatalog, parseQuery, runSearch, SearchIndex } from '../../shared/search';
import { generateTranscripts } from '../corpus/generate';
import type { BenchSuite } from '../run';

const COUNT = Number(process.env.ARCHIVE_BENCH_DOCUMENTS ?? 1000);
const NOW = new Date(0).toISOString();

function freshDb(label: string): RepositoryDb {
  return new RepositoryDb(`bench-archive-${label}-${Date.now()}-${Math.random()}`, { indexedDB, IDBKeyRange });
}

/** Wall time, and the process's CPU time (user + system) in `cpu`: on a shared machine the CPU time is the steadier figure. */
let cpu = 0;
async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpuStart);
  cpu = (used.user + used.system) / 1000;
  return [value, performance.now() - started];
}
const cpuNote = () => `CPU ${cpu.toFixed(0)} ms`;

/** A repository of generated transcripts, one city each, with five coded passages per document. */
async function generatedRepository(count: number): Promise<{ db: RepositoryDb; characters: number }> {
  const transcripts = generateTranscripts(count, 2000);
  const db = freshDb('source');
  const cityNames = [...new Set(transcripts.map((t) => t.city))];
  const cities: City[] = cityNames.map((name, i) => ({ id: `city-${i}`, name, country: '', aliases: [], attributes: {}, createdAt: NOW, updatedAt: NOW }));
  const themes: Theme[] = ['Housing', 'Employment', 'Health', 'Education'].map((name, i) => ({
    id: `theme-${i}`, parentId: null, name, colour: '#336699', description: '', order: i, createdAt: NOW, updatedAt: NOW,
  }));
  const documents: Document[] = [];
  const segments: Segment[] = [];
  for (const [i, t] of transcripts.entries()) {
    const hash = await sha256Hex(t.text);
    const id = `doc-${i}`;
    documents.push({
      id, title: t.title, kind: 'interview', sourceFormat: 'txt', language: t.language, textLength: t.text.length, textHash: hash, sha256: hash,
      sourceId: null, pages: [], turns: [], headings: [], cityIds: [`city-${cityNames.indexOf(t.city)}`], themeIds: [], attributes: {}, metadata: {},
      importedFrom: `${t.title}.txt`, size: t.text.length, createdAt: NOW, updatedAt: NOW,
    });
    for (let s = 0; s < 5; s++) {
      const start = Math.floor((t.text.length / 5) * s);
      segments.push({ id: `seg-${i}-${s}`, documentId: id, start, end: start + 200, themeIds: [`theme-${s % 4}`], cityId: null, memo: '', coder: s % 2 ? 'Ann' : 'Ben', createdAt: NOW, updatedAt: NOW });
    }
  }
  await db.transaction('rw', [db.documents, db.texts, db.cities, db.themes, db.segments], async () => {
    await db.cities.bulkAdd(cities);
    await db.themes.bulkAdd(themes);
    await db.documents.bulkAdd(documents);
    await db.texts.bulkAdd(transcripts.map((t, i) => ({ id: `doc-${i}`, text: t.text })));
    await db.segments.bulkAdd(segments);
  });
  return { db, characters: transcripts.reduce((n, t) => n + t.text.length, 0) };
}

export const archiveSuite: BenchSuite = {
  name: 'repository archive',
  async run(report) {
    const { db, characters } = await generatedRepository(COUNT);
    const label = (what: string) => `${what}, ${COUNT} documents`;
    const [, indexMs] = await time(() => SearchIndex.open(db));
    report({ measure: label('build and persist the search index (setup)'), value: indexMs, unit: 'ms', note: `${cpuNote()}; ${(characters / 1e6).toFixed(1)} M chars` });

    const [bytes, exportMs] = await time(() => exportArchive(db, { appVersion: 'bench' }));
    report({ measure: label('export whole repository (with search index)'), value: exportMs, unit: 'ms', note: `${cpuNote()}; archive ${(bytes.length / 1e6).toFixed(1)} MB for ${(characters / 1e6).toFixed(1)} M chars of text` });

    const [read, readMs] = await time(() => readArchive(bytes));
    if (!read.ok) throw new Error(read.error.message);
    report({ measure: label('read and check the archive (unzip, checksums, schemas)'), value: readMs, unit: 'ms', note: `${cpuNote()}; ${read.value.searchShards.length} index shards` });

    const target = freshDb('target');
    const [loaded, loadMs] = await time(() => loadArchiveInto(target, read.value));
    if (!loaded.ok) throw new Error(loaded.error.message);
    report({ measure: label('load into an empty repository (one transaction)'), value: loadMs, unit: 'ms', note: `${cpuNote()}; re-open total ${(readMs + loadMs).toFixed(0)} ms` });

    const [answer, firstMs] = await time(async () => {
      const { index, report: opened } = await SearchIndex.open(target);
      const catalog = await loadCatalog(target);
      const parsed = parseQuery('housing');
      if (!parsed.ok) throw new Error(parsed.error.message);
      const results = await runSearch(index, catalog, parsed.query, { limit: 20 });
      return { opened, results };
    });
    report({ measure: label('first search answer after opening (stored shards)'), value: firstMs, unit: 'ms', note: `${cpuNote()}; ${answer.opened.built} documents re-indexed at open, ${answer.results.documents.length} documents in the answer` });

    const selection = await time(() => exportArchive(db, { appVersion: 'bench', selection: { cityIds: ['city-0'] } }));
    report({ measure: label('export a selection (one city)'), value: selection[1], unit: 'ms', note: `${cpuNote()}; ${(selection[0].length / 1e6).toFixed(1)} MB, no index` });

    const [merged, mergeMs] = await time(() => mergeArchive(target, { coder: 'bench' }, bytes, { dryRun: false }));
    if (!merged.ok) throw new Error(merged.error.message);
    report({ measure: label('merge the same archive again (all matched)'), value: mergeMs, unit: 'ms', note: `${cpuNote()}; ${merged.value.counts.documents.matched} documents and ${merged.value.counts.segments.matched} passages matched, ${merged.value.counts.segments.added} added` });
    db.close();
    target.close();
  },
};
