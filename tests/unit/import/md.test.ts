// Markdown: front matter as attributes and title, plain text with headings, lists and tables kept readable.
import { describe, expect, it } from 'vitest';
import { frontMatter } from '../../../shared/import/md';
import { extractBytes, extractCorpus, hasCorpus, value } from './helpers';

describe('frontMatter', () => {
  it.each([
    ['scalars and dates', '---\ntitle: Interview Graz\ndate: 2023-05-12\ncity: Graz\nparticipants: 3\nconsent: true\n---\nBody', { title: 'Interview Graz', date: '2023-05-12', city: 'Graz', participants: 3, consent: true }],
    ['lists and nested maps', '---\ntags: [housing, work]\nplace:\n  city: Brno\n---\nBody', { tags: 'housing, work', place: '{"city":"Brno"}' }],
    ['no front matter', '# Title\nBody', {}],
  ])('%s', (_label, source, attributes) => {
    expect(frontMatter(source).attributes).toEqual(attributes);
  });

  it('keeps the text and warns when the YAML is broken', () => {
    const result = frontMatter('---\ntitle: [unclosed\n---\nBody');
    expect(result.attributes).toEqual({});
    expect(result.body).toContain('Body');
    expect(result.warning).toMatch(/not valid YAML/);
  });
});

describe('Markdown extraction', () => {
  const source = [
    '---',
    'title: Fokusgruppe Wien',
    'author: Team A',
    'date: 2024-02-01',
    '---',
    '# Wohnen in Wien',
    '',
    'Die **Mieten** steigen &amp; die [Wartelisten](https://example.org) wachsen.',
    '',
    '## Arbeit',
    '',
    '- erste Stelle',
    '- zweite Stelle',
    '  1. Praktikum',
    '',
    '| Stadt | Anteil |',
    '| --- | --- |',
    '| Wien | 30 % |',
    '',
    '<script>alert(1)</script>',
    '',
    '> Zitat aus dem Interview',
  ].join('\n');

  it('turns front matter into attributes, title and metadata', async () => {
    const doc = value(await extractBytes('wien.md', source));
    expect(doc.title).toBe('Fokusgruppe Wien');
    expect(doc.attributes).toMatchObject({ author: 'Team A', date: '2024-02-01' });
    expect(doc.metadata).toMatchObject({ author: 'Team A', date: '2024-02-01', encoding: 'utf-8' });
  });

  it('gives plain text with heading offsets, lists, tables, and no markup or script', async () => {
    const doc = value(await extractBytes('wien.md', source));
    expect(doc.text).toContain('Die Mieten steigen & die Wartelisten wachsen.');
    expect(doc.text).toContain('• erste Stelle\n• zweite Stelle\n  1. Praktikum');
    expect(doc.text).toContain('Stadt | Anteil\nWien | 30 %');
    expect(doc.text).toContain('Zitat aus dem Interview');
    expect(doc.text).not.toMatch(/\*\*|\]\(|alert|<script/);
    expect(doc.headings.map((h) => [doc.text.slice(h.start, h.end), h.level])).toEqual([
      ['Wohnen in Wien', 1],
      ['Arbeit', 2],
    ]);
  });
});

describe.skipIf(!hasCorpus)('Markdown corpus files', () => {
  it('reads the oral-history primer with its HTML tables and headings', async () => {
    const doc = value(await extractCorpus('md/oral-history-interviews-data-curation-primer.md'));
    expect(doc.headings.length).toBeGreaterThan(10);
    expect(doc.text).toContain('Oral History Interviews Data Curation Primer');
    expect(doc.text).not.toMatch(/<\/?(table|td|tr|ul|li)\b/);
  });

  it('reads an interview transcript in German with its question headings', async () => {
    const doc = value(await extractCorpus('interviews/eth-hci-needfinding-md/Germain-transcript-de.md'));
    expect(doc.language).toBe('deu');
    expect(doc.headings.some((h) => doc.text.slice(h.start, h.end).startsWith('Question 1'))).toBe(true);
  });
});
