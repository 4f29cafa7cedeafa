// RTF: the tokenizer's cases (code pages, \uN, destinations, info) and the corpus against striprtf's expected text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRtf } from '../../../shared/import/rtf';
import { corpusRoot, extractBytes, extractCorpus, hasCorpus, value } from './helpers';

describe('parseRtf', () => {
  it.each([
    ['paragraphs and lines', String.raw`{\rtf1\ansi First\par Second\line Third}`, 'First\nSecond\nThird'],
    ['\\\'hh in the default code page', String.raw`{\rtf1\ansi\ansicpg1252 caf\'e9 \'93quoted\'94}`, 'café “quoted”'],
    ['\\ansicpg1250', String.raw`{\rtf1\ansi\ansicpg1250 Zg\'b3oszenie w \'8crodzie}`, 'Zgłoszenie w Środzie'],
    ['font charset 204 (Cyrillic)', String.raw`{\rtf1\ansi{\fonttbl{\f0\fcharset0 Arial;}{\f1\fcharset204 Arial Cyr;}}\f1 \'cf\'f0\'e8\'e2\'e5\'f2 \f0 Hello}`, 'Привет Hello'],
    ['\\uN with its fallback skipped', String.raw`{\rtf1\ansi\uc1 Stra\u223?e und \u-3913?x}`, 'Straße und \uf0b7x'],
    ['\\uc2 skips two fallback characters', String.raw`{\rtf1\ansi\uc2\u8364\'80\'80 100}`, '€ 100'],
    ['\\uc0 skips none', String.raw`{\rtf1\ansi\uc0\u8364 5}`, '€5'],
    ['escaped braces and backslash', String.raw`{\rtf1 a\{b\}c\\d}`, 'a{b}c\\d'],
    ['skipped destinations', String.raw`{\rtf1{\colortbl;\red0;}{\stylesheet{\s1 heading 1;}}{\*\generator Word;}{\pict\pngblip 89504e47}{\header Kopf}Body}`, 'Body'],
    ['fields keep their result, not the instruction', String.raw`{\rtf1 See {\field{\*\fldinst HYPERLINK "https://x.org"}{\fldrslt the site}}.}`, 'See the site.'],
    ['table cells and rows', String.raw`{\rtf1 \trowd A\cell B\cell\row C\cell D\cell\row}`, 'A | B | \nC | D | \n'],
    ['a paragraph mark inside a table cell is a space', String.raw`{\rtf1 \trowd\pard\intbl Name,\par Vorname\cell X\cell\row\pard After}`, 'Name, Vorname | X | \nAfter'],
    ['nested table rows end at \\nesttableprops, \\nonesttables skipped', String.raw`{\rtf1 \pard\intbl\itap2 A\nestcell B\nestcell{\*\nesttableprops\trowd\nestrow}{\nonesttables\par}\pard\intbl Outer\cell\row}`, 'A | B | \nOuter | \n'],
    ['\\bin data skipped', String.raw`{\rtf1 a{\*\objdata \bin4 }}}}}b}`, 'ab'],
    ['special characters', String.raw`{\rtf1 a\emdash b\endash c\bullet d\~e\lquote f\rquote}`, 'a—b–c•d\u00a0e‘f’'],
  ])('%s', (_label, source, text) => {
    expect(parseRtf(source).text).toBe(text);
  });

  it('reads title, author and creation time from \\info, and footnotes separately', () => {
    const content = parseRtf(String.raw`{\rtf1{\info{\title Bericht Wien}{\author Anna K.}{\creatim\yr2021\mo3\dy4\hr10\min5}}Text{\footnote Quelle.} weiter}`);
    expect(content).toEqual({ text: 'Text weiter', footnotes: ['Quelle.'], title: 'Bericht Wien', author: 'Anna K.', created: '2021-03-04T10:05:00.000Z' });
  });

  it('does not throw on malformed input', () => {
    for (const source of ['{\\rtf1 {{{ unbalanced', '{\\rtf1 }}}} extra', "{\\rtf1 \\'zz \\u \\uc \\bin999999", '{\\rtf1 \\'])
      expect(() => parseRtf(source)).not.toThrow();
  });
});

describe('RTF extraction', () => {
  it('refuses a file that is not RTF', async () => {
    const result = await extractBytes('fake.rtf', 'Hello, plain text');
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });

  it('puts footnotes in a Footnotes section and info into title and metadata', async () => {
    const doc = value(await extractBytes('note.rtf', String.raw`{\rtf1{\info{\title Graz}{\author Team}}Haupttext{\footnote Anmerkung.}\par}`));
    expect(doc.text).toBe('Haupttext\n\nFootnotes\n\n1. Anmerkung.');
    expect(doc.title).toBe('Graz');
    expect(doc.metadata.author).toBe('Team');
  });
});

const words = (s: string) => s.replace(/\|/g, ' ').split(/\s+/).filter(Boolean);

describe.skipIf(!hasCorpus)('RTF corpus files', () => {
  it.each([
    ['rtf/striprtf-ansicpg1250-polish.rtf', 'rtf/expected-text/striprtf-ansicpg1250-polish.txt'],
    ['rtf/striprtf-BVWGT_20241227_W258_2227269.rtf', 'rtf/expected-text/striprtf-BVWGT_20241227_W258_2227269.txt'],
  ])('%s matches striprtf\'s expected words', async (file, expectedFile) => {
    const expected = words(fs.readFileSync(path.join(corpusRoot, expectedFile), 'utf8'));
    const actual = words(value(await extractCorpus(file)).text);
    const expectedSet = new Set(expected);
    const shared = actual.filter((w) => expectedSet.has(w)).length;
    expect(shared / expected.length).toBeGreaterThan(0.98);
    expect(Math.abs(actual.length - expected.length) / expected.length).toBeLessThan(0.02);
  });

  it.each([
    ['rtf/striprtf-ansicpg1250-polish.rtf', 'Proszę o zapoznanie się z poniższą klauzulą informacyjną.'],
    ['rtf/striprtf-issue_29-ukrainian-cp1251.rtf', 'Таблиця розподілу номерного ресурсу'],
    ['rtf/pandoc-accent.rtf', 'le café où on ne fume pas'],
    ['rtf/striprtf-TX_RTF32-symbols.rtf', '≤'],
    ['rtf/striprtf-Speiseplan-german.rtf', 'Gemüserostbraten'],
  ])('%s contains %s', async (file, expected) => {
    const doc = value(await extractCorpus(file));
    expect(doc.text).toContain(expected);
    expect(doc.text).not.toContain('\ufffd');
  });

  it('reads \\info from a Word RTF', async () => {
    const doc = value(await extractCorpus('rtf/striprtf-ansicpg1250-polish.rtf'));
    expect(doc.metadata.author).toBe('AMiszcz');
  });
});
