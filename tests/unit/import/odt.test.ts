// OpenDocument text: generated packages (headings, lists, tables, spaces, notes, tracked changes) and corpus files.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractCorpus, hasCorpus, value } from './helpers';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

function odt(body: string, meta = ''): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`),
    'meta.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS}><office:meta>${meta}</office:meta></office:document-meta>`),
  });
}

describe('ODT extraction', () => {
  it('reads headings, paragraphs, spacing elements, lists, tables, notes and comments', async () => {
    const body = [
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>gelöschter Satz</text:p></text:deletion></text:changed-region></text:tracked-changes>',
      '<text:h text:outline-level="1">Ankunft in Bratislava</text:h>',
      '<text:p>Erste<text:s text:c="3"/>Zeile<text:tab/>Tab<text:line-break/>zweite Zeile<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Anonymisiert.</text:p></text:note-body></text:note>.</text:p>',
      '<text:p>Kommentiert<office:annotation><dc:creator>Eva</dc:creator><text:p>Nachfragen!</text:p></office:annotation> hier.</text:p>',
      '<text:h text:outline-level="2">Arbeit</text:h>',
      '<text:list><text:list-item><text:p>Punkt eins</text:p></text:list-item><text:list-item><text:p>Punkt zwei</text:p></text:list-item></text:list>',
      '<table:table><table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>C1</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>A2</text:p></table:table-cell></table:table-row></table:table>',
    ].join('');
    const meta = '<dc:title>Interview Bratislava</dc:title><meta:initial-creator>Team B</meta:initial-creator><meta:creation-date>2024-03-01T10:00:00</meta:creation-date><meta:document-statistic meta:page-count="2"/>';
    const doc = value(await extractBytes('bratislava.odt', odt(body, meta)));
    expect(doc.text).toBe(
      [
        'Ankunft in Bratislava',
        'Erste   Zeile\tTab\nzweite Zeile[1].',
        'Kommentiert hier.',
        'Arbeit',
        '• Punkt eins\n• Punkt zwei',
        'A1 | C1\nA2',
        'Footnotes',
        '1. Anonymisiert.',
        'Comments',
        'Eva: Nachfragen!',
      ].join('\n\n'),
    );
    expect(doc.headings.map((h) => [doc.text.slice(h.start, h.end), h.level])).toEqual([
      ['Ankunft in Bratislava', 1],
      ['Arbeit', 2],
      ['Footnotes', 2],
      ['Comments', 2],
    ]);
    expect(doc.title).toBe('Interview Bratislava');
    expect(doc.metadata).toMatchObject({ author: 'Team B', pageCount: 2 });
    expect(doc.text).not.toContain('gelöschter Satz');
  });

  it('refuses XML with entity declarations (no "billion laughs")', async () => {
    const bytes = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>'),
    });
    const result = await extractBytes('laughs.odt', bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });

  it('says what is wrong with a zip that is not an ODT', async () => {
    const result = await extractBytes('other.odt', zipSync({ 'a.txt': strToU8('x') }));
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt', message: 'other.odt is damaged and cannot be read: it is a zip file but not an OpenDocument text (it has no content.xml)' } });
  });
});

describe.skipIf(!hasCorpus)('ODT corpus files', () => {
  it.each([
    ['odt/pandoc-footnote.odt', 'Some text[1] with a footnote.\n\nFootnotes\n\n1. Footnote text'],
    ['odt/pandoc-endnote.odt', 'Some text[i] with an endnote.\n\nEndnotes\n\ni. Endnote text'],
    ['odt/pandoc-trackedChanges.odt', 'Some text with  and inserted text.'],
    ['odt/pandoc-headers.odt', 'A header (Lv 1)\n\nA paragraph\n\nAnother header (Lv 2)\n\nAnother paragraph\n\nBack to Level 1'],
  ])('%s', async (file, text) => {
    expect(value(await extractCorpus(file)).text).toBe(text);
  });

  it('reads heading levels and the QualCoder interview', async () => {
    const headers = value(await extractCorpus('odt/pandoc-headers.odt'));
    expect(headers.headings.map((h) => h.level)).toEqual([1, 2, 1]);
    const interview = value(await extractCorpus('odt/qualcoder-ID2.odt'));
    expect(interview.text).toContain('my father Joe Bloggs');
    expect(interview.metadata.author).toBe('colin-2');
  });
});
