// Fuzzing the text-format parsers (VTT, SRT, RTF, speaker turns): no throw, no hang, offsets inside the text; subtitles printed from cues read back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/import';
import { parseRtf } from '../../../shared/import/rtf';
import { detectSpeakerTurns } from '../../../shared/import/speakers';
import { parseSrt } from '../../../shared/import/srt';
import { parseVtt } from '../../../shared/import/vtt';
import { expectPlainRefusal, expectSoundExtraction } from './extraction-invariants';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHang, withoutHangAsync } from './fuzz-settings';

const encode = (text: string) => new TextEncoder().encode(text);

async function extractChecked(name: string, text: string): Promise<void> {
  const result = await withoutHangAsync(() => extractText({ name, path: name, bytes: encode(text) }, { limits: { timeoutMs: 5_000 } }), `extractText(${name})`, 10_000);
  if (result.ok) expectSoundExtraction(result.value);
  else expectPlainRefusal(result.error, name);
}

// Lines shaped like the formats, so generated files reach deep into the parsers.
const timestamp = fc
  .tuple(fc.nat(99), fc.nat(59), fc.nat(59), fc.nat(999), fc.constantFrom('.', ','))
  .map(([h, m, s, ms, separator]) => `${[h, m, s].map((n) => String(n).padStart(2, '0')).join(':')}${separator}${String(ms).padStart(3, '0')}`);
const subtitleLine = fc.oneof(
  fc.tuple(timestamp, timestamp).map(([a, b]) => `${a} --> ${b}`),
  fc.constantFrom('WEBVTT', '', '1', '42', 'NOTE x', 'STYLE', '-->', '00:01.000 -->', '<v Anna>Hallo', '<v.loud Bo>Ja</v>', 'Anna: Wir kamen 2019.', '{\\an8}Oben', '&amp; &lt;b&gt;', '<i>kursiv</i>', '\u200f'),
  fc.string({ maxLength: 30 }),
);
const subtitleFile = fc.array(subtitleLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

const rtfPiece = fc.oneof(
  fc.constantFrom('{', '}', '{\\rtf1', '\\ansi', '\\ansicpg1251', '\\par ', '\\line', "\\'e9", "\\'", '\\u1078?', '\\u-3913 ', '\\uc2 ', '\\*\\footnote ', '{\\fonttbl{\\f0\\fcharset238 Arial;}}', '\\f0 ', '{\\info{\\title T}{\\author A}{\\creatim\\yr2020\\mo1\\dy2}}', '\\bin5 ', '\\pict ', '\\cell ', '\\row ', '\\trowd ', '\\\\', '\\{', '\\}', '\\~', '\\-', '\\tab '),
  fc.string({ maxLength: 12 }),
);
const rtfFile = fc.array(rtfPiece, { maxLength: 60 }).map((pieces) => `{\\rtf1${pieces.join('')}}`);

const transcriptLine = fc.oneof(
  fc.constantFrom('Interviewer: Wie kamen Sie nach Wien?', 'R1: Mit dem Zug.', '[00:01:02] Anna: Ja.', 'Q: ?', 'A:', 'Speaker 2 (00:03:11): Hm.', '', 'note: nicht sprechen', 'INTERVIEWER:   '),
  fc.tuple(fc.constantFrom('Anna', 'B1', 'I', 'Marko Petrović', 'Ф'), fc.string({ maxLength: 20 })).map(([name, rest]) => `${name}: ${rest}`),
  fc.string({ maxLength: 40 }),
);
const transcript = fc
  .tuple(fc.array(transcriptLine, { maxLength: 50 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, separator]) => lines.join(separator));

describe('the parsers never throw or hang', () => {
  it.each([
    ['parseVtt', (s: string) => parseVtt(s)],
    ['parseSrt', (s: string) => parseSrt(s)],
    ['parseRtf', (s: string) => parseRtf(s)],
    ['detectSpeakerTurns', (s: string) => detectSpeakerTurns(s)],
  ])('%s on arbitrary text', { timeout: FUZZ_TIMEOUT_MS }, (name, parse) => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => void withoutHang(() => parse(input), name)), fuzzParameters(300));
  });

  it('subtitle-shaped files give sound transcripts or plain refusals (as .vtt and .srt)', { timeout: FUZZ_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(subtitleFile, async (file) => {
        await extractChecked('cues.vtt', file);
        await extractChecked('cues.srt', file);
      }),
      fuzzParameters(300),
    );
  });

  it('RTF-shaped files give sound text or plain refusals', { timeout: FUZZ_TIMEOUT_MS }, async () => {
    await fc.assert(fc.asyncProperty(rtfFile, (file) => extractChecked('brief.rtf', file)), fuzzParameters(300));
  });

  it('transcript-shaped text gives turns inside the text, in order', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const turns = withoutHang(() => detectSpeakerTurns(text), 'detectSpeakerTurns');
        turns.forEach((turn, i) => {
          expect(turn.start).toBeGreaterThanOrEqual(0);
          expect(turn.end).toBeGreaterThanOrEqual(turn.start);
          expect(turn.end).toBeLessThanOrEqual(text.length);
          if (turns[i + 1]) expect(turn.end).toBeLessThanOrEqual(turns[i + 1]!.start);
          expect(text.slice(turn.start).startsWith(turn.speaker ?? '') || /^\[/.test(text.slice(turn.start))).toBe(true);
        });
      }),
      fuzzParameters(1_000),
    );
  });

  it.each([
    ['RTF nested 100,000 groups deep', `{\\rtf1${'{'.repeat(100_000)}Wien${'}'.repeat(100_000)}}`, 'deep.rtf'],
    ['RTF with a huge \\bin length', '{\\rtf1 Wien\\bin999999999 x}', 'bin.rtf'],
    ['RTF with a huge \\uc skip count', '{\\rtf1\\uc999999999 \\u1078 Wien}', 'uc.rtf'],
    ['RTF with a huge unicode value', '{\\rtf1 \\u99999999999? Wien}', 'u.rtf'],
    ['VTT with a million-hour timestamp', 'WEBVTT\n\n999999999:00:00.000 --> 999999999:00:01.000\nWien\n', 'long.vtt'],
    ['SRT cue with 50,000 lines', `1\n00:00:01,000 --> 00:00:02,000\n${'Wien\n'.repeat(50_000)}`, 'long.srt'],
    ['a transcript line of 200,000 characters', `Anna: ${'a'.repeat(200_000)}\nBo: x\nAnna: y\nBo: z\n`, 'long.txt'],
    ['20,000 speaker lines', 'Anna: ja\nBo: nein\n'.repeat(10_000), 'many.txt'],
  ])('%s', { timeout: FUZZ_TIMEOUT_MS }, async (_label, text, name) => {
    await extractChecked(name, text);
  });
});

// Round trip: cues printed as SRT / WebVTT read back as the same lines and times.
const cueWord = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüčšžабв'.split('')), { minLength: 1, maxLength: 8 }).map((c) => c.join(''));
const cue = fc
  .tuple(fc.integer({ min: 0, max: 36_000_000 }), fc.integer({ min: 0, max: 600_000 }), fc.array(fc.array(cueWord, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }))
  .map(([startMs, lengthMs, lines]) => ({ startMs, endMs: startMs + lengthMs, lines: lines.map((words) => words.join(' ')) }));

function clock(ms: number, separator: string): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${separator}${String(ms % 1000).padStart(3, '0')}`;
}

describe('subtitles read back what was written', () => {
  it.each([
    ['SRT', 'cues.srt', (cues: Array<{ startMs: number; endMs: number; lines: string[] }>) => cues.map((c, i) => `${i + 1}\n${clock(c.startMs, ',')} --> ${clock(c.endMs, ',')}\n${c.lines.join('\n')}\n`).join('\n')],
    ['WebVTT', 'cues.vtt', (cues: Array<{ startMs: number; endMs: number; lines: string[] }>) => `WEBVTT\n\n${cues.map((c) => `${clock(c.startMs, '.')} --> ${clock(c.endMs, '.')}\n${c.lines.join('\n')}\n`).join('\n')}`],
  ])('%s: text, turns and times', { timeout: FUZZ_TIMEOUT_MS }, async (_format, name, print) => {
    await fc.assert(
      fc.asyncProperty(fc.array(cue, { minLength: 1, maxLength: 12 }), async (cues) => {
        const result = await extractText({ name, path: name, bytes: encode(print(cues)) });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.text).toBe(cues.map((c) => c.lines.join(' ')).join('\n'));
        expect(result.value.turns.map((t) => [t.timeStart, t.timeEnd])).toEqual(cues.map((c) => [c.startMs / 1000, c.endMs / 1000]));
        expect(result.value.warnings).toEqual([]);
      }),
      fuzzParameters(300),
    );
  });
});
