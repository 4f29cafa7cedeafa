// Word export: a chapter of 500 footnoted quotes and 20 tables, against the raw `docx` package writing the same content in the same run.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { footnoteCitation, resolveChapter, type NewChapterBlock } from '../../shared/chapters';
import { createChapter } from '../../shared/chapters';
import { RepositoryDb } from '../../shared/db';
import { chapterDocx } from '../../shared/export-docx';
import { sha256Hex } from '../../shared/hash';
import type { City, Document as RepoDocument, Segment, Theme } from '../../shared/model';
import { generateTranscripts } from '../corpus/generate';
import type { BenchSuite } from '../run';

const QUOTES = 500;
const TABLES = 20;
const NOW = new Date(0).toISOString();
/** Timed runs after one warm-up run each; the median is reported. */
const RUNS = 5;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** 100 generated transcripts in 6 cities, 8 themes, 5 passages of ~400 characters each; a chapter quoting all 500 with 20 tables between. */
export async function chapterRepository() {
  const db = new RepositoryDb(`bench-docx-${Date.now()}`, { indexedDB, IDBKeyRange });
  const transcripts = generateTranscripts(QUOTES / 5, 1500);
  const cityNames = [...new Set(transcripts.map((t) => t.city))];
  const cities: City[] = cityNames.map((name, i) => ({ id: `city-${i}`, name, country: '', aliases: [], attributes: {}, createdAt: NOW, updatedAt: NOW }));
  const themes: Theme[] = ['Housing', 'Employment', 'Health', 'Education', 'Language', 'Participation', 'Services', 'Discrimination'].map((name, i) => ({
    id: `theme-${i}`, parentId: null, name, colour: '#336699', description: `When a passage is about ${name.toLowerCase()}.`, order: i, createdAt: NOW, updatedAt: NOW,
  }));
  const documents: RepoDocument[] = [];
  const segments: Segment[] = [];
  for (const [i, t] of transcripts.entries()) {
    const hash = await sha256Hex(t.text);
    const id = `doc-${i}`;
    const turns = [{ start: 0, end: t.text.length, speaker: 'P1', timeStart: 65 * i }];
    documents.push({
      id, title: t.title, kind: 'interview', sourceFormat: 'txt', language: t.language, textLength: t.text.length, textHash: hash, sha256: hash,
      sourceId: null, pages: [], turns, headings: [], cityIds: [`city-${cityNames.indexOf(t.city)}`], themeIds: [], attributes: {}, metadata: { date: '2025-03-01' },
      importedFrom: `${t.title}.txt`, size: t.text.length, createdAt: NOW, updatedAt: NOW,
    });
    for (let s = 0; s < 5; s++) {
      const start = Math.floor((t.text.length / 5) * s);
      segments.push({ id: `seg-${i}-${s}`, documentId: id, start, end: start + 400, themeIds: [`theme-${(i + s) % 8}`], cityId: null, memo: '', coder: 'Ann', createdAt: NOW, updatedAt: NOW });
    }
  }
  await db.transaction('rw', [db.documents, db.texts, db.cities, db.themes, db.segments], async () => {
    await db.cities.bulkAdd(cities);
    await db.themes.bulkAdd(themes);
    await db.documents.bulkAdd(documents);
    await db.texts.bulkAdd(transcripts.map((t, i) => ({ id: `doc-${i}`, text: t.text })));
    await db.segments.bulkAdd(segments);
  });
  const blocks: NewChapterBlock[] = [];
  const perTable = QUOTES / TABLES;
  for (const [i, segment] of segments.entries()) {
    if (i % perTable === 0) {
      blocks.push({ type: 'heading', level: 1, text: `Section ${i / perTable + 1}` });
      blocks.push({ type: 'matrix', themeIds: themes.map((t) => t.id), cityIds: cities.map((c) => c.id), show: 'segments', caption: `Table ${i / perTable + 1}` });
    }
    blocks.push({ type: 'quote', segmentId: segment.id });
  }
  const chapter = await createChapter(db, { coder: 'bench' }, 'Benchmark chapter', blocks);
  if (!chapter.ok) throw new Error(chapter.error.message);
  return { db, chapter: chapter.value };
}

export const docxSuite: BenchSuite = {
  name: 'word export',
  async run(report) {
    const { db, chapter } = await chapterRepository();
    const label = `${QUOTES} quotes, ${TABLES} tables`;

    const ours: number[] = [];
    let size = 0;
    await chapterDocx(db, chapter, { citations: 'footnotes' });
    for (let run = 0; run < RUNS; run += 1) {
      const [result, ms] = await time(() => chapterDocx(db, chapter, { citations: 'footnotes' }));
      if (!result.ok) throw new Error(result.error.message);
      size = result.value.bytes.length;
      ours.push(ms);
    }
    report({ measure: `Comparanda: export chapter (${label}), median of ${RUNS}`, value: median(ours), unit: 'ms', note: `reads quotes and tables from the repository, styles, footnotes, appendix; ${(size / 1e3).toFixed(0)} kB` });

    // The same content, already in memory, written with the docx package directly: headings, quotes with footnotes, tables.
    const resolved = await resolveChapter(db, chapter);
    const resolving: number[] = [];
    for (let run = 0; run < RUNS; run += 1) resolving.push((await time(() => resolveChapter(db, chapter)))[1]);
    report({ measure: `  of which: looking up quotes and tables (${label})`, value: median(resolving), unit: 'ms' });
    const raw: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const [bytes, ms] = await time(() => {
        const children = resolved.blocks.flatMap((r): (Paragraph | Table)[] => {
          if (r.block.type === 'heading') return [new Paragraph({ heading: HeadingLevel.HEADING_1, text: r.block.text })];
          if ('quote' in r && r.quote) {
            return [new Paragraph({ style: 'Quote', children: [new TextRun(`“${r.quote.text}”`), new FootnoteReferenceRun({ children: [new Paragraph(footnoteCitation(r.quote))] })] })];
          }
          if ('table' in r) {
            const row = (cells: string[], header = false) => new TableRow({ tableHeader: header, children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
            return [new Paragraph(r.table.caption), new Table({ rows: [row(r.table.header, true), ...r.table.rows.map((x) => row([x.label, ...x.cells]))] })];
          }
          return [];
        });
        return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
      });
      if (run > 0) raw.push(ms);
      size = bytes.length;
    }
    report({ measure: `raw docx package: same content from memory (${label}), median of ${RUNS}`, value: median(raw), unit: 'ms', note: `no repository reads, no styles, no appendix; ${(size / 1e3).toFixed(0)} kB` });
    db.close();
  },
};
