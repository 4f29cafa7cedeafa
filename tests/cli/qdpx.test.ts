// `comparanda qdpx export|import` through the real executable: files, reports, --json and exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedJson, runCli } from './run-cli';

const SCHEMA = '/work/shared/refi-qda/schemas/Project-mrt2019.xsd';
const MAXQDA = '/work/shared/refi-qda/samples/maxqda/maxqda24-ICLS_Conf_Themes_ALL_just10.qdpx';
let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

const json = printedJson;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-qdpx-'));
  expect((await comparanda('init', 'study.comparanda', '--sample')).code).toBe(0);
  expect((await comparanda('init', 'empty.comparanda')).code).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each step starts Node with tsx; on a busy two-core machine one run can take several seconds.
describe('comparanda qdpx', { timeout: 120_000 }, () => {
  it('exports the sample project as a .qdpx whose project.qde is valid and whose texts sit under sources/', async () => {
    const run = await comparanda('qdpx', 'export', 'study.comparanda', '-o', 'study.qdpx');
    expect(run).toEqual({ code: 0, stdout: 'Wrote study.qdpx: 6 documents, 11 themes, 20 coded passages.\n', stderr: '' });
    const entries = unzipSync(new Uint8Array(readFileSync(join(dir, 'study.qdpx'))));
    const names = Object.keys(entries).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.filter((n) => /^sources\/[0-9A-F-]{36}\.txt$/.test(n))).toHaveLength(6);
    const qde = strFromU8(entries['project.qde']!);
    expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0" name="Sample project: migrant inclusion in four cities" origin="Comparanda');
    const lint = spawnSync('xmllint', ['--version']);
    if (lint.status === 0 && existsSync(SCHEMA)) {
      writeFileSync(join(dir, 'project.qde'), qde);
      const check = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, join(dir, 'project.qde')], { encoding: 'utf8' });
      expect(check.stderr).toContain('validates');
      expect(check.status).toBe(0);
    }
  });

  it('imports its own export into an empty repository with nothing left out (--json), then finds every document already there', async () => {
    await comparanda('qdpx', 'export', 'study.comparanda', '-o', 'again.qdpx');
    const report = json<{ documents: { added: number }; themes: { added: number }; segments: { added: number }; losses: unknown[] }>(
      await comparanda('qdpx', 'import', 'empty.comparanda', 'again.qdpx', '--json'),
    );
    expect(report).toMatchObject({ documents: { added: 6 }, themes: { added: 11 }, segments: { added: 20 }, losses: [] });
    const info = json<{ counts: { documents: number; segments: number } }>(await comparanda('info', 'empty.comparanda', '--json'));
    expect(info.counts).toMatchObject({ documents: 6, segments: 20 });
    const second = await comparanda('qdpx', 'import', 'empty.comparanda', 'again.qdpx');
    expect(second.stdout).toContain('0 new documents (6 already here)');
    expect(second.stdout).toContain('0 coded passages (20 already here)');
  });

  it.skipIf(!existsSync(MAXQDA))('imports a real MAXQDA project and lists what it left out', async () => {
    const run = await comparanda('qdpx', 'import', 'study.comparanda', MAXQDA);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('from MAXQDA 24 (Release 24.7.0)): 10 new documents (0 already here), 307 new themes');
    expect(run.stdout).toContain('Not imported (2):\n  - Set "ICLS 2024" (5 documents) (line 946): Comparanda has no sets');
  });

  it('refuses a damaged project with one plain line and exit 1, and a wrong output name with exit 2', async () => {
    writeFileSync(join(dir, 'broken.qdpx'), 'not a zip at all');
    expect(await comparanda('qdpx', 'import', 'study.comparanda', 'broken.qdpx')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'comparanda: broken.qdpx is not a REFI-QDA project: a .qdpx is a zip package and a .qde an XML file.\n',
    });
    expect(await comparanda('qdpx', 'import', 'study.comparanda', 'missing.qdpx')).toMatchObject({ code: 1, stderr: 'comparanda: missing.qdpx does not exist.\n' });
    expect(await comparanda('qdpx', 'export', 'study.comparanda', '-o', 'study.zip')).toMatchObject({ code: 2, stderr: 'comparanda: study.zip: a REFI-QDA project file ends in .qdpx.\n' });
  });
});
