// Reads WebVTT subtitles: cues with times and <v Name> voices; malformed cues are skipped with a warning.
import { transcriptFromCues, type Cue } from './cues';
import { failures } from './failures';
import { decodedLines } from './txt';
import type { FormatOutput, ReadContext } from './types';

const TIMESTAMP = /^(?:(\d{1,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

export function vttTime(s: string): number | undefined {
  const m = TIMESTAMP.exec(s.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** "00:01.000 --> 00:02.000 align:start" → times, or a reason it is not a valid timing line. */
export function vttTiming(line: string): { start: number; end: number } | string {
  const m = /^(\S+?)[ \t]*-->[ \t]*(\S+)/.exec(line.trim());
  if (!m) return line.includes('-->') ? `incomplete timing line "${line.trim().slice(0, 40)}"` : 'no timing line';
  const start = vttTime(m[1]!);
  const end = vttTime(m[2]!);
  if (start === undefined || end === undefined) return `bad time "${line.trim().slice(0, 40)}"`;
  return { start, end };
}

export function parseVtt(source: string): { cues: Cue[]; warnings: string[]; signature: boolean } {
  const lines = source.split('\n');
  const signature = /^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '');
  const warnings: string[] = [];
  const cues: Cue[] = [];
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  // A cue written straight under the signature line (no blank line) is read, not dropped.
  if (blocks[0] && !blocks[0].some((l) => l.includes('-->'))) blocks.shift();
  else if (blocks[0]) {
    const timingAt = blocks[0].findIndex((l) => l.includes('-->'));
    blocks[0] = blocks[0].slice(Math.max(0, timingAt - 1));
  }
  let number = 0;
  for (const block of blocks) {
    const first = block[0] ?? '';
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    number++;
    // The timing line is the first or second line (after an identifier); an identifier may itself contain "-->".
    const candidates = [0, 1].filter((index) => block[index]?.includes('-->'));
    if (candidates.length === 0) {
      warnings.push(`skipped malformed cue ${number} (no timing line)`);
      continue;
    }
    const parsed = candidates.map((index) => ({ index, timing: vttTiming(block[index]!) }));
    const valid = parsed.find((p) => typeof p.timing !== 'string');
    if (!valid || typeof valid.timing === 'string') {
      warnings.push(`skipped malformed cue ${number} (${String(parsed[0]!.timing)})`);
      continue;
    }
    const timing = valid.timing;
    const timingIndex = valid.index;
    cues.push({ number, timeStart: timing.start, timeEnd: timing.end, lines: block.slice(timingIndex + 1) });
  }
  return { cues, warnings, signature };
}

export function readVtt(bytes: Uint8Array, context: ReadContext): FormatOutput {
  const { text: source } = decodedLines(bytes, context.name);
  if (!source.trim()) throw failures.empty(context.name, 'the subtitle file has no content');
  const { cues, warnings, signature } = parseVtt(source);
  if (!signature) throw failures.corrupt(context.name, 'it is not a WebVTT file (it does not start with "WEBVTT")');
  const output = transcriptFromCues(cues, warnings);
  if (!output.text.trim()) {
    if (warnings.length > 0) {
      throw failures.corrupt(context.name, `no cue could be read (${warnings.length} malformed, e.g. ${warnings[0]})`);
    }
    throw failures.empty(context.name, 'it has no subtitle cues with text');
  }
  return output;
}
