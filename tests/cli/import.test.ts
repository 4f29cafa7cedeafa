// `comparanda import` through the real executable: lines per file, exit codes, --json, --city, and list afterwards.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../unit/import/pdf-maker';
import { runCli } from './run-cli';

let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-import-'));
  mkdirSync(join(dir, 'batch/sub'), { recursive: true });
  writeFileSync(join(dir, 'batch/wien.txt'), 'Interviewer: How is housing in Wien?\n\nResident: In Vienna it is hard. Wien is expensive.\n');
  writeFileSync(join(dir, 'batch/sub/group.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Wir wohnen seit 2019 in Graz.\n');
  writeFileSync(join(dir, 'batch/broken.docx'), 'not a zip package');
  const page = (n: number) => [{ text: `Page ${n}: the integration office in Burgas opened in 2023.`, x: 72, y: 700 }];
  writeFileSync(join(dir, 'batch/report.pdf'), makePdf({ pages: [page(1), page(2), page(3)], info: { Title: 'Burgas report' } }));
  writeFileSync(join(dir, 'batch/.hidden.txt'), 'never imported');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('comparanda import', () => {
  it('imports a folder, reports each file, fails with exit 1 for the broken one, and lists the imported ones', async () => {
    expect((await comparanda('init', 'study.comparanda')).code).toBe(0);
    const run = await comparanda('import', 'study.comparanda', 'batch', '--city', 'Wien');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('failed    batch/broken.docx: broken.docx is damaged and cannot be read: it is not a readable zip package (invalid zip data)');
    expect(lines).toContain('imported  batch/sub/group.vtt → "group" (und, transcript, 1 turn)');
    expect(lines.some((l) => /^imported {2}batch\/wien\.txt → "wien" \(\w{3}, interview\)$/.test(l))).toBe(true);
    expect(lines).toContain('          cities mentioned: Graz (1)');
    expect(lines.some((l) => /^imported {2}batch\/report\.pdf → "Burgas report" \(\w{3}, \w[\w-]*, 3 pages\)$/.test(l))).toBe(true);
    expect(lines).toContain('          cities mentioned: Burgas (4)');
    expect(run.stdout).not.toContain('hidden');
    expect(run.stdout).toContain('Imported 3 of 4 files into study.comparanda (1 failed).');
    expect(run.stderr).toBe('comparanda: 1 file could not be imported.\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const list = await comparanda('list', 'study.comparanda', '--json');
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as { title: string; cities: string[]; importedFrom: string }[];
    expect(rows.map((r) => [r.importedFrom, r.cities]).sort()).toEqual([
      ['batch/report.pdf', ['Vienna']],
      ['batch/sub/group.vtt', ['Vienna']],
      ['batch/wien.txt', ['Vienna']],
    ]);
  });

  it('reports duplicates with --json and exits 0 without rewriting the archive', async () => {
    const before = statSync(join(dir, 'study.comparanda')).mtimeMs;
    const run = await comparanda('import', 'study.comparanda', 'batch/wien.txt', 'batch/sub', 'batch/report.pdf', '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ imported: 0, duplicates: 3, failed: 0, cancelled: false });
    expect(report.outcomes[0]).toMatchObject({ status: 'duplicate', file: 'batch/wien.txt', existingTitle: 'wien' });
    expect(typeof report.outcomes[0].existingDocumentId).toBe('string');
    expect(statSync(join(dir, 'study.comparanda')).mtimeMs).toBe(before);
  });

  it('applies --kind and creates a --city the gazetteer knows', async () => {
    writeFileSync(join(dir, 'note.md'), '# Visit\n\nNotes from the integration office.\n');
    const run = await comparanda('import', 'study.comparanda', 'note.md', '--kind', 'field-note', '--city', 'Praha', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).outcomes[0]).toMatchObject({ status: 'imported', file: 'note.md' });
    const list = JSON.parse((await comparanda('list', 'study.comparanda', '--json', '--city', 'Prag')).stdout);
    expect(list).toEqual([expect.objectContaining({ importedFrom: 'note.md', kind: 'field-note', cities: ['Prague'] })]);
  });

  const encrypted = resolve(import.meta.dirname, '../../../shared/corpus/pdf/saslprep-r6.pdf');
  it.skipIf(!existsSync(encrypted))('asks for the password of an encrypted PDF and opens it with --password', async () => {
    copyFileSync(encrypted, join(dir, 'locked.pdf'));
    const without = await comparanda('import', 'study.comparanda', 'locked.pdf');
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('failed    locked.pdf: locked.pdf is protected by a password');
    const wrong = await comparanda('import', 'study.comparanda', 'locked.pdf', '--password', 'guess');
    expect(wrong.stdout).toMatch(/failed {4}locked\.pdf: .*wrong password/);
    const opened = await comparanda('import', 'study.comparanda', 'locked.pdf', '--password', 'S\u00aaSL\u00adprep');
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(/^imported {2}locked\.pdf → /);
  });

  it.each([
    [['import', 'study.comparanda', 'missing-folder'], /missing-folder does not exist/],
    [['import', 'study.comparanda', 'note.md', '--city', 'Atlantis'], /"Atlantis" is neither a city of this repository nor a European city/],
    [['import', 'study.comparanda', 'note.md', '--kind', 'novel'], /argument 'novel' is invalid/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await comparanda(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
