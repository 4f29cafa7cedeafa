// `comparanda export` (whole or a selection) and `comparanda merge` (dry run, JSON report, refusals), run as the real executable.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args, 90_000);

async function json(...args: string[]) {
  const run = await comparanda(...args, '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-share-'));
  expect((await comparanda('init', 'study.comparanda', '--sample')).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('comparanda export', () => {
  it('writes the whole repository, or only the documents of a city', async () => {
    const whole = await json('export', 'study.comparanda', '-o', 'copy.comparanda');
    expect(whole).toMatchObject({ file: 'copy.comparanda', selection: null, counts: { documents: 6, cities: 5, themes: 11 } });
    const vienna = await json('export', 'study.comparanda', '-o', 'vienna.comparanda', '--city', 'Wien');
    expect(vienna.selection).toEqual({ cities: ['Vienna'], themes: [], chapters: false });
    expect(vienna.counts.documents).toBeGreaterThan(0);
    expect(vienna.counts.documents).toBeLessThan(6);
    const info = await json('info', 'vienna.comparanda');
    expect(info.counts.documents).toBe(vienna.counts.documents);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('says what is wrong with its arguments', async () => {
    expect(await comparanda('export', 'study.comparanda')).toMatchObject({ code: 2, stderr: expect.stringMatching(/-o file\.comparanda/) });
    expect(await comparanda('export', 'study.comparanda', '-o', 'x.comparanda', '--city', 'Atlantis')).toMatchObject({ code: 1, stderr: expect.stringMatching(/no city called "Atlantis"/) });
  }, 60_000);
});

describe('comparanda merge', () => {
  it('reports a dry run without writing, then merges; merging again adds nothing', async () => {
    expect((await comparanda('export', 'study.comparanda', '-o', 'burgas.comparanda', '--city', 'Burgas')).code).toBe(0);
    expect((await comparanda('export', 'study.comparanda', '-o', 'rest.comparanda', '--city', 'Vienna', '--city', 'Berlin', '--city', 'Bologna', '--city', 'Prague')).code).toBe(0);
    const before = readFileSync(join(dir, 'rest.comparanda'));
    const dry = await json('merge', 'rest.comparanda', 'burgas.comparanda', '--dry-run');
    expect(dry.dryRun).toBe(true);
    expect(readFileSync(join(dir, 'rest.comparanda')).equals(before)).toBe(true);
    const merged = await json('merge', 'rest.comparanda', 'burgas.comparanda');
    expect(merged.report.counts).toEqual(dry.report.counts);
    expect(merged.report.counts.documents.added + merged.report.counts.segments.added).toBeGreaterThan(0);
    const again = await json('merge', 'rest.comparanda', 'burgas.comparanda');
    for (const counts of Object.values(again.report.counts) as { added: number }[]) expect(counts.added).toBe(0);
    const text = await comparanda('merge', 'rest.comparanda', 'copy.comparanda', '--dry-run');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Merging copy\.comparanda into rest\.comparanda would do this \(nothing written\):\n/);
    expect(text.stdout).toMatch(/Coded passages/);
  }, 240_000);

  it('refuses a file that is not an archive, leaving the repository as it was', async () => {
    writeFileSync(join(dir, 'notes.comparanda'), 'just notes');
    const before = readFileSync(join(dir, 'study.comparanda'));
    const run = await comparanda('merge', 'study.comparanda', 'notes.comparanda');
    expect(run).toMatchObject({ code: 1, stderr: 'comparanda: notes.comparanda is not a Comparanda archive (it is not a zip file).\n' });
    expect(readFileSync(join(dir, 'study.comparanda')).equals(before)).toBe(true);
  }, 60_000);
});
