// Speaker turns in plain transcripts: the labels recognised, and reports that must not become transcripts.
import { describe, expect, it } from 'vitest';
import { detectSpeakerTurns, parseTimestamp } from '../../../shared/import/speakers';

const speakersOf = (text: string) => detectSpeakerTurns(text).map((t) => t.speaker);

describe('detectSpeakerTurns', () => {
  it.each([
    ['Interviewer / Respondent', 'Interviewer: How long have you lived in Vienna?\nRespondent: Ten years.\nInterviewer: And before?\nRespondent: Graz.', ['Interviewer', 'Respondent', 'Interviewer', 'Respondent']],
    ['Q / A', 'Q: Where do you work?\nA: In a bakery.\nQ: Since when?\nA: Since 2019.', ['Q', 'A', 'Q', 'A']],
    ['I / R1 codes', 'I: Erzählen Sie mal.\nR1: Also, ich bin 2015 gekommen.\nI: Und dann?\nR1: Dann Deutschkurs.', ['I', 'R1', 'I', 'R1']],
    ['[hh:mm:ss] Name:', '[00:01:02] Anna: Hallo.\n[00:01:10] Marek: Dzień dobry.\n[00:01:15] Anna: Wie geht es?\n[00:01:20] Marek: Gut.', ['Anna', 'Marek', 'Anna', 'Marek']],
    ['hh:mm:ss Name:', '00:00:05 Moderator: Welcome.\n00:00:09 Ahmed: Thanks.\n00:00:12 Moderator: Start?\n00:00:15 Ahmed: Yes.', ['Moderator', 'Ahmed', 'Moderator', 'Ahmed']],
    ['Name (hh:mm:ss):', 'Lena (00:00:01): Hi.\nOmar (00:00:04): Hello.\nLena (00:00:08): Ready?\nOmar (00:00:10): Ready.', ['Lena', 'Omar', 'Lena', 'Omar']],
    ['[id1] tags', '[id1] I like the course.\n\n[id2] Too many slides.\n\n[id1] But it helped.\n\n[id2] Maybe.', ['id1', 'id2', 'id1', 'id2']],
    ['label alone on its line', 'Researcher 1:\n\nWelcome.\n\nLisa:\n\nThank you.\n\nResearcher 1:\n\nSo.\n\nLisa:\n\nYes.', ['Researcher 1', 'Lisa', 'Researcher 1', 'Lisa']],
  ])('recognises %s', (_label, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    ['a report with notes', 'The city adopted a plan.\nNote: figures are from 2020.\nSource: Eurostat.\nNote: see annex.\nSource: OECD.\nMore text follows here.'],
    ['YAML-like keys', 'int: 7\nfloat: 1.5\nbool: true\nint: 8\nfloat: 2.5\nbool: false'],
    ['one recurring label only', 'Suppe: Linsen\nSuppe: Tomaten\nSuppe: Erbsen\nSuppe: Kürbis'],
    ['too few labelled lines', 'Interviewer: Hello.\nRespondent: Hi.\nThe rest is a long narrative without labels.'],
    ['labelled lines drowned in prose', `${'Plain prose line about housing policy.\n'.repeat(60)}Mayor: We will build.\nCouncil: We agree.\nMayor: Good.\nCouncil: Yes.`],
  ])('finds none in %s', (_label, text) => {
    expect(detectSpeakerTurns(text)).toEqual([]);
  });

  it('gives offsets that cover each turn up to the next one, and the time', () => {
    const text = 'Header line\n[00:00:05] Anna: Hallo.\nmore from Anna\n\n[00:01:00] Marek: Hi.\n[00:01:30] Anna: Bye.\n[00:02:00] Marek: Bye.';
    const turns = detectSpeakerTurns(text);
    expect(turns[0]).toEqual({ start: 12, end: text.indexOf('\n\n[00:01:00]'), speaker: 'Anna', timeStart: 5 });
    expect(text.slice(turns[0]!.start, turns[0]!.end)).toBe('[00:00:05] Anna: Hallo.\nmore from Anna');
    expect(turns[1]).toMatchObject({ speaker: 'Marek', timeStart: 60 });
    expect(turns.at(-1)!.end).toBe(text.length);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['00:01:02', 62],
    ['1:02', 62],
    ['01:00:00.5', 3600.5],
    ['00:00:01,250', 1.25],
  ])('%s is %d s', (s, seconds) => expect(parseTimestamp(s)).toBe(seconds));
});
