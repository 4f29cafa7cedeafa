// A document's passages stored as number columns (start, end, page, speaker, heading, time) plus their distinct labels.
import type { Passage } from './passages';

/** The passages' numbers: 0 in page, speaker and heading means none (else value + 1 or label number + 1), NaN time means none. */
export interface PassageColumns {
  starts: Uint32Array;
  ends: Uint32Array;
  pages: Uint32Array;
  speakers: Uint32Array;
  headings: Uint32Array;
  times: Float64Array;
}

/** Distinct speakers and headings, as JSON in the record. */
export interface Labels {
  speakers: string[];
  headings: string[];
}

export function passageColumns(passages: readonly Passage[]): { columns: PassageColumns; labels: string } {
  const n = passages.length;
  const columns: PassageColumns = {
    starts: new Uint32Array(n),
    ends: new Uint32Array(n),
    pages: new Uint32Array(n),
    speakers: new Uint32Array(n),
    headings: new Uint32Array(n),
    times: new Float64Array(n).fill(NaN),
  };
  const speakers = new Map<string, number>();
  const headings = new Map<string, number>();
  const label = (names: Map<string, number>, name: string) => {
    let k = names.get(name);
    if (k === undefined) names.set(name, (k = names.size));
    return k + 1;
  };
  passages.forEach((p, i) => {
    columns.starts[i] = p.start;
    columns.ends[i] = p.end;
    if (p.page !== undefined) columns.pages[i] = p.page + 1;
    if (p.speaker !== undefined) columns.speakers[i] = label(speakers, p.speaker);
    if (p.heading !== undefined) columns.headings[i] = label(headings, p.heading);
    if (p.timeStart !== undefined) columns.times[i] = p.timeStart;
  });
  const labels: Labels = { speakers: [...speakers.keys()], headings: [...headings.keys()] };
  return { columns, labels: JSON.stringify(labels) };
}

/** Reads the labels stored beside the columns. */
export function parseLabels(labels: string): Labels {
  return JSON.parse(labels) as Labels;
}

/** Passage `i` back, with its id. */
export function passageFromColumns(documentId: string, columns: PassageColumns, labels: Labels, i: number): Passage | undefined {
  if (i < 0 || i >= columns.starts.length || !Number.isInteger(i)) return undefined;
  const passage: Passage = { id: `${documentId}:${i}`, documentId, start: columns.starts[i]!, end: columns.ends[i]! };
  if (columns.pages[i]! > 0) passage.page = columns.pages[i]! - 1;
  if (columns.speakers[i]! > 0) passage.speaker = labels.speakers[columns.speakers[i]! - 1]!;
  if (!Number.isNaN(columns.times[i]!)) passage.timeStart = columns.times[i]!;
  if (columns.headings[i]! > 0) passage.heading = labels.headings[columns.headings[i]! - 1]!;
  return passage;
}

/** The passages back, with their ids. */
export function passagesFromColumns(documentId: string, columns: PassageColumns, labels: string): Passage[] {
  const parsed = parseLabels(labels);
  return Array.from(columns.starts, (_, i) => passageFromColumns(documentId, columns, parsed, i)!);
}
