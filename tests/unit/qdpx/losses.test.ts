// Importing another tool's project: what comes along (passages after emoji, notes, cases, variables) and the loss report.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocumentText, type RepositoryDb } from '../../../shared/db';
import { importQdpx, type QdpxImportReport } from '../../../shared/qdpx';
import { freshDb, testContext } from '../../helpers';
import { corpusRoot, nodePdfOptions } from '../import/helpers';
import { craftedPackage, craftedQde } from './crafted-project';

async function imported(bytes: Uint8Array): Promise<{ db: RepositoryDb; report: QdpxImportReport }> {
  const db = freshDb();
  const result = await importQdpx(bytes, db, testContext, { loadPdfjs: nodePdfOptions.loadPdfjs!, pdfjsDocumentOptions: nodePdfOptions.pdfjsDocumentOptions!, fileName: 'crafted.qdpx' });
  if (!result.ok) throw new Error(result.error.message);
  return { db, report: result.value };
}

async function quotes(db: RepositoryDb) {
  const themes = new Map((await db.themes.toArray()).map((t) => [t.id, t.name]));
  const cities = new Map((await db.cities.toArray()).map((c) => [c.id, c.name]));
  const rows = [];
  for (const s of await db.segments.toArray()) {
    rows.push({ quote: (await getDocumentText(db, s.documentId)).slice(s.start, s.end), themes: s.themeIds.map((t) => themes.get(t)).sort(), coder: s.coder, city: s.cityId ? cities.get(s.cityId) : null, memo: s.memo });
  }
  return rows.sort((a, b) => a.quote.localeCompare(b.quote));
}

describe('importQdpx of another tool\'s project', () => {
  it('codes the right text after an emoji and in Cyrillic, with coders, a case override and document themes', async () => {
    const { db, report } = await imported(craftedPackage());
    expect(await quotes(db)).toEqual([
      { quote: 'Arbeit', themes: ['Work'], coder: 'Tester', city: null, memo: '' },
      { quote: 'Wohnung', themes: ['Housing', 'Rent'], coder: 'Ben Weiß', city: null, memo: '' },
      { quote: 'Наем висок', themes: ['Work'], coder: 'Tester', city: 'Wien', memo: 'Bulgarian sentence' },
    ]);
    expect(report).toMatchObject({
      projectName: 'Crafted study', origin: 'OtherTool 3.1', documents: { added: 2, reused: 0 }, themes: { added: 3, kept: 0 },
      cities: { added: 1, kept: 0 }, attributes: { added: 3 }, segments: { added: 3, alreadyPresent: 0 }, coders: ['Ana Horvat', 'Ben Weiß', 'Tester'],
    });
    const interview = (await db.documents.where('title').equals('Interview Ana').first())!;
    const housing = (await db.themes.where('name').equals('Housing').first())!;
    const wien = (await db.cities.where('name').equals('Wien').first())!;
    expect(interview).toMatchObject({ themeIds: [housing.id], cityIds: [wien.id], attributes: { Age: 42, Recorded: '2024-05-01T10:00:00Z' } });
    expect(await getDocumentText(db, interview.id)).toBe('Interview 🏠 Wohnung ist teuer. Наем висок. Práce v Brně je.');
    expect(housing.colour).toBe('#33aa33');
    expect(wien.attributes).toEqual({ Population: 1982097 });
  });

  it('turns notes into memos on their code, passage, city and the repository', async () => {
    const { db } = await imported(craftedPackage());
    const memos = (await db.memos.toArray()).map((m) => [m.targetType, m.title, m.text, m.coder]).sort();
    expect(memos).toEqual([
      ['city', 'Description', 'Capital of Austria', 'Tester'],
      ['document', 'Description', 'First interview', 'Tester'],
      ['repository', 'Loose note', 'Nobody refers to me.', 'Tester'],
      ['segment', 'On Bulgarian', 'Check the translation.', 'Tester'],
      ['theme', 'On housing', 'Housing is the gate.', 'Ben Weiß'],
    ]);
  });

  it('lists every item it could not represent, with the reason and the line', async () => {
    const { report } = await imported(craftedPackage());
    const lines = craftedQde().split('\n');
    /** The line of project.qde that holds `snippet`. */
    const at = (snippet: string) => lines.findIndex((l) => l.includes(snippet)) + 1;
    expect(report.losses.map((l) => [l.kind, l.item, l.line])).toEqual([
      ['pdf-region', 'Area on page 2 of "Policy report" (1 coding)', at('<PDFSelection')],
      ['picture', 'Picture "Site plan" with 1 coded region', at('<PictureSource')],
      ['audio', 'Audio recording "Focus group recording"', at('<AudioSource')],
      ['set', 'Set "Pilot" (1 document, 1 code)', at('<Set ')],
      ['graph', 'Graph "Model" (1 node, 0 edges)', at('<Graph ')],
      ['missing-text', 'Document "Lost text"', at('name="Lost text"')],
      ['coding', '“Rent” on Passage “ung ist” in "Interview Ana"', at('startPosition="16"')],
      ['coding', 'A coding of passage 0–9 of "Interview Ana"', at('startPosition="0" endPosition="9"')],
      ['selection', 'Passage “Práce” in "Interview Ana"', at('startPosition="43"')],
      ['selection', 'The passage 40–400 of "Interview Ana"', at('endPosition="400"')],
      ['link', 'Link "rent causes"', at('<Link ')],
    ]);
    expect(report.losses.find((l) => l.kind === 'missing-text')!.reason).toBe('It was not imported: its text file is outside the project (C:\\Users\\ana\\lost.txt).');
    expect(report.losses.find((l) => l.kind === 'coding')!.reason).toBe('"Rent" already codes an overlapping passage there; Comparanda does not count the same talk twice.');
  });

  it('stores decomposed (NFD) text as NFC and moves passage offsets with it', async () => {
    const nfd = 'Vi\u0301den\u030c a Plzen\u030c: bydleni\u0301 je drahe\u0301.';
    const start = Array.from(nfd).indexOf(':') + 2;
    const extra = `<TextSource guid="B0000000-0000-4000-8000-000000000098" name="Decomposed"><PlainTextContent>${nfd}</PlainTextContent>
      <PlainTextSelection guid="B0000000-0000-4000-8000-000000000097" startPosition="${start}" endPosition="${Array.from(nfd).length - 1}">
        <Coding guid="B0000000-0000-4000-8000-000000000096"><CodeRef targetGUID="A0000000-0000-4000-8000-000000000003"/></Coding>
      </PlainTextSelection></TextSource>`;
    const { db } = await imported(craftedPackage({ qde: craftedQde(extra) }));
    const doc = (await db.documents.where('title').equals('Decomposed').first())!;
    expect(await getDocumentText(db, doc.id)).toBe(nfd.normalize('NFC'));
    expect((await quotes(db)).map((q) => q.quote)).toContain('bydlení je drahé');
  });

  const pdfPath = `${corpusRoot}/pdf/issue14847.pdf`;
  it.skipIf(!existsSync(pdfPath))('reads a PDF that has no text representation with pdfjs, keeping its pages', async () => {
    const pdf = new Uint8Array(readFileSync(pdfPath));
    const extra = `<PDFSource guid="B0000000-0000-4000-8000-000000000099" name="Benutzerhandbuch" path="internal://manual.pdf"/>`;
    const { db, report } = await imported(craftedPackage({ qde: craftedQde(extra), extraEntries: { 'sources/manual.pdf': pdf } }));
    const manual = (await db.documents.where('title').equals('Benutzerhandbuch').first())!;
    expect(manual.pages).toHaveLength(6);
    expect(await getDocumentText(db, manual.id)).toContain('Benutzerhandbuch');
    expect((await db.sources.get(manual.sourceId!))!.type).toBe('application/pdf');
    expect(report.documents.added).toBe(3);
  });
});
