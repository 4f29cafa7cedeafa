// Sources become documents (reused when the repository holds the same text), their selections coded passages.
import { assertNoConflict } from '../coding/overlap';
import { validRow } from '../db/validate';
import { documentSchema, documentTextSchema, segmentSchema, sourceSchema, type Document, type Segment } from '../model';
import { DomainError } from '../result';
import type { ImportRun } from './import-context';
import type { VariableImport } from './import-variables';
import type { ParsedCoding, ParsedSelection } from './project-model';
import type { PreparedSource } from './sources-read';

export interface DocumentLinks {
  /** Source GUID → document id. */
  documentOf: Map<string, string>;
  /** Selection GUID → segment id (for memos on passages). */
  segmentOf: Map<string, string>;
}

const unique = <T>(items: T[]) => [...new Set(items)];

async function storeDocument(run: ImportRun, prepared: PreparedSource, cityIds: string[], themeIds: string[], attributes: Document['attributes'], file: string): Promise<string> {
  const existing = await run.db.documents.where('textHash').equals(prepared.textHash).first();
  if (existing) {
    // Same text: the document is reused; the project adds cities, document themes and the attributes it lacks.
    const next = validRow(
      documentSchema,
      { ...existing, cityIds: unique([...existing.cityIds, ...cityIds]), themeIds: unique([...existing.themeIds, ...themeIds]), attributes: { ...attributes, ...existing.attributes }, updatedAt: run.now },
      'document',
    );
    await run.draft.put('documents', next);
    run.report.documents.reused += 1;
    return existing.id;
  }
  const id = run.newId();
  const title = prepared.source.name.trim() || prepared.original?.name || 'Untitled document';
  const sourceId = prepared.original ? run.newId() : null;
  const doc = validRow(
    documentSchema,
    {
      id, title, kind: prepared.kind, sourceFormat: 'qdpx', language: prepared.language, textLength: prepared.text.length,
      textHash: prepared.textHash, sha256: prepared.sha256, sourceId, pages: prepared.pages, turns: prepared.turns, headings: [],
      cityIds, themeIds, attributes, metadata: prepared.pages.length > 0 ? { pageCount: prepared.pages.length } : {},
      importedFrom: `${file} / ${title}`, size: prepared.original?.bytes.length ?? new TextEncoder().encode(prepared.text).length,
      createdAt: run.now, updatedAt: run.now,
    },
    'document',
  );
  await run.draft.put('texts', validRow(documentTextSchema, { id, text: prepared.text }, 'document text'));
  if (prepared.original) {
    const bytes = prepared.original.bytes.slice();
    await run.draft.put('sources', validRow(sourceSchema, { id: sourceId, documentId: id, name: prepared.original.name, type: prepared.original.type, size: bytes.length, sha256: prepared.sha256, bytes, importedAt: run.now }, 'original file'));
  }
  await run.draft.put('documents', doc);
  run.report.documents.added += 1;
  return id;
}

function themesOf(run: ImportRun, codings: readonly ParsedCoding[], themeOf: Map<string, string>, where: string, line: number | undefined): string[] {
  const out: string[] = [];
  for (const coding of codings) {
    const themeId = themeOf.get(coding.codeGuid);
    if (themeId) out.push(themeId);
    else run.losses.push({ kind: 'coding', item: `A coding of ${where}`, reason: `It refers to a code the project's codebook does not hold (${coding.codeGuid || 'no code'}).`, line });
  }
  return unique(out);
}

async function conflictOf(run: ImportRun, planned: { documentId: string; start: number; end: number; themeIds: string[] }): Promise<'duplicate' | 'overlap' | null> {
  try {
    await assertNoConflict(run.db, planned);
    return null;
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'duplicate' || error.code === 'overlap')) return error.code;
    throw error;
  }
}

async function storeSelection(run: ImportRun, prepared: PreparedSource, documentId: string, selection: ParsedSelection, themeOf: Map<string, string>, cityId: string | null): Promise<string | null> {
  const title = prepared.source.name || 'a document';
  const where = `passage ${selection.start}–${selection.end} of "${title}"`;
  const start = prepared.toUtf16(selection.start);
  const end = prepared.toUtf16(selection.end);
  const quote = prepared.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const label = `Passage “${quote.length > 60 ? `${quote.slice(0, 59)}…` : quote}” in "${title}"`;
  if (selection.end > prepared.codePointLength) {
    run.losses.push({ kind: 'selection', item: `The ${where}`, reason: `It ends past the end of the text (${prepared.codePointLength} characters).`, line: selection.line });
    return null;
  }
  if (end <= start) {
    run.losses.push({ kind: 'selection', item: `The empty ${where}`, reason: 'An empty selection codes nothing.', line: selection.line });
    return null;
  }
  let themeIds = themesOf(run, selection.codings, themeOf, where, selection.line);
  if (themeIds.length === 0) {
    if (selection.codings.length === 0) run.losses.push({ kind: 'selection', item: label, reason: 'The selection carries no code; Comparanda keeps coded passages only.', line: selection.line });
    return null;
  }
  const conflict = await conflictOf(run, { documentId, start, end, themeIds });
  if (conflict !== null) {
    const same = (await run.db.segments.where('documentId').equals(documentId).toArray()).find((s) => s.start === start && s.end === end && themeIds.every((t) => s.themeIds.includes(t)));
    if (conflict === 'duplicate' || same) {
      run.report.segments.alreadyPresent += 1;
      return same?.id ?? null;
    }
    const kept: string[] = [];
    for (const themeId of themeIds) {
      if ((await conflictOf(run, { documentId, start, end, themeIds: [themeId] })) === null) kept.push(themeId);
      else {
        const name = (await run.db.themes.get(themeId))?.name ?? 'a code';
        run.losses.push({ kind: 'coding', item: `“${name}” on ${label}`, reason: `"${name}" already codes an overlapping passage there; Comparanda does not count the same talk twice.`, line: selection.line });
      }
    }
    themeIds = kept;
    if (themeIds.length === 0) return null;
  }
  const coding = selection.codings.find((c) => c.userGuid) ?? selection.codings[0];
  const segment: Segment = validRow(
    segmentSchema,
    {
      id: run.newId(), documentId, start, end, themeIds, cityId, memo: selection.description,
      coder: run.coderFor(coding?.userGuid || selection.userGuid), createdAt: run.now, updatedAt: run.now,
    },
    'coded passage',
  );
  await run.draft.put('segments', segment);
  run.report.segments.added += 1;
  return segment.id;
}

/** Writes every prepared source and its passages. */
export async function importDocuments(
  run: ImportRun,
  prepared: readonly PreparedSource[],
  themeOf: Map<string, string>,
  cityOfCase: Map<string, string>,
  variables: VariableImport,
  file: string,
): Promise<DocumentLinks> {
  const documentOf = new Map<string, string>();
  const segmentOf = new Map<string, string>();
  const citiesOfSource = new Map<string, string[]>();
  const cityOfSelection = new Map<string, string>();
  for (const parsedCase of run.project.cases) {
    const cityId = cityOfCase.get(parsedCase.guid);
    if (!cityId) continue;
    for (const guid of parsedCase.sourceGuids) citiesOfSource.set(guid, [...(citiesOfSource.get(guid) ?? []), cityId]);
    for (const guid of parsedCase.selectionGuids) cityOfSelection.set(guid, cityId);
  }
  for (const source of prepared) {
    const name = source.source.name || 'a document';
    const kind = variables.documentKind(source.source.values);
    const attributes = await variables.attributes(source.source.values.filter((v) => !(kind && variables.isKindValue(v))), 'document', `"${name}"`);
    const themeIds = themesOf(run, source.source.codings, themeOf, `the whole of "${name}"`, source.source.line);
    const documentId = await storeDocument(run, kind ? { ...source, kind } : source, unique(citiesOfSource.get(source.source.guid) ?? []), themeIds, attributes, file);
    documentOf.set(source.source.guid, documentId);
    for (const selection of source.source.selections) {
      const segmentId = await storeSelection(run, source, documentId, selection, themeOf, cityOfSelection.get(selection.guid) ?? null);
      if (segmentId && selection.guid) segmentOf.set(selection.guid, segmentId);
    }
  }
  return { documentOf, segmentOf };
}
