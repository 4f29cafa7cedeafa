// Word documents: generated ones (headings, lists, tables, notes, properties), zip bombs, and the real corpus files.
import { Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractCorpus, hasCorpus, value } from './helpers';

async function generatedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Interview Linz',
    creator: 'Forschungsteam',
    footnotes: { 1: { children: [new Paragraph('Name geändert.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ankommen in Linz', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Ich kam 2016 nach Linz'), new FootnoteReferenceRun(1), new TextRun('.')] }),
          new Paragraph({ text: 'Wohnungssuche', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'erster Punkt', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Jahr')] }), new TableCell({ children: [new Paragraph('Ort')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('2016')] }), new TableCell({ children: [new Paragraph('Linz')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX extraction', () => {
  it('reads headings with offsets, paragraphs, lists, tables, footnotes and properties', async () => {
    const doc = value(await extractBytes('linz.docx', await generatedDocx()));
    expect(doc.title).toBe('Interview Linz');
    expect(doc.metadata.author).toBe('Forschungsteam');
    expect(doc.metadata.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(doc.text).toContain('Ich kam 2016 nach Linz[1].');
    expect(doc.text).toContain('• erster Punkt');
    expect(doc.text).toContain('Jahr | Ort\n2016 | Linz');
    expect(doc.text).toMatch(/Footnotes\n\n1\. Name geändert\./);
    const headings = doc.headings.map((h) => [doc.text.slice(h.start, h.end), h.level]);
    expect(headings).toEqual(expect.arrayContaining([['Ankommen in Linz', 1], ['Wohnungssuche', 2], ['Footnotes', 2]]));
  });

  it('refuses a zip bomb from its declared sizes before inflating it', async () => {
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': new Uint8Array(3_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const result = await extractBytes('bomb.docx', bomb, { limits: { maxUncompressedBytes: 1_000_000 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toMatch(/^bomb\.docx unpacks to 2\.9 MB.*zip bomb/);
  });

  it.each([
    ['not a zip at all', new TextEncoder().encode('just text pretending to be Word'), 'corrupt'],
    ['a zip without a Word document', zipSync({ 'hello.txt': new TextEncoder().encode('hi') }), 'corrupt'],
    ['a truncated Word file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'corrupt'],
  ])('fails with a reason for %s', async (_label, bytes, code) => {
    const result = await extractBytes('broken.docx', bytes);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(/^broken\.docx is damaged and cannot be read: /);
  });
});

describe('DOCX headers and footers', () => {
  it('keeps header and footer text as sections at the end, without the bare page number', async () => {
    const doc = new Document({
      sections: [
        {
          headers: {
            default: new Header({ children: [new Paragraph('Projekt MIGCITY: Interview 12')] }),
            first: new Header({ children: [new Paragraph('Projekt MIGCITY: Interview 12')] }),
          },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Seite ', PageNumber.CURRENT] })] }), new Paragraph('Vertraulich')] }) },
          children: [new Paragraph('Ich kam 2016 nach Linz.')],
        },
      ],
    });
    const extraction = value(await extractBytes('kopf.docx', new Uint8Array(await Packer.toBuffer(doc))));
    expect(extraction.text).toBe('Ich kam 2016 nach Linz.\n\nHeaders\n\nProjekt MIGCITY: Interview 12\n\nFooters\n\nVertraulich');
    expect(extraction.headings.map((h) => extraction.text.slice(h.start, h.end))).toEqual(['Headers', 'Footers']);
  });
});

describe.skipIf(!hasCorpus)('DOCX corpus files', () => {
  it.each([
    ['docx/pydocx-hdr-header-footer.docx', 'Header for section-1', 'Footer for section 1'],
    ['docx/pydocx-doc-odd-even-hdrs.docx', 'Even page header.\nOdd page header.', null],
    ['docx/pydocx-sct-first-page-hdrftr.docx', 'Default (odd, primary) Header', null],
  ])('keeps the headers and footers of %s', async (file, header, footer) => {
    const { text } = value(await extractCorpus(file));
    expect(text.slice(text.indexOf('Headers\n\n') + 9)).toContain(header);
    if (footer) expect(text.slice(text.indexOf('Footers\n\n') + 9)).toContain(footer);
    else expect(text).not.toContain('Footers');
  });

  it.each([
    ['docx/mammoth-strict-format.docx', 'Test'],
    ['docx/pandoc-alternate_document_path.docx', 'This is'],
    ['docx/pandoc-ns0-reference.docx', 'ref'],
    ['docx/mammoth-utf8-bom.docx', 'This XML has a byte order mark.'],
    ['docx/mammoth-text-box.docx', 'Datum plane'],
    ['docx/pandoc-unicode.docx', '€'],
  ])('%s yields its text', async (file, expected) => {
    expect(value(await extractCorpus(file)).text).toContain(expected);
  });

  it('resolves tracked changes as accepted: insertions kept, deletions gone, moves once', async () => {
    expect(value(await extractCorpus('docx/pandoc-track_changes_insertion.docx')).text).toBe('This is a text with two exciting insertions.');
    const deletion = value(await extractCorpus('docx/pandoc-track_changes_deletion.docx')).text;
    expect(deletion).toBe('This is a text with a deletion.');
    expect(deletion).not.toContain('excessively modified');
    const moved = value(await extractCorpus('docx/pandoc-track_changes_move.docx')).text;
    expect(moved.match(/Here is the text to be moved\./g)).toHaveLength(1);
  });

  it('keeps comments, footnotes and endnotes as readable sections', async () => {
    const comments = value(await extractCorpus('docx/mammoth-comments.docx')).text;
    expect(comments).toMatch(/Comments\n\nComment \[MW1\]\n\nA tachyon walks into a bar\./);
    const notes = value(await extractCorpus('docx/pandoc-notes.docx')).text;
    expect(notes).toMatch(/Footnotes\n\n1\. My note\./);
    expect(notes).toMatch(/Endnotes\n\n2\. This is an endnote/);
  });

  it('keeps the text of SmartArt diagrams in a Diagrams section', async () => {
    expect(value(await extractCorpus('docx/pandoc-diagram.docx')).text).toBe('Diagram after:\n\nDiagrams\n\ntop\nmiddle\nbottom');
  });

  it('separates table cells readably', async () => {
    expect(value(await extractCorpus('docx/mammoth-tables.docx')).text).toBe('Above\n\nTop left | Top right\nBottom left | Bottom right\n\nBelow');
  });

  it('reads document properties, and works without them', async () => {
    const withProps = value(await extractCorpus('docx/mammoth-footnotes.docx'));
    expect(withProps.metadata).toMatchObject({ author: 'Michael Williamson', created: '2014-06-10T11:09:00.000Z' });
    const result = await extractCorpus('docx/pydocx-doc-no-coreprops.docx');
    expect(result).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('finds the speaker turns in a real interview transcript', async () => {
    const doc = value(await extractCorpus('interviews/sheffield-open-qual/Lisa.docx'));
    const speakers = new Set(doc.turns.map((t) => t.speaker));
    expect(speakers).toContain('Researcher 1');
    expect(doc.turns.length).toBeGreaterThan(50);
    expect(doc.kind).toBe('interview');
  });

  it.each([
    ['docx/not-a-docx-empty.zip.docx', 'corrupt'],
    ['docx/not-a-docx-hello.zip.docx', 'corrupt'],
    ['docx/pydocx-tbl-having-tables.docx', 'empty'],
  ])('%s fails as %s', async (file, code) => {
    expect(await extractCorpus(file)).toMatchObject({ ok: false, error: { code } });
  });
});
