// Turns subtitle cues (WebVTT, SRT) into transcript text and turns with times and speakers.
import { decodeHTML } from 'entities';
import type { Turn } from '../model';
import type { FormatOutput } from './types';

export interface Cue {
  /** 1-based position in the file, for warnings. */
  number: number;
  timeStart: number;
  timeEnd: number;
  /** Raw cue payload lines (tags still in). */
  lines: string[];
}

const NAME_PREFIX = /^([\p{Lu}][\p{L}\p{N} .'’-]{0,30}?):\s+(?=\S)/u;

/** The cue's plain text and its speaker (from a <v Name> voice tag or a "Name:" prefix). */
export function cueText(lines: string[]): { text: string; speaker?: string } {
  const raw = lines.join('\n');
  const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(raw);
  let text = raw
    .replace(/\{\\[^}]*\}/g, '') // ASS positioning codes in SRT, e.g. {\an8}
    .replace(/<[^>]*>/g, '');
  text = decodeHTML(text)
    .replace(/[\u200e\u200f]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  const speaker = voice?.[1]?.trim();
  if (speaker) return { text, speaker };
  const prefix = NAME_PREFIX.exec(text);
  if (prefix && prefix[1]!.split(' ').length <= 3) return { text, speaker: prefix[1]!.trim() };
  return { text };
}

/** Text with one line per cue; consecutive cues of one named speaker form one turn. */
export function transcriptFromCues(cues: Cue[], warnings: string[]): FormatOutput {
  let text = '';
  const turns: Turn[] = [];
  let previousSpeaker: string | undefined;
  for (const cue of cues) {
    const { text: content, speaker } = cueText(cue.lines);
    if (!content) continue;
    const fromVoiceTag = speaker !== undefined && !content.startsWith(`${speaker}:`);
    const continues = speaker !== undefined && speaker === previousSpeaker && turns.length > 0;
    const line = (fromVoiceTag && !continues ? `${speaker}: ${content}` : content).normalize('NFC');
    if (text) text += '\n';
    const start = text.length;
    text += line;
    const last = turns[turns.length - 1];
    if (continues && last) {
      last.end = text.length;
      last.timeEnd = Math.max(last.timeEnd ?? 0, cue.timeEnd);
    } else {
      turns.push({
        start,
        end: text.length,
        ...(speaker ? { speaker } : {}),
        timeStart: cue.timeStart,
        timeEnd: Math.max(cue.timeStart, cue.timeEnd),
      });
    }
    previousSpeaker = speaker;
  }
  return { text, turns, warnings };
}
