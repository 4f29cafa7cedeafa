// The search work done off the window: keeps the sharded index and catalog in step with the repository and answers queries.
import type { RepositoryDb } from '../../../../shared/db';
import {
  concordance,
  loadCatalog,
  parseQuery,
  rangesToCode,
  runSearch,
  SearchIndex,
  type CodingUnit,
  type ConcordanceLine,
  type RangeToCode,
  type SearchCatalog,
  type SearchResults,
} from '../../../../shared/search';
import type { SearchRequest } from '../../workers/search-messages';

/** What the results list shows about a document beside its title. */
export interface DocumentAbout {
  kind: string;
  cities: string[];
}

export interface SearchAnswer {
  results: SearchResults;
  about: Record<string, DocumentAbout>;
}

export interface SyncReport {
  documents: number;
  indexed: number;
  removed: number;
}

/** Enough hits to code "all hits" in one go at the repository sizes the product targets. */
const ALL_HITS = 1_000_000;

/** Above this many changed documents the index is reopened rather than updated one document at a time. */
const BULK = 20;

export class SearchEngine {
  private index: Promise<SearchIndex> | null = null;
  private catalog: SearchCatalog | null = null;
  private log: LogState | null = null;
  private stamp = '';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: RepositoryDb) {}

  /** Brings index and catalog up to date with the repository (documents added, edited, removed; coding changed). */
  sync(): Promise<SyncReport> {
    return this.serial(() => this.refresh());
  }

  search(query: string, limit: number): Promise<SearchAnswer> {
    return this.serial(async () => {
      const { index, catalog } = await this.ready();
      const results = await runSearch(index, catalog, parsed(query), { limit });
      const cityNames = new Map(catalog.cities.map((c) => [c.id, c.name]));
      const about: Record<string, DocumentAbout> = {};
      for (const d of results.documents) {
        const doc = catalog.documents.get(d.documentId);
        about[d.documentId] = { kind: doc?.kind ?? '', cities: (doc?.cityIds ?? []).map((id) => cityNames.get(id) ?? '').filter(Boolean) };
      }
      return { results, about };
    });
  }

  concordance(query: string, limit: number): Promise<ConcordanceLine[]> {
    return this.serial(async () => {
      const { index, catalog } = await this.ready();
      const results = await runSearch(index, catalog, parsed(query), { limit });
      return concordance(results, (id) => index.text(id));
    });
  }

  /** The ranges to code for every hit of the query, or only for the passages named. */
  rangesToCode(query: string, unit: CodingUnit, passageIds?: string[]): Promise<RangeToCode[]> {
    return this.serial(async () => {
      const { index, catalog } = await this.ready();
      const results = await runSearch(index, catalog, parsed(query), { limit: ALL_HITS });
      const wanted = passageIds ? new Set(passageIds) : null;
      const hits = results.documents.flatMap((d) => d.hits).filter((h) => !h.titleOnly && (!wanted || wanted.has(h.passage.id)));
      const texts = new Map<string, string>();
      for (const hit of hits) if (!texts.has(hit.passage.documentId)) texts.set(hit.passage.documentId, await index.text(hit.passage.documentId));
      return rangesToCode(hits, unit, texts);
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async ready(): Promise<{ index: SearchIndex; catalog: SearchCatalog }> {
    await this.refresh();
    return { index: await this.index!, catalog: this.catalog! };
  }

  private async refresh(): Promise<SyncReport> {
    const stamp = await repositoryStamp(this.db);
    // At the first look the documents are read once, for both the index and the catalog.
    const documents = this.index === null ? await this.db.documents.toArray() : undefined;
    if (this.index === null) {
      this.index = SearchIndex.open(this.db, { documents }).then(({ index }) => index);
      this.index.catch(() => (this.index = null));
    }
    const index = await this.index;
    if (stamp === this.stamp && this.catalog) return { documents: this.catalog.documents.size, indexed: 0, removed: 0 };
    const log = await readLog(this.db);
    const followed = this.catalog && this.log ? await this.follow(this.catalog, this.log, log) : null;
    const catalog = followed ?? (await loadCatalog(this.db, documents));
    const changed = [...catalog.documents.values()].filter((doc) => {
      const entry = index.documents.get(doc.id);
      return entry?.textHash !== doc.textHash || entry.title !== doc.title;
    });
    const gone = [...index.documents.keys()].filter((id) => !catalog.documents.has(id));
    let indexed = 0;
    let removed = 0;
    if (changed.length + gone.length > BULK) {
      // Many documents at once (an archive opened, a large import): reopening reads the shards stored with them
      // and writes each touched shard once, instead of once per document.
      const reopened = SearchIndex.open(this.db);
      this.index = reopened.then(({ index: fresh }) => fresh);
      const { report } = await reopened;
      indexed = report.built;
      removed = report.removed;
    } else {
      for (const doc of changed) if (await index.indexDocument(doc.id)) indexed += 1;
      for (const id of gone) {
        await index.removeDocument(id);
        removed += 1;
      }
    }
    this.catalog = catalog;
    this.log = log;
    this.stamp = stamp;
    return { documents: catalog.documents.size, indexed, removed };
  }

  /**
   * Brings the catalog up to date from the change log alone: the rows named by changes made, undone or redone
   * since the last look are read again, nothing else. Null when the log cannot explain the repository (it was
   * replaced, or rows were written outside it): then everything is read again.
   */
  private async follow(catalog: SearchCatalog, before: LogState, now: LogState): Promise<SearchCatalog | null> {
    if (now.last < before.last) return null;
    const flipped = [...before.undone].filter((seq) => !now.undone.has(seq));
    for (const seq of now.undone) if (!before.undone.has(seq)) flipped.push(seq);
    const fresh = await this.db.changes.where(':id').above(before.last).toArray();
    const changes = [...fresh, ...(await this.db.changes.bulkGet(flipped)).filter((c) => c !== undefined)];
    const keys = (table: string) => new Set(changes.flatMap((c) => c.patches.filter((p) => p.table === table).map((p) => p.key)));
    const documentIds = keys('documents');
    const segmentIds = keys('segments');
    const segmentDocuments = new Set<string>();
    for (const change of changes) {
      for (const patch of change.patches) {
        if (patch.table !== 'segments') continue;
        for (const row of [patch.before, patch.after] as ({ documentId?: string } | null)[]) if (row?.documentId) segmentDocuments.add(row.documentId);
      }
    }
    const [documents, segments, cities, themes, count] = await this.db.transaction('r', [this.db.documents, this.db.segments, this.db.cities, this.db.themes], async () =>
      Promise.all([
        this.db.documents.bulkGet([...documentIds]),
        this.db.segments.bulkGet([...segmentIds]),
        keys('cities').size > 0 ? this.db.cities.toArray() : catalog.cities,
        keys('themes').size > 0 ? this.db.themes.toArray() : catalog.themes,
        this.db.documents.count(),
      ]),
    );
    for (const segment of segments) if (segment) segmentDocuments.add(segment.documentId);
    const rows = new Map(catalog.documents);
    [...documentIds].forEach((id, i) => {
      const doc = documents[i];
      if (doc) rows.set(id, doc);
      else rows.delete(id);
    });
    if (rows.size !== count) return null;
    const coded = new Map(catalog.segments);
    const regrouped = await Promise.all([...segmentDocuments].map((id) => this.db.segments.where('documentId').equals(id).toArray()));
    [...segmentDocuments].forEach((id, i) => {
      const list = regrouped[i]!.sort((a, b) => a.start - b.start);
      if (list.length > 0) coded.set(id, list);
      else coded.delete(id);
    });
    return { documents: rows, cities, themes, segments: coded };
  }
}

/** Where the change log stood: its last entry and the changes then undone (undo and redo flip these). */
interface LogState {
  last: number;
  undone: Set<number>;
}

async function readLog(db: RepositoryDb): Promise<LogState> {
  const [last, undone] = await Promise.all([db.changes.orderBy(':id').lastKey(), db.changes.where('state').equals('undone').primaryKeys()]);
  return { last: Number(last ?? 0), undone: new Set(undone.map(Number)) };
}

/** Cheap fingerprint of what results depend on: the number of documents and the change log's state (undo included). */
export async function repositoryStamp(db: RepositoryDb): Promise<string> {
  const [documents, last, done] = await Promise.all([db.documents.count(), db.changes.orderBy(':id').lastKey(), db.changes.where('state').equals('done').count()]);
  return `${documents}:${String(last ?? 0)}:${done}`;
}

function parsed(query: string) {
  const result = parseQuery(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.query;
}

/** Answers one request of the worker protocol. */
export function answerRequest(engine: SearchEngine, request: SearchRequest): Promise<unknown> {
  switch (request.type) {
    case 'sync':
      return engine.sync();
    case 'search':
      return engine.search(request.query, request.limit);
    case 'concordance':
      return engine.concordance(request.query, request.limit);
    case 'ranges':
      return engine.rangesToCode(request.query, request.unit, request.passageIds);
  }
}
