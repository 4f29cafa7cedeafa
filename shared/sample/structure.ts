// Builds a sample document's text and computes its turns, pages and headings from that text.
import type { Heading, PageMark, Turn } from '../model';
import type { SampleDocument } from './types';

export interface SampleStructure {
  text: string;
  turns: Turn[];
  pages: PageMark[];
  headings: Heading[];
}

const PARAGRAPH_BREAK = '\n\n';
/** "[00:01:02] Giulia: …" or "R1: …": an optional timestamp, then a speaker label before a colon. */
const TURN_START = /^(?:\[(\d{2}):(\d{2}):(\d{2})\]\s+)?([^:\n[\]]{1,40}):\s/u;

function seconds(h: string, m: string, s: string): number {
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** One turn per paragraph that starts with a speaker label; a turn ends where its paragraph ends. */
export function speakerTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  let start = 0;
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    const match = TURN_START.exec(paragraph);
    if (match) {
      const turn: Turn = { start, end: start + paragraph.length, speaker: match[4]!.trim() };
      if (match[1] !== undefined) turn.timeStart = seconds(match[1], match[2]!, match[3]!);
      turns.push(turn);
    }
    start += paragraph.length + PARAGRAPH_BREAK.length;
  }
  // A timed turn lasts until the next timed turn begins.
  for (let i = 0; i + 1 < turns.length; i++) {
    const next = turns[i + 1]!.timeStart;
    if (turns[i]!.timeStart !== undefined && next !== undefined) turns[i]!.timeEnd = next;
  }
  return turns;
}

function paged(pages: string[][], headingTexts: Map<string, number>): SampleStructure {
  const marks: PageMark[] = [];
  const headings: Heading[] = [];
  let text = '';
  pages.forEach((paragraphs, index) => {
    if (index > 0) text += PARAGRAPH_BREAK;
    marks.push({ page: index + 1, start: text.length, label: String(index + 1) });
    paragraphs.forEach((paragraph, p) => {
      if (p > 0) text += PARAGRAPH_BREAK;
      const level = headingTexts.get(paragraph);
      if (level !== undefined) headings.push({ start: text.length, end: text.length + paragraph.length, level });
      text += paragraph;
    });
  });
  return { text, turns: [], pages: marks, headings };
}

export function buildStructure(doc: SampleDocument): SampleStructure {
  if (doc.layout.type === 'pages') {
    const levels = new Map(doc.layout.headings.map((h) => [h.text.normalize('NFC'), h.level]));
    const pages = doc.layout.pages.map((page) => page.map((p) => p.normalize('NFC')));
    return paged(pages, levels);
  }
  const text = doc.layout.paragraphs.map((p) => p.normalize('NFC')).join(PARAGRAPH_BREAK);
  return { text, turns: speakerTurns(text), pages: [], headings: [] };
}

/** Where a quoted sentence sits in the text; it must occur exactly once, so the offsets are unambiguous. */
export function locateQuote(text: string, quote: string, where: string): { start: number; end: number } {
  const wanted = quote.normalize('NFC');
  const start = text.indexOf(wanted);
  if (start < 0) throw new Error(`The sample passage "${quote.slice(0, 40)}…" is not in ${where}.`);
  if (text.indexOf(wanted, start + 1) >= 0) throw new Error(`The sample passage "${quote.slice(0, 40)}…" occurs twice in ${where}.`);
  return { start, end: start + wanted.length };
}
