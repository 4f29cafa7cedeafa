// The real `comparanda` executable, run as a child process in a temporary folder.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('comparanda CLI', () => {
  it('creates a sample repository, then reports its counts and lists its documents', async () => {
    const init = await comparanda('init', 'study.comparanda', '--sample');
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toMatch(/^Created study\.comparanda with the sample project \(6 documents, 5 cities/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const info = await comparanda('info', 'study.comparanda', '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout);
    expect(parsed.name).toBe('Sample project: migrant inclusion in four cities');
    expect(parsed.counts).toMatchObject({ documents: 6, cities: 5, themes: 11, chapters: 1 });
    expect(parsed.counts.segments).toBeGreaterThanOrEqual(10);
    expect(parsed.archive.bytes).toBe(statSync(join(dir, 'study.comparanda')).size);

    const list = await comparanda('list', 'study.comparanda', '--json');
    expect(list.code).toBe(0);
    const documents = JSON.parse(list.stdout) as { title: string; kind: string; cities: string[]; language: string }[];
    expect(documents).toHaveLength(parsed.counts.documents);
    expect(new Set(documents.map((d) => d.language)).size).toBeGreaterThanOrEqual(3);
  });

  it('filters the list by any city name and by kind, and prints a table', async () => {
    await comparanda('init', 'filter.comparanda', '--sample');
    const [wien, praha, reports, table] = await Promise.all([
      comparanda('list', 'filter.comparanda', '--city', 'Wien', '--json'),
      comparanda('list', 'filter.comparanda', '--city', 'Praha', '--json'),
      comparanda('list', 'filter.comparanda', '--kind', 'report', '--json'),
      comparanda('list', 'filter.comparanda'),
    ]);
    expect(JSON.parse(wien.stdout).map((d: { cities: string[] }) => d.cities)).toEqual([['Vienna']]);
    expect(JSON.parse(praha.stdout)).toHaveLength(2);
    expect(JSON.parse(reports.stdout).map((d: { kind: string }) => d.kind)).toEqual(['report']);
    expect(table.stdout.split('\n')[0]).toMatch(/^Title\s+Kind\s+Cities\s+Language\s+Size\s+Imported$/);
    expect(table.stdout).toContain('Интервю със социална работничка, Община Бургас');
  });

  it('creates an empty named repository, and refuses to overwrite it without --force', async () => {
    expect((await comparanda('init', 'empty.comparanda', '--name', 'Wohnen in Wien')).code).toBe(0);
    const info = JSON.parse((await comparanda('info', 'empty.comparanda', '--json')).stdout);
    expect(info).toMatchObject({ name: 'Wohnen in Wien', counts: { documents: 0, cities: 0 } });
    const again = await comparanda('init', 'empty.comparanda', '--sample');
    expect(again).toMatchObject({ code: 1, stderr: 'comparanda: empty.comparanda already exists; add --force to overwrite it.\n' });
    expect((await comparanda('init', 'empty.comparanda', '--sample', '--force')).code).toBe(0);
    expect(JSON.parse((await comparanda('info', 'empty.comparanda', '--json')).stdout).counts.documents).toBe(6);
  });

  it('exits 1 with one plain line when a file is not a Comparanda archive or is missing', async () => {
    writeFileSync(join(dir, 'notes.comparanda'), 'Interview notes, Vienna, 12 March\n');
    const [notArchive, missing] = await Promise.all([comparanda('info', 'notes.comparanda'), comparanda('list', 'missing.comparanda')]);
    expect(notArchive).toMatchObject({ code: 1, stdout: '', stderr: 'comparanda: notes.comparanda is not a Comparanda archive (it is not a zip file).\n' });
    expect(missing).toMatchObject({ code: 1, stderr: 'comparanda: missing.comparanda does not exist.\n' });
  });

  it.each([
    [['frobnicate'], /^comparanda: unknown command 'frobnicate'/],
    [['info'], /^comparanda: missing required argument 'repo'/],
    [['info', 'x.comparanda', '--verbose'], /^comparanda: unknown option '--verbose'/],
    [['list', 'x.comparanda', '--kind', 'podcast'], /^comparanda: option '--kind <kind>' argument 'podcast' is invalid/],
    [[], /Usage: comparanda/],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const result = await comparanda(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help for the program and every verb, and its version', async () => {
    const runs = await Promise.all([['--help'], ['init', '--help'], ['info', '--help'], ['list', '--help'], ['--version']].map((args) => comparanda(...args)));
    for (const [i, verb] of ['comparanda', 'init', 'info', 'list'].entries()) {
      expect(runs[i]!.code, verb).toBe(0);
      expect(runs[i]!.stdout, verb).toMatch(new RegExp(`^Usage: comparanda${verb === 'comparanda' ? '' : ' ' + verb} `));
    }
    expect(runs[4]).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});
