// `comparanda matrix` through the real executable: the terminal table, --by, --csv, --json, filters and exit codes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/coding';
import { SAMPLE_DOCUMENTS } from '../../shared/sample';
import { runCli } from './run-cli';

let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

interface MatrixJson {
  measure: string;
  documents: number;
  cities: { name: string; country: string; total: number }[];
  themes: { name: string; path: string; depth: number; values: number[]; total: number }[];
  total: number;
  summaries: { theme: string; city: string; text: string }[];
}

async function matrixJson(...args: string[]): Promise<MatrixJson> {
  const run = await comparanda('matrix', 'study.comparanda', '--json', ...args);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as MatrixJson;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-matrix-'));
  expect((await comparanda('init', 'study.comparanda', '--sample')).code).toBe(0);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('comparanda matrix', () => {
  it('prints a table: cities grouped by country as columns, the codebook tree as rows, totals', async () => {
    const run = await comparanda('matrix', 'study.comparanda');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Theme \(coded passages\)\s+Vienna \(AT\)\s+Burgas \(BG\)\s+Prague \(CZ\)\s+Berlin \(DE\)\s+Bologna \(IT\)\s+Total$/);
    expect(lines).toContainEqual(expect.stringMatching(/^› Housing\s+3\s+2\s+1\s+·\s+1\s+7$/));
    expect(lines.at(-1)).toMatch(/^Total\s+3\s+5\s+6\s+3\s+4\s+20$/);
  });

  it('--json gives the same figures, with every passage of the sample counted', async () => {
    const matrix = await matrixJson();
    expect(matrix.measure).toBe('segments');
    expect(matrix.documents).toBe(SAMPLE_DOCUMENTS.length);
    expect(matrix.total).toBe(SAMPLE_DOCUMENTS.reduce((n, d) => n + d.passages.length, 0));
    const housing = matrix.themes.find((t) => t.name === 'Housing')!;
    expect(housing).toMatchObject({ path: 'EU Action Plan areas / Housing', depth: 1, values: [3, 2, 1, 0, 1], total: 7 });
    expect(matrix.summaries).toEqual([{ theme: 'EU Action Plan areas / Housing', city: 'Burgas', text: expect.stringContaining('tourist season') }]);
  });

  it('--csv parses back to the JSON figures', async () => {
    const run = await comparanda('matrix', 'study.comparanda', '--csv', '--by', 'documents');
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    const matrix = await matrixJson('--by', 'documents');
    expect(rows[0]).toEqual(['Theme — Documents', ...matrix.cities.map((c) => `${c.name} (${c.country})`), 'Total']);
    expect(rows.slice(1, -1)).toEqual(matrix.themes.map((t) => [t.path, ...t.values.map(String), String(t.total)]));
    expect(rows.at(-1)).toEqual(['Total', ...matrix.cities.map((c) => String(c.total)), String(matrix.total)]);
  });

  it.each([
    [['--by', 'words'], 'words'],
    [['--by', 'share'], 'share'],
  ])('%j measures %s', async (args, measure) => {
    const matrix = await matrixJson(...args);
    expect(matrix.measure).toBe(measure);
    const housing = matrix.themes.find((t) => t.name === 'Housing')!;
    expect(housing.values[0]).toBeGreaterThan(0);
    if (measure === 'share') expect(housing.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    else expect(Number.isInteger(housing.values[0])).toBe(true);
  });

  it('filters by kind and date', async () => {
    const interviews = await matrixJson('--kind', 'interview');
    expect(interviews.documents).toBe(SAMPLE_DOCUMENTS.filter((d) => d.kind === 'interview').length);
    expect(interviews.total).toBe(SAMPLE_DOCUMENTS.filter((d) => d.kind === 'interview').reduce((n, d) => n + d.passages.length, 0));
    const none = await matrixJson('--from', '2999-01-01');
    expect([none.documents, none.total]).toEqual([0, 0]);
  });

  it.each([
    [['--by', 'pages'], 2, "argument 'pages' is invalid"],
    [['--csv', '--json'], 2, "cannot be used with option '--json'"],
    [['--from', 'March'], 2, '"March" is not a date written yyyy-mm-dd.'],
    [['--kind', 'novel'], 2, "argument 'novel' is invalid"],
  ])('%j fails with exit code %i', async (args, code, message) => {
    const run = await comparanda('matrix', 'study.comparanda', ...args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('says so when the archive does not exist', async () => {
    expect(await comparanda('matrix', 'missing.comparanda')).toMatchObject({ code: 1, stderr: 'comparanda: missing.comparanda does not exist.\n' });
  });
});
