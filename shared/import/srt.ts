// Reads SubRip (.srt) subtitles line by line: index, timing, text; malformed cues are skipped with a warning.
import { transcriptFromCues, type Cue } from './cues';
import { failures } from './failures';
import { decodedLines } from './txt';
import type { FormatOutput, ReadContext } from './types';

const TIMING = /^\s*(\d{1,3}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?\s*-+>\s*(\d{1,3}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?/;

function seconds(h: string, m: string, s: string, ms: string | undefined): number {
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + (ms ? Number(ms.padEnd(3, '0')) / 1000 : 0);
}

export function parseSrt(source: string): { cues: Cue[]; warnings: string[] } {
  const lines = source.split('\n');
  const cues: Cue[] = [];
  const warnings: string[] = [];
  let current: Cue | undefined;
  let number = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (/^\s*\d+\s*$/.test(line) && next.includes('-->')) continue; // the index line before a timing line
    if (line.includes('-->')) {
      number++;
      const m = TIMING.exec(line);
      if (!m) {
        warnings.push(`skipped malformed cue ${number} (bad timing line "${line.trim().slice(0, 40)}")`);
        current = undefined;
        continue;
      }
      if (!m[4] || !m[8]) warnings.push(`cue ${number} has no milliseconds in its timing line; read as whole seconds`);
      current = {
        number,
        timeStart: seconds(m[1]!, m[2]!, m[3]!, m[4]),
        timeEnd: seconds(m[5]!, m[6]!, m[7]!, m[8]),
        lines: [],
      };
      cues.push(current);
      continue;
    }
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (current) current.lines.push(line);
    else if (cues.length === 0 && number === 0) continue;
    else warnings.push(`skipped text outside any cue near line ${i + 1}`);
  }
  return { cues, warnings };
}

export function readSrt(bytes: Uint8Array, context: ReadContext): FormatOutput {
  const { text: source } = decodedLines(bytes, context.name);
  if (!source.trim()) throw failures.empty(context.name, 'the subtitle file has no content');
  const { cues, warnings } = parseSrt(source);
  if (cues.length === 0 && warnings.length === 0) {
    throw failures.corrupt(context.name, 'it is not a SubRip file (no "00:00:01,000 --> 00:00:02,000" timing lines)');
  }
  const output = transcriptFromCues(cues, warnings);
  if (!output.text.trim()) {
    if (cues.length === 0) throw failures.corrupt(context.name, `no cue could be read (${warnings[0] ?? 'malformed'})`);
    throw failures.empty(context.name, 'its subtitle cues have no text');
  }
  return output;
}
