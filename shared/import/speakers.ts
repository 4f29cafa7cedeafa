// Finds speaker turns in plain transcripts ("Interviewer:", "Q:", "R1:", "[00:01:02] Name:", "[id1] …").
import type { Turn } from '../model';

interface LabelledLine {
  start: number;
  speaker: string;
  timeStart?: number;
}

const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)`;
const NAME = String.raw`([\p{Lu}][\p{L}\p{N}.'’\- ]{0,38}?)`;
const PATTERNS: RegExp[] = [
  // [00:01:02] Name: or (00:01:02) Name: or 00:01:02 Name: or 00:01:02 - Name:
  new RegExp(String.raw`^[\[(]?${TIME}[\])]?\s*[-–]?\s*${NAME}\s*:(?:\s|$)`, 'u'),
  // Name (00:01:02): or Name [00:01:02]:
  new RegExp(String.raw`^${NAME}\s*[\[(]${TIME}[\])]\s*:?\s`, 'u'),
  // Name: text   (also **Name:** after Markdown is flattened)
  new RegExp(String.raw`^${NAME}\s*:(?:\s|$)`, 'u'),
  // [id1] text  (QualCoder style speaker tags)
  new RegExp(String.raw`^\[([\p{L}][\p{L}\p{N} _.-]{0,20})\]\s+\S`, 'u'),
];

/** Labels that start lines in reports and forms but are not speakers. */
const NOT_SPEAKERS = new Set(
  [
    'note', 'notes', 'source', 'sources', 'figure', 'fig', 'table', 'see', 'example', 'e.g', 'i.e', 'date', 'time',
    'tel', 'phone', 'fax', 'email', 'e-mail', 'web', 'http', 'https', 'www', 'title', 'subject', 're', 'cc', 'to',
    'from', 'address', 'step', 'warning', 'caution', 'important', 'tip', 'summary', 'abstract', 'keywords', 'chapter',
    'section', 'article', 'annex', 'appendix', 'page', 'quelle', 'hinweis', 'anmerkung', 'tabelle', 'abbildung',
    'datum', 'betreff', 'objet', 'tableau', 'remarque', 'fuente', 'nota', 'tabla', 'źródło', 'uwaga', 'zdroj',
    'poznámka', 'age', 'gender', 'job', 'name', 'location', 'duration', 'question', 'answer', 'status', 'version',
  ].map((s) => s.toLowerCase()),
);

export function parseTimestamp(s: string): number {
  const [main = '', fraction = ''] = s.split(/[.,]/);
  const parts = main.split(':').map(Number);
  let seconds = 0;
  for (const p of parts) seconds = seconds * 60 + p;
  return fraction ? seconds + Number(`0.${fraction}`) : seconds;
}

function labelOf(line: string): { speaker: string; timeStart?: number } | undefined {
  for (const [index, pattern] of PATTERNS.entries()) {
    const m = pattern.exec(line);
    if (!m) continue;
    if (index === 0) return { speaker: m[2]!.trim(), timeStart: parseTimestamp(m[1]!) };
    if (index === 1) return { speaker: m[1]!.trim(), timeStart: parseTimestamp(m[2]!) };
    const speaker = m[1]!.trim();
    if (speaker.split(/\s+/).length > 4) return undefined;
    return { speaker };
  }
  return undefined;
}

/**
 * Speaker turns of a plain-text transcript, or [] when the text does not look like one:
 * at least 3 labelled lines, two or more recurring labels among a small set, and labelled lines are a real share
 * of the text. Labels start upper-case ("Interviewer", "Q", "R1") so "note:" or YAML keys are not speakers.
 */
export function detectSpeakerTurns(text: string): Turn[] {
  const labelled: LabelledLine[] = [];
  let nonEmptyLines = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      nonEmptyLines++;
      const label = labelOf(trimmed);
      if (label && !NOT_SPEAKERS.has(label.speaker.toLowerCase())) {
        labelled.push({ start: offset + (line.length - line.trimStart().length), ...label });
      }
    }
    offset += line.length + 1;
  }
  if (labelled.length < 3) return [];
  const counts = new Map<string, number>();
  for (const l of labelled) counts.set(l.speaker.toLowerCase(), (counts.get(l.speaker.toLowerCase()) ?? 0) + 1);
  const recurring = [...counts.values()].filter((n) => n >= 2);
  const coveredByRecurring = recurring.reduce((a, b) => a + b, 0);
  if (recurring.length < 2 || coveredByRecurring < labelled.length * 0.6) return [];
  if (counts.size > Math.max(12, labelled.length / 4)) return [];
  if (labelled.length < nonEmptyLines * 0.1 && labelled.length < 20) return [];

  const keep = labelled.filter((l) => (counts.get(l.speaker.toLowerCase()) ?? 0) >= 2);
  return keep.map((l, i) => {
    const next = keep[i + 1];
    let end = next ? next.start : text.length;
    while (end > l.start && /\s/.test(text[end - 1]!)) end--;
    const turn: Turn = { start: l.start, end, speaker: l.speaker };
    if (l.timeStart !== undefined) turn.timeStart = l.timeStart;
    return turn;
  });
}
