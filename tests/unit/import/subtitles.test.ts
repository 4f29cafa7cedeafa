// WebVTT and SRT: cues become lines and turns with times and speakers; malformed cues are skipped with a warning.
import { describe, expect, it } from 'vitest';
import { cueText } from '../../../shared/import/cues';
import { parseSrt } from '../../../shared/import/srt';
import { parseVtt, vttTime } from '../../../shared/import/vtt';
import { extractBytes, extractCorpus, hasCorpus, value } from './helpers';

describe('cueText', () => {
  it.each([
    [['<v Roger Bingham>We are in New York City'], { text: 'We are in New York City', speaker: 'Roger Bingham' }],
    [['<v.loud Esme>It’s a <i>blue</i> apple tree!</v>'], { text: 'It’s a blue apple tree!', speaker: 'Esme' }],
    [['Interviewer: Where do you live?'], { text: 'Interviewer: Where do you live?', speaker: 'Interviewer' }],
    [['{\\an8}<font color="#ff0000">Red</font> <b>bold</b>'], { text: 'Red bold' }],
    [['Fish &amp; chips &lt;3', 'second line'], { text: 'Fish & chips <3 second line' }],
    [['<c.yellow>Hee!</c> <00:00:01.500>Hee!'], { text: 'Hee! Hee!' }],
  ])('%j', (lines, expected) => expect(cueText(lines)).toEqual(expected));
});

describe('parseVtt', () => {
  it.each([
    ['00:01.000', 1],
    ['01:02:03.250', 3723.25],
    ['00:60.000', undefined],
    ['00:00.00', undefined],
    ['x00:00.000', undefined],
  ])('time %s → %s', (s, seconds) => expect(vttTime(s)).toBe(seconds));

  it('skips NOTE, STYLE and REGION blocks, reads identifiers, warns about malformed cues', () => {
    const source = [
      'WEBVTT - interview', '', 'REGION', 'id:fred', '', 'STYLE', '::cue { color: red }', '', 'NOTE a comment', '',
      'intro', '00:00:01.000 --> 00:00:02.000 align:start', '<v Anna>Hallo', '',
      'no timing here', 'just text', '',
      '00:00:03.000 --> 00:00:xx', 'bad time', '',
      '00:04.000-->00:05.000', 'no spaces around the arrow',
    ].join('\n');
    const { cues, warnings, signature } = parseVtt(source);
    expect(signature).toBe(true);
    expect(cues.map((c) => [c.timeStart, c.timeEnd, c.lines])).toEqual([
      [1, 2, ['<v Anna>Hallo']],
      [4, 5, ['no spaces around the arrow']],
    ]);
    expect(warnings).toEqual([
      'skipped malformed cue 2 (no timing line)',
      'skipped malformed cue 3 (bad time "00:00:03.000 --> 00:00:xx")',
    ]);
  });
});

describe('parseSrt', () => {
  it('reads indexed cues, cues without index lines, and warns about bad timing lines', () => {
    const source = ['1', '00:00:01,000 --> 00:00:02,500', 'Hello', 'there', '', '00:00:03,000 --> 00:00:04,000', 'No index'].join('\n');
    const { cues, warnings } = parseSrt(source);
    expect(cues.map((c) => [c.timeStart, c.timeEnd, c.lines])).toEqual([
      [1, 2.5, ['Hello', 'there']],
      [3, 4, ['No index']],
    ]);
    expect(warnings).toHaveLength(0);
    const bad = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:xx,000 --> 00:00:03,000\nbroken\n');
    expect(bad.cues).toHaveLength(1);
    expect(bad.warnings[0]).toMatch(/^skipped malformed cue 2 \(bad timing line/);
    const stray = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nok\n\nstray words\n');
    expect(stray.warnings).toEqual(['skipped text outside any cue near line 5']);
  });
});

describe('subtitle extraction', () => {
  it('makes one line per cue, turns with times, and merges consecutive cues of one speaker', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>Wie lange sind Sie in Graz?\n\n00:00:02.500 --> 00:00:04.000\n<v Omar>Seit 2015.\n\n00:00:04.000 --> 00:00:06.000\n<v Omar>Mit meiner Familie.\n';
    const doc = value(await extractBytes('graz.vtt', vtt));
    expect(doc.text).toBe('Anna: Wie lange sind Sie in Graz?\nOmar: Seit 2015.\nMit meiner Familie.');
    expect(doc.turns).toEqual([
      { start: 0, end: 33, speaker: 'Anna', timeStart: 1, timeEnd: 2 },
      { start: 34, end: doc.text.length, speaker: 'Omar', timeStart: 2.5, timeEnd: 6 },
    ]);
    expect(doc.kind).toBe('transcript');
  });

  it('reads SRT with "Name:" speakers', async () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:03,000\r\nInterviewer: Hello.\r\n\r\n2\r\n00:00:03,000 --> 00:00:05,000\r\nMaria: Hi!\r\n';
    const doc = value(await extractBytes('talk.srt', srt));
    expect(doc.turns.map((t) => [t.speaker, t.timeStart, t.timeEnd])).toEqual([
      ['Interviewer', 1, 3],
      ['Maria', 3, 5],
    ]);
  });

  it.each([
    ['no.vtt', 'Hello\n\n00:01.000 --> 00:02.000\nx', 'corrupt', /not a WebVTT file/],
    ['bad.vtt', 'WEBVTT\n\n00:01.00 --> 00:02.000\nx', 'corrupt', /no cue could be read/],
    ['zero.vtt', 'WEBVTT\n', 'empty', /no subtitle cues/],
    ['notsrt.srt', 'just some words', 'corrupt', /not a SubRip file/],
  ])('%s fails as %s', async (name, content, code, message) => {
    const result = await extractBytes(name, content);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});

describe.skipIf(!hasCorpus)('subtitle corpus files', () => {
  it('reads the voices of a real talk transcript', async () => {
    const doc = value(await extractCorpus('transcripts/vtt/vttjs-cycle-collector-talk.vtt'));
    expect(new Set(doc.turns.map((t) => t.speaker))).toEqual(new Set(['Kyle Huey', 'Chris Pearce']));
    expect(doc.turns[0]!.timeStart).toBeGreaterThanOrEqual(0);
  });

  it('skips the invalid timings of w3c-timings-60 with warnings but keeps the valid cues', async () => {
    const doc = value(await extractCorpus('transcripts/vtt/w3c-timings-60.vtt'));
    expect(doc.text).toBe('text1\ntext2');
    expect(doc.warnings.length).toBeGreaterThan(0);
  });

  it.each([
    ['transcripts/srt/pysrt-utf-8-french.srt', 1332],
    ['transcripts/srt/pysrt-windows-1252-french.srt', 1332],
    ['transcripts/srt/pysrt-bom-utf-16-le.srt', 7],
    ['transcripts/srt/pysrt-bom-utf-32-le.srt', 7],
    ['transcripts/srt/pysrt-no-indexes.srt', 7],
  ])('%s has %d cues', async (file, count) => {
    const doc = value(await extractCorpus(file));
    expect(doc.turns).toHaveLength(count);
    expect(doc.text).not.toContain('\ufffd');
  });

  it('strips tags and ASS codes from the capability tester', async () => {
    const doc = value(await extractCorpus('transcripts/srt/pysrt-capability_tester.srt'));
    expect(doc.text).not.toMatch(/<\/?(b|i|u|font)\b|\{\\an\d\}/);
  });

  it.each([
    ['transcripts/vtt/vttjs-garbage-signature.vtt', 'corrupt'],
    ['transcripts/vtt/vttjs-bom-garbage-data.vtt', 'corrupt'],
    ['transcripts/vtt/vttjs-blank-file.vtt', 'empty'],
    ['transcripts/vtt/vttjs-blank-file-with-bom.vtt', 'empty'],
    ['transcripts/vtt/w3c-timings-garbage.vtt', 'corrupt'],
  ])('%s fails as %s', async (file, code) => {
    expect(await extractCorpus(file)).toMatchObject({ ok: false, error: { code } });
  });
});
