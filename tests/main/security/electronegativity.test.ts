// Electronegativity over main's sources, the built preload, the page and package.json: every finding must be justified in docs/security.md.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJustifications, type Justification } from './justifications';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
}
interface ScanResult {
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}
type Run = (options: Record<string, unknown>) => Promise<ScanResult>;

const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity') as Run;
const electronVersion = (require('electron/package.json') as { version: string }).version;

// The release list check fetches github.com; CI has no network, and Electron upgrades arrive through npm like every other package.
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

let scanRoot: string;
let result: ScanResult;
let justifications: Justification[];

/** Copies what the app ships into one folder under the names Electronegativity reads (.ts, .js, .html, .json). */
async function assembleScanFolder(root: string): Promise<void> {
  const buildDir = path.join(root, '.build');
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', 'vite.main.config.ts', '--logLevel', 'error'], {
    env: { ...process.env, COMPARANDA_MAIN_OUT_DIR: buildDir },
  });
  await cp('main', path.join(root, 'main'), { recursive: true, filter: (source) => !source.endsWith('.cts') });
  await mkdir(path.join(root, 'dist/main'), { recursive: true });
  // The sandboxed preload is CommonJS (.cjs), an extension the scanner skips: it reads the built file as .js.
  await writeFile(path.join(root, 'dist/main/preload.js'), await readFile(path.join(buildDir, 'preload.cjs')));
  await mkdir(path.join(root, 'renderer'), { recursive: true });
  await cp('renderer/index.html', path.join(root, 'renderer/index.html'));
  await cp('package.json', path.join(root, 'package.json'));
  await rm(buildDir, { recursive: true, force: true });
}

beforeAll(async () => {
  scanRoot = await mkdtemp(path.join(tmpdir(), 'comparanda-electronegativity-'));
  await assembleScanFolder(scanRoot);
  result = await runElectronegativity({
    input: scanRoot,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: OFFLINE_EXCLUDED,
  });
  justifications = await readJustifications('docs/security.md');
}, 120_000);

afterAll(async () => {
  await rm(scanRoot, { recursive: true, force: true });
});

function describeFinding(finding: Finding): string {
  return `${finding.id} in ${finding.file}:${finding.location.line} (${finding.severity.name}, ${finding.confidence.name})`;
}

function isJustified(finding: Finding): boolean {
  return justifications.some((entry) => entry.check === finding.id && entry.file === finding.file.split(path.sep).join('/'));
}

describe('Electronegativity', () => {
  it('reads every file it was given', () => {
    expect(result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`)).toEqual([]);
  });

  it('finds nothing that docs/security.md does not justify', () => {
    expect(result.issues.filter((finding) => !isJustified(finding)).map(describeFinding)).toEqual([]);
  });

  it('justifies only findings that still occur, so the table does not go stale', () => {
    const stale = justifications.filter((entry) => !result.issues.some((finding) => finding.id === entry.check && finding.file.split(path.sep).join('/') === entry.file));
    expect(stale.map((entry) => `${entry.check} in ${entry.file}`)).toEqual([]);
  });
});
