// A hit's snippet with the matched words marked, and where it is: page, time and speaker.
import { formatTime, type SearchHit } from '../../../../shared/search';

/** Where the shown text starts: after a leading "Speaker:" label, which the location already names, unless it is marked. */
function labelEnd(hit: SearchHit): number {
  const { snippet, passage } = hit;
  if (passage.speaker === undefined || snippet.start !== passage.start) return 0;
  const prefix = `${passage.speaker}:`;
  if (!snippet.text.startsWith(prefix)) return 0;
  let end = prefix.length;
  while (snippet.text[end] === ' ') end += 1;
  return snippet.highlights.some(([start]) => start < end) ? 0 : end;
}

export function HitSnippet({ hit }: { hit: SearchHit }) {
  const { snippet, passage } = hit;
  const parts = [];
  let at = labelEnd(hit);
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return (
    <>
      {snippet.start > passage.start && '…'}
      {parts}
      {snippet.end < passage.end && '…'}
    </>
  );
}

/** "p. 3 · 04:12 · Interviewer", or "title" when only the title matched. */
export function hitLocation(hit: SearchHit): string {
  if (hit.titleOnly) return 'title';
  const parts: string[] = [];
  if (hit.passage.page !== undefined) parts.push(`p. ${hit.passage.page}`);
  if (hit.passage.timeStart !== undefined) parts.push(formatTime(hit.passage.timeStart));
  if (hit.passage.speaker !== undefined) parts.push(hit.passage.speaker);
  return parts.join(' · ');
}

/** Where the Reader opens for a hit: its first highlight, else the passage start. */
export function hitOffset(hit: SearchHit): number {
  return hit.highlights[0]?.[0] ?? hit.passage.start;
}
