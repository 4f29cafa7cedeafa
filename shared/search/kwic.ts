// Keyword in context: every highlighted occurrence as a concordance line, sortable, exportable to CSV.
import { terms } from './normalise';
import type { SearchResults } from './run-search';

export interface ConcordanceLine {
  documentId: string;
  title: string;
  /** Where the keyword starts in the document (UTF-16). */
  offset: number;
  left: string;
  keyword: string;
  right: string;
  page?: number;
  speaker?: string;
  timeStart?: number;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Concordance lines of the returned hits; `texts` gives each document's text. */
export async function concordance(results: SearchResults, texts: (documentId: string) => Promise<string>, width = 60): Promise<ConcordanceLine[]> {
  const lines: ConcordanceLine[] = [];
  for (const doc of results.documents) {
    const text = await texts(doc.documentId);
    for (const hit of doc.hits) {
      for (const [start, end] of hit.highlights) {
        const line: ConcordanceLine = {
          documentId: doc.documentId,
          title: doc.title,
          offset: start,
          left: flat(text.slice(Math.max(0, start - width), start)).trimStart(),
          keyword: flat(text.slice(start, end)),
          right: flat(text.slice(end, end + width)).trimEnd(),
        };
        if (hit.passage.page !== undefined) line.page = hit.passage.page;
        if (hit.passage.speaker !== undefined) line.speaker = hit.passage.speaker;
        if (hit.passage.timeStart !== undefined) line.timeStart = hit.passage.timeStart;
        lines.push(line);
      }
    }
  }
  return lines.sort((a, b) => a.title.localeCompare(b.title) || a.offset - b.offset);
}

const leftWord = (line: ConcordanceLine) => terms(line.left).at(-1) ?? '';
const rightWord = (line: ConcordanceLine) => terms(line.right)[0] ?? '';

/** Sorts by the word just before (left) or just after (right) the keyword, then by keyword and place. */
export function sortConcordance(lines: readonly ConcordanceLine[], by: 'left' | 'right'): ConcordanceLine[] {
  const key = by === 'left' ? leftWord : rightWord;
  const keyed = lines.map((line) => ({ line, key: key(line), keyword: terms(line.keyword).join(' ') }));
  keyed.sort((a, b) => a.key.localeCompare(b.key) || a.keyword.localeCompare(b.keyword) || a.line.title.localeCompare(b.line.title) || a.line.offset - b.line.offset);
  return keyed.map((k) => k.line);
}
