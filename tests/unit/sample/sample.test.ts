// The sample project: rich, correct, multilingual, deterministic, and only for an empty repository.
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryName } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import {
  chapterSchema,
  citySchema,
  documentSchema,
  memoSchema,
  segmentSchema,
  segmentText,
  themeSchema,
  type Document,
} from '../../../shared/model';
import type { RepositoryDb as Db } from '../../../shared/db';
import { SAMPLE_DOCUMENTS, loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';

let db: Db;
/** Documents joined with their text, which the repository keeps in the texts table. */
let docs: (Document & { text: string })[];

beforeAll(async () => {
  db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('sample') });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const texts = new Map((await db.texts.toArray()).map((t) => [t.id, t.text]));
  docs = (await db.documents.toArray()).map((d) => ({ ...d, text: texts.get(d.id)! }));
});

const byTitle = (title: string) => docs.find((d) => d.title === title)!;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('sample project content', () => {
  it('covers at least five documents, four cities and three languages', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(await db.cities.count()).toBeGreaterThanOrEqual(4);
    expect(new Set(docs.map((d) => d.language)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['interview', 'focus-group', 'report']));
    expect(await repositoryName(db)).toBe('Sample project: migrant inclusion in four cities');
  });

  it('stores valid documents with NFC text, matching hashes and 300–900 words each', async () => {
    for (const doc of docs) {
      expect(documentSchema.safeParse(doc).success, doc.title).toBe(true);
      expect(doc.textLength).toBe(doc.text.length);
      expect(doc.text.normalize('NFC')).toBe(doc.text);
      expect(doc.textHash).toBe(await sha256Hex(doc.text));
      expect(doc.sha256).toBe(doc.textHash);
      expect(doc.sourceFormat).toBe('sample');
      expect(doc.sourceId).toBeNull();
      expect(doc.cityIds.length, doc.title).toBeGreaterThan(0);
      expect(doc.metadata.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(words(doc.text), doc.title).toBeGreaterThanOrEqual(300);
      expect(words(doc.text), doc.title).toBeLessThanOrEqual(900);
    }
  });

  it('writes each language in its own script and diacritics', () => {
    const text = (language: string) => docs.filter((d) => d.language === language).map((d) => d.text).join(' ');
    expect(text('bul')).toMatch(/[а-яА-Я]{5,}/);
    expect(text('ces')).toMatch(/[ěščřžýáíéůú]/);
    expect(text('deu')).toMatch(/[äöüß]/);
    expect(text('ita')).toMatch(/[àèéìòù]/);
  });

  it('tags every document with existing cities, which carry aliases in other languages', async () => {
    const cities = await db.cities.toArray();
    for (const city of cities) expect(citySchema.safeParse(city).success).toBe(true);
    const ids = new Set(cities.map((c) => c.id));
    for (const doc of docs) for (const id of doc.cityIds) expect(ids.has(id)).toBe(true);
    const aliases = cities.flatMap((c) => c.aliases);
    for (const alias of ['Wien', 'Vídeň', 'Praha', 'Prag', 'Бургас']) expect(aliases).toContain(alias);
  });

  it('computes speaker turns that start at each speaker label and stay inside the text', () => {
    for (const doc of docs.filter((d) => d.kind !== 'report')) {
      expect(doc.turns.length, doc.title).toBeGreaterThan(5);
      for (const turn of doc.turns) {
        expect(turn.end).toBeLessThanOrEqual(doc.text.length);
        expect(doc.text.slice(turn.start, turn.end)).toMatch(new RegExp(`^(\\[[\\d:]{8}\\] )?${turn.speaker}: `));
        expect(turn.start === 0 || doc.text.slice(turn.start - 2, turn.start) === '\n\n').toBe(true);
      }
    }
  });

  it('gives the focus group several speakers with increasing timestamps', () => {
    const group = docs.find((d) => d.kind === 'focus-group')!;
    expect(new Set(group.turns.map((t) => t.speaker)).size).toBeGreaterThanOrEqual(4);
    const times = group.turns.map((t) => t.timeStart!);
    expect(times.every((t) => typeof t === 'number')).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(group.turns.find((t) => t.speaker === 'Giulia')!.timeStart).toBe(62);
  });

  it('marks the report pages and headings at the right offsets', () => {
    const report = docs.find((d) => d.kind === 'report')!;
    const sample = SAMPLE_DOCUMENTS.find((s) => s.layout.type === 'pages')!;
    if (sample.layout.type !== 'pages') throw new Error('unreachable');
    expect(report.pages.map((p) => p.page)).toEqual(sample.layout.pages.map((_, i) => i + 1));
    expect(report.metadata.pageCount).toBe(report.pages.length);
    report.pages.forEach((page, i) => expect(report.text.startsWith(sample.layout.type === 'pages' ? sample.layout.pages[i]![0]! : '', page.start)).toBe(true));
    expect(report.headings.map((h) => report.text.slice(h.start, h.end))).toEqual(sample.layout.headings.map((h) => h.text));
  });

  it('codes passages whose text is exactly the quoted sentence', async () => {
    const segments = await db.segments.toArray();
    const expected = SAMPLE_DOCUMENTS.flatMap((s) => s.passages.map((p) => ({ title: s.title, quote: p.quote })));
    expect(segments.length).toBe(expected.length);
    expect(segments.length).toBeGreaterThanOrEqual(10);
    for (const { title, quote } of expected) {
      const doc = byTitle(title);
      const matching = segments.filter((s) => s.documentId === doc.id && segmentText(s, doc.text) === quote);
      expect(matching, quote).toHaveLength(1);
    }
    for (const segment of segments) {
      expect(segmentSchema.safeParse(segment).success).toBe(true);
      const doc = docs.find((d) => d.id === segment.documentId)!;
      expect(segment.end).toBeLessThanOrEqual(doc.text.length);
    }
  });

  it('builds a hierarchical codebook with the four Action Plan areas, colours and definitions', async () => {
    const themes = await db.themes.toArray();
    for (const theme of themes) {
      expect(themeSchema.safeParse(theme).success).toBe(true);
      expect(theme.description.length, theme.name).toBeGreaterThan(40);
    }
    const parent = themes.find((t) => t.name === 'EU Action Plan areas')!;
    expect(themes.filter((t) => t.parentId === parent.id).map((t) => t.name).sort()).toEqual(['Education and training', 'Employment and skills', 'Health', 'Housing']);
    for (const name of ['Language learning', 'Participation', 'Anti-discrimination', 'Access to services']) expect(themes.map((t) => t.name)).toContain(name);
    const used = new Set((await db.segments.toArray()).flatMap((s) => s.themeIds));
    for (const area of themes.filter((t) => t.parentId === parent.id)) expect(used.has(area.id), area.name).toBe(true);
  });

  it('adds memos and a chapter that point at existing rows', async () => {
    for (const memo of await db.memos.toArray()) expect(memoSchema.safeParse(memo).success).toBe(true);
    const [chapter] = await db.chapters.toArray();
    expect(chapterSchema.safeParse(chapter).success).toBe(true);
    for (const block of chapter!.blocks) if (block.type === 'quote') expect(await db.segments.get(block.segmentId)).toBeDefined();
  });
});

describe('loadSampleProject', () => {
  it('refuses a repository that already holds documents and changes nothing', async () => {
    const before = await db.segments.count();
    const again = await loadSampleProject(db);
    expect(again.ok || again.error).toMatchObject({ code: 'not-empty', message: expect.stringMatching(/only be loaded into an empty repository/) });
    expect(await db.segments.count()).toBe(before);
    expect(await db.documents.count()).toBe(docs.length);
  });

  it('is deterministic with a fixed clock and ids', async () => {
    const rows = async (target: Db) => ({ documents: await target.documents.toArray(), segments: await target.segments.toArray(), changes: await target.changes.toArray() });
    const other = freshDb();
    await loadSampleProject(other, { clock: fixedClock, newId: sequentialIds('sample') });
    expect(await rows(other)).toEqual(await rows(db));
  });
});
