// Code from search: the ranges around hits (passage, sentence or paragraph), coded with a theme as one undoable change.
import { isoNow, randomId, segmentSchema, type IdGenerator, type Segment } from '../model';
import { DomainError, type Result } from '../result';
import { mutate, type MutationContext } from '../db/changes';
import type { RepositoryDb } from '../db/database';
import { validRow } from '../db/validate';
import type { Range } from './evaluate';
import type { SearchHit } from './run-search';

export type CodingUnit = 'passage' | 'sentence' | 'paragraph';

export interface RangeToCode {
  documentId: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?…。]["'»”)]*(?=\s|$)/g;

function sentenceAround(text: string, [from, to]: Range, within: Range): Range {
  let start = within[0];
  for (const m of text.slice(within[0], from).matchAll(SENTENCE_END)) start = within[0] + m.index + m[0].length;
  let end = within[1];
  const after = text.slice(to, within[1]).match(/[.!?…。]["'»”)]*(?=\s|$)/);
  if (after?.index !== undefined) end = to + after.index + after[0].length;
  return trim(text, [start, end]);
}

function paragraphAround(text: string, [from, to]: Range): Range {
  const before = text.lastIndexOf('\n\n', from);
  const after = text.indexOf('\n\n', to);
  return trim(text, [before < 0 ? 0 : before + 2, after < 0 ? text.length : after]);
}

function trim(text: string, [start, end]: Range): Range {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

/** The ranges to code for each hit, merged where they overlap within a document. */
export function rangesToCode(hits: readonly SearchHit[], unit: CodingUnit, texts: ReadonlyMap<string, string>): RangeToCode[] {
  const byDocument = new Map<string, Range[]>();
  for (const hit of hits) {
    const text = texts.get(hit.passage.documentId) ?? '';
    const passage: Range = [hit.passage.start, hit.passage.end];
    let ranges: Range[];
    if (unit === 'passage' || hit.highlights.length === 0) ranges = [passage];
    else if (unit === 'sentence') ranges = hit.highlights.map((h) => sentenceAround(text, h, passage));
    else ranges = hit.highlights.map((h) => paragraphAround(text, h));
    const list = byDocument.get(hit.passage.documentId) ?? [];
    list.push(...ranges.filter(([s, e]) => e > s));
    byDocument.set(hit.passage.documentId, list);
  }
  const out: RangeToCode[] = [];
  for (const [documentId, ranges] of byDocument) {
    ranges.sort((a, b) => a[0] - b[0]);
    let current: Range | undefined;
    for (const range of ranges) {
      if (current && range[0] <= current[1]) current[1] = Math.max(current[1], range[1]);
      else {
        if (current) out.push({ documentId, start: current[0], end: current[1] });
        current = [range[0], range[1]];
      }
    }
    if (current) out.push({ documentId, start: current[0], end: current[1] });
  }
  return out;
}

/** Codes every range with `themeId` as one change: one undo removes them all. */
export async function codeFromSearch(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  ranges: readonly RangeToCode[],
  themeId: string,
  label = 'Coded search hits',
): Promise<Result<Segment[]>> {
  return mutate(db, ctx, `${label} (${ranges.length})`, async (draft) => {
    const theme = await db.themes.get(themeId);
    if (!theme) throw new DomainError('not-found', 'The chosen theme is no longer in the codebook.');
    if (ranges.length === 0) throw new DomainError('nothing-to-code', 'There are no hits to code.');
    const now = isoNow(ctx.clock);
    const segments: Segment[] = [];
    for (const range of ranges) {
      const doc = await db.documents.get(range.documentId);
      if (!doc) throw new DomainError('not-found', 'A document with hits is no longer in the repository.');
      if (range.start < 0 || range.end > doc.textLength || range.end <= range.start) {
        throw new DomainError('out-of-range', `A hit ${range.start}–${range.end} lies outside "${doc.title}".`);
      }
      const segment = validRow(
        segmentSchema,
        { id: (ctx.newId ?? randomId)(), documentId: range.documentId, start: range.start, end: range.end, themeIds: [themeId], cityId: null, memo: '', coder: ctx.coder, createdAt: now, updatedAt: now },
        'coded passage',
      );
      await draft.put('segments', segment);
      segments.push(segment);
    }
    return segments;
  });
}
