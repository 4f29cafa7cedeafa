// Where a passage sits in its document: the speaker turn and the PDF page covering an offset, and time labels.
import type { Document, PageMark, Turn } from '../model';

/** The turn that covers `offset` (the latest-starting one that has begun and not ended), if any. */
export function turnAt(turns: readonly Turn[], offset: number): Turn | undefined {
  let found: Turn | undefined;
  for (const turn of turns) {
    if (turn.start <= offset && offset < turn.end && (!found || turn.start >= found.start)) found = turn;
  }
  return found;
}

/** The page on which `offset` lies: the last page starting at or before it. */
export function pageAt(pages: readonly PageMark[], offset: number): PageMark | undefined {
  let found: PageMark | undefined;
  for (const page of pages) {
    if (page.start <= offset && (!found || page.start >= found.start)) found = page;
  }
  return found;
}

/** Seconds as "hh:mm:ss" (hours always shown, as transcripts print them). */
export function formatTimestamp(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(whole / 3600))}:${two(Math.floor((whole % 3600) / 60))}:${two(whole % 60)}`;
}

/** Speaker, time and page of the passage starting at `offset` in `document`. */
export function locate(document: Pick<Document, 'turns' | 'pages'>, offset: number): { speaker?: string; timeStart?: number; page?: number; pageLabel?: string } {
  const turn = turnAt(document.turns, offset);
  const page = pageAt(document.pages, offset);
  return {
    ...(turn?.speaker ? { speaker: turn.speaker } : {}),
    ...(turn?.timeStart !== undefined ? { timeStart: turn.timeStart } : {}),
    ...(page ? { page: page.page } : {}),
    ...(page?.label ? { pageLabel: page.label } : {}),
  };
}
