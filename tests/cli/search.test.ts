// `comparanda search` through the real bin on a sample archive: hits with locations, KWIC, JSON, CSV, parse errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-search-'));
  expect((await comparanda('init', 'study.comparanda', '--sample')).code).toBe(0);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('comparanda search', () => {
  it('prints each document with its hits, speaker and highlighted snippet', async () => {
    const run = await comparanda('search', 'study.comparanda', '"Anerkennung von Abschlüssen"');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^1 passage in 1 document\n/);
    expect(run.stdout).toContain('Interview mit einer Beraterin, Migrationsberatung Berlin-Neukölln (1 hit)');
    expect(run.stdout).toMatch(/\[B1\] .*«Anerkennung von Abschlüssen»/);
  });

  it('prints pages for reports and times for transcripts, folding accents and scripts', async () => {
    const report = await comparanda('search', 'study.comparanda', 'burgas kind:report', '--limit', '3');
    expect(report.stdout).toMatch(/\[p\. \d\] .*«Burgas»/);
    const focus = await comparanda('search', 'study.comparanda', 'ambulatorio city:Bologna');
    expect(focus.stdout).toMatch(/\[\d\d:\d\d · Giulia\] .*«ambulatorio»/);
    const cyrillic = await comparanda('search', 'study.comparanda', 'БУРГАС', '--json');
    const parsed = JSON.parse(cyrillic.stdout);
    expect(parsed.totalHits).toBeGreaterThan(0);
    expect(parsed.documents[0].title).toBe('Интервю със социална работничка, Община Бургас');
  });

  it('limits the hits and says how many there are', async () => {
    const run = await comparanda('search', 'study.comparanda', 'housing', '--limit', '2', '--json');
    const parsed = JSON.parse(run.stdout);
    expect(parsed.documents.flatMap((d: { hits: unknown[] }) => d.hits)).toHaveLength(2);
    expect(parsed.totalHits).toBeGreaterThan(2);
    const text = await comparanda('search', 'study.comparanda', 'housing', '--limit', '2');
    expect(text.stdout.split('\n')[0]).toBe(`${parsed.totalHits} passages in ${parsed.totalDocuments} documents (showing 2)`);
  });

  it('prints keyword-in-context lines, sorted, as text, JSON and CSV', async () => {
    const kwic = await comparanda('search', 'study.comparanda', 'housing', '--kwic', '--limit', '50');
    const lines = kwic.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^.{40} housing /i);
    const json = JSON.parse((await comparanda('search', 'study.comparanda', 'housing', '--kwic', '--sort', 'right', '--json', '--limit', '50')).stdout) as { right: string }[];
    const rightWords = json.map((l) => (/[\p{L}\p{N}]+/u.exec(l.right)?.[0] ?? '').toLowerCase());
    expect(rightWords).toEqual([...rightWords].sort((a, b) => a.localeCompare(b)));
    const csv = await comparanda('search', 'study.comparanda', 'housing', '--kwic', '--csv');
    expect(csv.stdout.startsWith('document,page,time,speaker,offset,left,keyword,right\r\n')).toBe(true);
  });

  it.each([
    ['housing "social', 'This quote is never closed: add a closing ".', '  housing "social\n          ^'],
    ['(housing OR Wohnung', 'This "(" is never closed: add a ")".', '  (housing OR Wohnung\n  ^'],
    ['Wien AND', 'The query ends where a word was expected.', '  Wien AND\n          ^'],
  ])('a malformed query %j exits 2 with the message and a caret', async (query, message, caret) => {
    const run = await comparanda('search', 'study.comparanda', query);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`comparanda: ${message}\n${caret}\n`);
  });

  it('warns about an unknown city and finds nothing; refuses a bad limit and a missing file', async () => {
    const run = await comparanda('search', 'study.comparanda', 'housing city:Atlantis');
    expect(run).toMatchObject({ code: 0, stderr: 'comparanda: There is no city called "Atlantis" in this repository.\n' });
    expect(run.stdout).toMatch(/^0 passages in 0 documents/);
    expect((await comparanda('search', 'study.comparanda', 'housing', '--limit', '0')).code).toBe(2);
    const missing = await comparanda('search', 'nowhere.comparanda', 'housing');
    expect(missing).toMatchObject({ code: 1, stderr: 'comparanda: nowhere.comparanda does not exist.\n' });
  });
});
