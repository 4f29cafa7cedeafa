// `comparanda chapter` as a child process: list, export to Word, draft from the matrix, and plain refusals.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

const documentXml = (file: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, file))))['word/document.xml']!);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-chapter-'));
  const init = await comparanda('init', 'study.comparanda', '--sample');
  if (init.code !== 0) throw new Error(init.stderr);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('comparanda chapter', () => {
  it('lists the chapters as a table and as JSON', async () => {
    const [table, json] = await Promise.all([comparanda('chapter', 'list', 'study.comparanda'), comparanda('chapter', 'list', 'study.comparanda', '--json')]);
    expect(table).toMatchObject({ code: 0, stderr: '' });
    const rows = JSON.parse(json.stdout) as { number: number; title: string; quotes: number; tables: number }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quotes).toBeGreaterThan(0);
    expect(table.stdout).toContain(rows[0]!.title);
    expect(table.stdout.split('\n')[0]).toMatch(/#\s+Title\s+Blocks\s+Quotes\s+Tables\s+Changed/);
  });

  it.each([
    ['footnotes', [] as string[], /<w:footnoteReference /],
    ['author-date', ['--citations', 'author-date'], /\(Interview[^)]*, \d{4}\)/],
  ])('exports a chapter by number with %s citations', async (style, extra, pattern) => {
    const out = `by-number-${style}.docx`;
    const run = await comparanda('chapter', 'export', 'study.comparanda', '1', '-o', out, ...extra, '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ output: out, citations: style });
    const xml = documentXml(out);
    expect(xml).toMatch(pattern);
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('puts the heat map of the matrix table after it as a PNG picture with --heatmaps', async () => {
    const [plain, pictured] = await Promise.all([
      comparanda('chapter', 'export', 'study.comparanda', '1', '-o', 'plain.docx', '--json'),
      comparanda('chapter', 'export', 'study.comparanda', '1', '-o', 'heatmaps.docx', '--heatmaps', '--json'),
    ]);
    expect(plain).toMatchObject({ code: 0, stderr: '' });
    expect(pictured).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(plain.stdout)).toMatchObject({ heatmaps: 0 });
    expect(JSON.parse(pictured.stdout)).toMatchObject({ heatmaps: 1 });
    const mediaOf = (file: string) => Object.entries(unzipSync(new Uint8Array(readFileSync(join(dir, file))))).filter(([name]) => name.startsWith('word/media/'));
    expect(mediaOf('plain.docx')).toEqual([]);
    const media = mediaOf('heatmaps.docx');
    expect(media.map(([name]) => name)).toEqual(['word/media/image1.png']);
    const png = media[0]![1];
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Drawn at twice the SVG's size: 3 theme rows and 5 cities are hundreds of pixels each way, tens of kilobytes.
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBeGreaterThan(1000);
    expect(view.getUint32(20)).toBeGreaterThan(400);
    expect(png.length).toBeGreaterThan(10_000);
    const xml = documentXml('heatmaps.docx');
    expect(xml.indexOf('<w:drawing>')).toBeGreaterThan(xml.indexOf('</w:tbl>'));
    expect(xml).toMatch(/<w:t[^>]*>Figure <\/w:t>.*SEQ Figure.*Heat map of Table 1/s);
  });

  it('exports by title, in any case', async () => {
    const [chapter] = JSON.parse((await comparanda('chapter', 'list', 'study.comparanda', '--json')).stdout) as { title: string }[];
    const run = await comparanda('chapter', 'export', 'study.comparanda', chapter!.title.toUpperCase(), '-o', 'by-title.docx');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote "${chapter!.title}" to by-title.docx (6 blocks, 3 quotes, citations as footnotes).\n`);
    const raw = (await mammoth.extractRawText({ path: join(dir, 'by-title.docx') })).value;
    expect(raw).toContain(chapter!.title);
  });

  it('drafts a chapter from the matrix, writes it to Word and keeps it when asked', async () => {
    const run = await comparanda('chapter', 'draft', 'study.comparanda', '--themes', 'Housing,Language learning', '--cities', 'Wien', '--cities', 'Praha,Burgas', '--title', 'Wohnen und Sprache', '-o', 'draft.docx', '--save');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const html = (await mammoth.convertToHtml({ path: join(dir, 'draft.docx') })).value;
    expect(html).toMatch(/<h1>(<a id="[^"]+"><\/a>)*Housing<\/h1>/);
    expect(html).toMatch(/<h2>(<a id="[^"]+"><\/a>)*Vienna<\/h2>/);
    expect(html).not.toMatch(/<h2>(<a id="[^"]+"><\/a>)*Berlin<\/h2>/);
    const list = JSON.parse((await comparanda('chapter', 'list', 'study.comparanda', '--json')).stdout) as { title: string }[];
    expect(list.map((c) => c.title)).toContain('Wohnen und Sprache');
  });

  it.each([
    ['a folder that does not exist', ['chapter', 'export', 'study.comparanda', '1', '-o', 'missing/out.docx'], 1, 'comparanda: missing/out.docx cannot be written (its folder does not exist); the chapter is unchanged.'],
    ['a path that is a folder', ['chapter', 'export', 'study.comparanda', '1', '-o', 'taken.docx'], 1, 'comparanda: taken.docx cannot be written (it is a folder); the chapter is unchanged.'],
    ['no output', ['chapter', 'export', 'study.comparanda', '1'], 2, 'comparanda: Say where to write the Word file: -o chapter.docx.'],
    ['an output not ending in .docx', ['chapter', 'export', 'study.comparanda', '1', '-o', 'out.pdf'], 2, 'comparanda: out.pdf should end in .docx: Word opens it by that name.'],
    ['an unknown chapter', ['chapter', 'export', 'study.comparanda', 'Nope', '-o', 'x.docx'], 1, 'comparanda: study.comparanda has no chapter "Nope"; `comparanda chapter list study.comparanda` shows them.'],
    ['an unknown city', ['chapter', 'draft', 'study.comparanda', '--themes', 'Housing', '--cities', 'Atlantis', '-o', 'x.docx'], 1, 'comparanda: study.comparanda has no city called "Atlantis".'],
  ])('refuses %s with a plain message', async (_what, args, code, message) => {
    mkdirSync(join(dir, 'taken.docx'), { recursive: true });
    const run = await comparanda(...args);
    expect(run.code).toBe(code);
    expect(run.stderr.trim()).toBe(message);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
