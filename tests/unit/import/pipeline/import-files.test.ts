// importFiles over mixed batches: one outcome per file, duplicates, failures, cancel, passwords, one transaction each, undo.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countRepository, createCity, undo, type RepositoryDb } from '../../../../shared/db';
import { sha256Hex } from '../../../../shared/hash';
import { acceptCitySuggestions, importFiles } from '../../../../shared/import/pipeline';
import type { FileToImport, ImportOptions, ImportProgress } from '../../../../shared/import/pipeline';
import type { DocumentKind } from '../../../../shared/model';
import { freshDb, testContext } from '../../../helpers';
import { corpusRoot, hasCorpus, nodePdfOptions } from '../helpers';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, content: string | Uint8Array): FileToImport => ({
  name,
  path: `batch/${name}`,
  bytes: typeof content === 'string' ? encode(content) : content,
});
const corpusFile = (relative: string): FileToImport => ({
  name: path.basename(relative),
  path: relative,
  bytes: new Uint8Array(fs.readFileSync(path.join(corpusRoot, relative))),
});

const interview = file(
  'wien-interview.txt',
  'Interviewer: How did you find a flat in Wien?\n\nResident: It took a year. Vienna has social housing, but the waiting list in Wien is long.\n',
);
const notes = file('notes.md', '---\nsite: Prague\n---\n# Field notes\n\nVisited the integration centre in Praha on Monday.\n');
const subtitles = file(
  'focus-group.vtt',
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna>Wir sind 2019 nach Graz gekommen.\n\n00:00:05.000 --> 00:00:08.000\n<v Marko>Ich auch, aber zuerst nach Wien.\n',
);
const broken = file('broken.docx', 'this is not a zip package');

const options: ImportOptions = { ...nodePdfOptions };
let db: RepositoryDb;

afterEach(() => db?.close());

describe('importFiles', () => {
  it('imports a mixed batch: one outcome per file, a broken file failed with its reason, the rest stored', async () => {
    db = freshDb();
    const progress: ImportProgress[] = [];
    const report = await importFiles(db, testContext, [interview, broken, notes, subtitles], {
      ...options,
      onProgress: (p) => progress.push(p),
    });
    expect(report.outcomes.map((o) => [o.file, o.status])).toEqual([
      ['batch/wien-interview.txt', 'imported'],
      ['batch/broken.docx', 'failed'],
      ['batch/notes.md', 'imported'],
      ['batch/focus-group.vtt', 'imported'],
    ]);
    expect(report).toMatchObject({ imported: 3, duplicates: 0, failed: 1, cancelled: false });
    const failed = report.outcomes[1]!;
    expect(failed).toMatchObject({ status: 'failed', code: 'corrupt' });
    if (failed.status === 'failed') expect(failed.message).toContain('broken.docx');
    expect(progress[0]).toEqual({ done: 0, total: 4, current: 'batch/wien-interview.txt' });
    expect(progress.at(-1)).toEqual({ done: 4, total: 4, current: null });

    const docs = await db.documents.toArray();
    expect(docs.map((d) => d.title).sort()).toEqual(['focus-group', 'notes', 'wien-interview']);
    const vtt = docs.find((d) => d.sourceFormat === 'vtt')!;
    expect(vtt.turns.map((t) => t.speaker)).toEqual(['Anna', 'Marko']);
    expect(vtt).toMatchObject({ importedFrom: 'batch/focus-group.vtt', size: subtitles.bytes.length, language: 'deu' });
    const md = docs.find((d) => d.sourceFormat === 'md')!;
    expect(md.attributes).toMatchObject({ site: 'Prague' });
    const source = await db.sources.get(md.sourceId!);
    expect(source).toMatchObject({ name: 'notes.md', type: 'text/markdown', size: notes.bytes.length, documentId: md.id });
    expect(source!.sha256).toBe(await sha256Hex(notes.bytes));
    expect(Array.from(source!.bytes)).toEqual(Array.from(notes.bytes));
    const text = (await db.texts.get(md.id))!.text;
    expect(md.textHash).toBe(await sha256Hex(text));
    expect(md.textLength).toBe(text.length);
    expect(await countRepository(db)).toMatchObject({ documents: 3 });
  });

  it('suggests the cities a text mentions most, linked to the repository\'s own city', async () => {
    db = freshDb();
    const vienna = await createCity(db, testContext, { name: 'Vienna', country: 'AT', aliases: ['Wien'] });
    const report = await importFiles(db, testContext, [interview, subtitles], options);
    const [first, second] = report.outcomes;
    expect(first?.status === 'imported' && first.suggestedCities).toEqual([
      expect.objectContaining({ name: 'Vienna', country: 'AT', mentions: 3, existingCityId: vienna.ok && vienna.value.id }),
    ]);
    expect(second?.status === 'imported' && second.suggestedCities.map((c) => [c.name, c.mentions, c.existingCityId])).toEqual([
      ['Vienna', 1, vienna.ok && vienna.value.id],
      ['Graz', 1, null],
    ]);
  });

  it('tags documents with the given cities and kind, and does not suggest a city already tagged', async () => {
    db = freshDb();
    const vienna = await createCity(db, testContext, { name: 'Vienna', aliases: ['Wien'] });
    if (!vienna.ok) throw new Error(vienna.error.message);
    const report = await importFiles(db, testContext, [interview], { ...options, cityIds: [vienna.value.id], kind: 'field-note' });
    const outcome = report.outcomes[0]!;
    expect(outcome.status === 'imported' && outcome.suggestedCities).toEqual([]);
    const doc = (await db.documents.toArray())[0]!;
    expect(doc).toMatchObject({ cityIds: [vienna.value.id], kind: 'field-note' });
  });

  it('reports a duplicate within the batch and against the repository, naming the existing document', async () => {
    db = freshDb();
    await importFiles(db, testContext, [interview], options);
    const again = { ...interview, name: 'copy.txt', path: 'other/copy.txt' };
    const report = await importFiles(db, testContext, [notes, again, { ...notes, path: 'batch/notes-again.md' }], options);
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate', 'duplicate']);
    const [, dupRepo, dupBatch] = report.outcomes;
    expect(dupRepo).toMatchObject({ existingTitle: 'wien-interview', file: 'other/copy.txt' });
    expect(dupBatch).toMatchObject({ existingTitle: 'notes' });
    if (dupBatch?.status === 'duplicate') expect(dupBatch.message).toContain('batch/notes-again.md');
    expect(report).toMatchObject({ imported: 1, duplicates: 2, failed: 0 });
    expect(await countRepository(db)).toMatchObject({ documents: 2 });
  });

  it('stops when cancelled: stored documents stay, the rest get no outcome', async () => {
    db = freshDb();
    const controller = new AbortController();
    const report = await importFiles(db, testContext, [interview, notes, subtitles], {
      ...options,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.outcomes.map((o) => o.file)).toEqual(['batch/wien-interview.txt']);
    expect(await countRepository(db)).toMatchObject({ documents: 1 });
    expect(await db.texts.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
  });

  it('does not store the file in flight when cancelled during its extraction', async () => {
    db = freshDb();
    const controller = new AbortController();
    const slow = file('slow.txt', 'Interviewer: a long answer about Wien. '.repeat(2000));
    const pending = importFiles(db, testContext, [slow], { ...options, signal: controller.signal });
    controller.abort();
    const report = await pending;
    expect(report).toMatchObject({ cancelled: true, outcomes: [] });
    expect(await countRepository(db)).toMatchObject({ documents: 0 });
  });

  it('leaves no half document when storing fails (one transaction per document)', async () => {
    db = freshDb();
    const report = await importFiles(db, testContext, [interview, notes], { ...options, kind: 'not-a-kind' as DocumentKind });
    expect(report.outcomes.map((o) => [o.status, o.status === 'failed' && o.code])).toEqual([
      ['failed', 'invalid-document'],
      ['failed', 'invalid-document'],
    ]);
    const first = report.outcomes[0]!;
    if (first.status === 'failed') expect(first.message).toMatch(/^batch\/wien-interview\.txt could not be stored: This document is not valid/);
    expect(await db.documents.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
  });

  it('undoing an import removes its document, text and original', async () => {
    db = freshDb();
    await importFiles(db, testContext, [interview, notes], options);
    const undone = await undo(db);
    expect(undone.ok && undone.value?.label).toBe('Imported "notes"');
    expect((await db.documents.toArray()).map((d) => d.title)).toEqual(['wien-interview']);
    expect(await db.texts.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
  });

  it('turns an unexpected error for one file into a failed outcome and goes on', async () => {
    db = freshDb();
    const unreadable = { name: 'odd.txt', path: 'batch/odd.txt', get bytes(): Uint8Array { throw new Error('disk gone'); } };
    const report = await importFiles(db, testContext, [unreadable, notes], options);
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'imported']);
    expect(report.outcomes[0]).toMatchObject({ code: 'unexpected', message: 'batch/odd.txt could not be imported: disk gone' });
  });
});

describe('acceptCitySuggestions', () => {
  it('creates the missing cities and tags the document as one undoable change', async () => {
    db = freshDb();
    await createCity(db, testContext, { name: 'Vienna', country: 'AT', aliases: ['Wien'] });
    const report = await importFiles(db, testContext, [subtitles], options);
    const outcome = report.outcomes[0]!;
    if (outcome.status !== 'imported') throw new Error('expected an import');
    const accepted = await acceptCitySuggestions(db, testContext, outcome.documentId, outcome.suggestedCities);
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(accepted.value.created.map((c) => [c.name, c.country])).toEqual([['Graz', 'AT']]);
    expect(accepted.value.created[0]!.aliases).toContain('Грац');
    const names = async () => (await db.cities.toArray()).map((c) => c.name).sort();
    expect(await names()).toEqual(['Graz', 'Vienna']);
    expect((await db.documents.get(outcome.documentId))!.cityIds).toHaveLength(2);
    const undone = await undo(db);
    expect(undone.ok && undone.value?.label).toBe('Tagged "focus-group" with Vienna, Graz');
    expect(await names()).toEqual(['Vienna']);
    expect((await db.documents.get(outcome.documentId))!.cityIds).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('importFiles on real files from the corpus', () => {
  it('imports a real docx and pdf alongside generated files', async () => {
    db = freshDb();
    const report = await importFiles(
      db,
      testContext,
      [corpusFile('docx/mammoth-footnotes.docx'), corpusFile('pdf/tracemonkey.pdf'), interview],
      options,
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported']);
    const pdf = (await db.documents.toArray()).find((d) => d.sourceFormat === 'pdf')!;
    expect(pdf.pages).toHaveLength(14);
    expect((await db.sources.get(pdf.sourceId!))!.type).toBe('application/pdf');
  });

  it('uses the password given for that file, then the batch password', async () => {
    db = freshDb();
    const first = await importFiles(db, testContext, [corpusFile('pdf/saslprep-r6.pdf'), corpusFile('pdf/bug1782186.pdf')], {
      ...options,
      passwords: { 'pdf/saslprep-r6.pdf': 'S\u00aaSL\u00adprep' },
      password: 'wrong',
    });
    expect(first.outcomes.map((o) => [o.status, o.status === 'failed' ? o.code : ''])).toEqual([
      ['imported', ''],
      ['failed', 'wrong-password'],
    ]);
    db.close();
    db = freshDb();
    const second = await importFiles(db, testContext, [corpusFile('pdf/saslprep-r6.pdf')], { ...options, password: 'S\u00aaSL\u00adprep' });
    expect(second.outcomes.map((o) => o.status)).toEqual(['imported']);
  });
});
