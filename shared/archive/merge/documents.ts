// Merging documents: matched by the original file's SHA-256, then by text hash; differing metadata becomes conflicts.
import type { AttributeValue, Document, Source } from '../../model';
import { allocateId, conflictChoice, type MergeState } from './types';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const unique = (ids: string[]) => [...new Set(ids)];

/** The incoming document's tags in this repository's ids. */
function mappedTags(state: MergeState, doc: Document): { cityIds: string[]; themeIds: string[] } {
  return {
    cityIds: unique(doc.cityIds.map((id) => state.map.cities.get(id)).filter((id): id is string => id !== undefined)),
    themeIds: unique(doc.themeIds.map((id) => state.map.themes.get(id)).filter((id): id is string => id !== undefined)),
  };
}

interface FieldDifference {
  field: string;
  current: unknown;
  incoming: unknown;
  apply: (doc: Document) => Document;
}

/** Metadata that differs between the document here and its incoming twin; values only the incoming one has fill gaps. */
function differences(current: Document, incoming: Document, cityIds: string[]): { fills: ((d: Document) => Document)[]; conflicts: FieldDifference[] } {
  const fills: ((d: Document) => Document)[] = [];
  const conflicts: FieldDifference[] = [];
  if (current.title !== incoming.title) conflicts.push({ field: 'title', current: current.title, incoming: incoming.title, apply: (d) => ({ ...d, title: incoming.title }) });
  if (current.kind !== incoming.kind) conflicts.push({ field: 'kind', current: current.kind, incoming: incoming.kind, apply: (d) => ({ ...d, kind: incoming.kind }) });
  if (!sameSet(current.cityIds, cityIds)) {
    if (current.cityIds.length === 0) fills.push((d) => ({ ...d, cityIds }));
    else if (cityIds.length > 0) conflicts.push({ field: 'cities', current: current.cityIds, incoming: cityIds, apply: (d) => ({ ...d, cityIds }) });
  }
  const date = incoming.metadata.date;
  if (date !== undefined && date !== current.metadata.date) {
    const apply = (d: Document) => ({ ...d, metadata: { ...d.metadata, date } });
    if (current.metadata.date === undefined) fills.push(apply);
    else conflicts.push({ field: 'date', current: current.metadata.date, incoming: date, apply });
  }
  for (const [key, value] of Object.entries(incoming.attributes)) {
    const here: AttributeValue | undefined = current.attributes[key];
    if (here === value || value === null) continue;
    const apply = (d: Document) => ({ ...d, attributes: { ...d.attributes, [key]: value } });
    if (here === undefined || here === null) fills.push(apply);
    else conflicts.push({ field: `attribute ${key}`, current: here, incoming: value, apply });
  }
  return { fills, conflicts };
}

/** The repository's documents by original SHA-256 and by text hash (the first of each wins). */
class DocumentLookup {
  private readonly byOriginal = new Map<string, Document>();
  private readonly byText = new Map<string, Document>();

  constructor(documents: Document[]) {
    for (const doc of documents) this.add(doc);
  }

  add(doc: Document): void {
    if (!this.byOriginal.has(doc.sha256)) this.byOriginal.set(doc.sha256, doc);
    if (!this.byText.has(doc.textHash)) this.byText.set(doc.textHash, doc);
  }

  /** A matched document after reconciling: later incoming twins compare against the updated one. */
  replace(current: Document, next: Document): void {
    if (this.byOriginal.get(current.sha256) === current) this.byOriginal.set(current.sha256, next);
    if (this.byText.get(current.textHash) === current) this.byText.set(current.textHash, next);
  }

  match(incoming: Document): { doc: Document; by: 'original' | 'text' } | undefined {
    const byOriginal = this.byOriginal.get(incoming.sha256);
    if (byOriginal) return { doc: byOriginal, by: 'original' };
    const byText = this.byText.get(incoming.textHash);
    return byText ? { doc: byText, by: 'text' } : undefined;
  }
}

/** A city's name for the report, whether it is here already or arrives with the merge. */
function cityName(state: MergeState, id: string): string {
  return state.existing.cities.find((c) => c.id === id)?.name ?? state.incoming.cities.find((c) => state.map.cities.get(c.id) === id)?.name ?? id;
}

/** A matched document: document-level themes are joined; other differences follow the conflict rule. */
function reconcile(state: MergeState, current: Document, incoming: Document): Document {
  const { cityIds, themeIds } = mappedTags(state, incoming);
  let next: Document = { ...current, themeIds: unique([...current.themeIds, ...themeIds]) };
  const { fills, conflicts } = differences(current, incoming, cityIds);
  for (const fill of fills) next = fill(next);
  for (const difference of conflicts) {
    const id = `document:${incoming.id}:${difference.field}`;
    const choice = conflictChoice(state, id);
    const shown = (value: unknown) => (difference.field === 'cities' ? (value as string[]).map((c) => cityName(state, c)) : value);
    state.report.conflicts.push({ id, kind: 'document', subject: current.title, field: difference.field, current: shown(difference.current), incoming: shown(difference.incoming), choice, choosable: true });
    state.report.counts.documents.conflicting += 1;
    if (choice === 'take-incoming') next = difference.apply(next);
  }
  if (JSON.stringify(next) !== JSON.stringify(current)) state.writes.push({ table: 'documents', row: { ...next, updatedAt: state.now } });
  return next;
}

export function mergeDocuments(state: MergeState): void {
  const existing = new DocumentLookup(state.existing.documents);
  const texts = new Map(state.incoming.texts.map((t) => [t.id, t.text]));
  const sources = new Map(state.incoming.sources.filter((s) => s.documentId !== null).map((s) => [s.documentId!, s]));
  const placeable = state.placeable;
  const counts = state.report.counts.documents;
  for (const doc of state.incoming.documents) {
    const match = existing.match(doc);
    if (match) {
      existing.replace(match.doc, reconcile(state, match.doc, doc));
      state.map.documents.set(doc.id, match.doc.id);
      if (match.doc.textHash === doc.textHash) placeable.add(doc.id);
      counts.matched += 1;
      state.report.documents.push({ incomingId: doc.id, title: doc.title, outcome: 'matched', matchedBy: match.by, existingId: match.doc.id });
      continue;
    }
    const id = allocateId(state, 'documents', doc.id);
    state.existing.keys.texts.add(id);
    const source: Source | undefined = doc.sourceId === null ? undefined : sources.get(doc.id);
    const sourceId = source ? allocateId(state, 'sources', source.id) : null;
    const added: Document = { ...doc, id, ...mappedTags(state, doc), sourceId };
    state.writes.push({ table: 'documents', row: added });
    state.writes.push({ table: 'texts', row: { id, text: texts.get(doc.id) ?? '' } });
    if (source && sourceId) state.writes.push({ table: 'sources', row: { ...source, id: sourceId, documentId: id } });
    existing.add(added);
    state.map.documents.set(doc.id, id);
    placeable.add(doc.id);
    counts.added += 1;
    state.report.documents.push({ incomingId: doc.id, title: doc.title, outcome: 'added', existingId: id });
  }
}
