// Paragraph content: the editor's JSON read as styled runs and lists, plain text made into editor JSON.
import { describe, expect, it } from 'vitest';
import { plainTextOf, richParagraphs, richTextOf } from '../../../shared/chapters';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]) => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });

describe('richParagraphs', () => {
  it.each([
    ['bold and italic runs', doc(p(t('Rent is '), t('high', 'bold'), t(' in '), t('Wien', 'italic', 'bold'))), [{ runs: [{ text: 'Rent is ' }, { text: 'high', bold: true }, { text: ' in ' }, { text: 'Wien', bold: true, italic: true }] }]],
    ['a hard break', doc(p(t('a'), { type: 'hardBreak' }, t('b'))), [{ runs: [{ text: 'a' }, { text: '', break: true }, { text: 'b' }] }]],
    [
      'nested lists',
      doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one')), { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('one.a'))] }] }] }] }),
      [
        { runs: [{ text: 'one' }], list: { kind: 'bullet', level: 0 } },
        { runs: [{ text: 'one.a' }], list: { kind: 'ordered', level: 1 } },
      ],
    ],
    ['a heading and a blockquote', doc({ type: 'heading', attrs: { level: 5 }, content: [t('H')] }, { type: 'blockquote', content: [p(t('q'))] }), [{ runs: [{ text: 'H' }], heading: 3 }, { runs: [{ text: 'q' }], blockquote: true }]],
    ['an empty paragraph', doc({ type: 'paragraph' }), [{ runs: [] }]],
    ['plain text (older content)', 'Erste Zeile.\n\n„Zweite“ 🙂', [{ runs: [{ text: 'Erste Zeile.' }] }, { runs: [{ text: '„Zweite“ 🙂' }] }]],
    ['malformed content', { type: 'doc', content: [null, 3, { type: 'paragraph', content: [{ text: 42 }] }] }, [{ runs: [] }]],
    ['nothing', undefined, []],
  ])('reads %s', (_what, content, expected) => {
    expect(richParagraphs(content)).toEqual(expected);
  });
});

describe('richTextOf', () => {
  it('makes one paragraph per blank-line-separated part, with a bold lead-in, and reads back the same text', () => {
    const content = richTextOf('Wohnungen sind knapp.\n\nЖилищата са скъпи.', 'Berlin.');
    expect(richParagraphs(content)).toEqual([
      { runs: [{ text: 'Berlin.', bold: true }, { text: ' ' }, { text: 'Wohnungen sind knapp.' }] },
      { runs: [{ text: 'Жилищата са скъпи.' }] },
    ]);
    expect(plainTextOf(content)).toBe('Berlin. Wohnungen sind knapp.\n\nЖилищата са скъпи.');
  });

  it('gives an empty document one empty paragraph', () => {
    expect(richTextOf('  ')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
