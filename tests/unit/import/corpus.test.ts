// Every file of ../shared/corpus through extractText: text or a failure with a reason, never a throw or a hang.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRACTION_FAILURES } from '../../../shared/import/types';
import { corpusRoot, extractCorpus, hasCorpus } from './helpers';

/** Per-file limit handed to extractText; the test allows a little more for the failure to come back. */
const FILE_TIMEOUT_MS = 20_000;

/** Words by which MANIFEST.md marks files that are expected to fail or to need a password. */
const EXPECTED_TO_FAIL = /ENCRYPTED|BROKEN|MALFORMED|NEGATIVE|SCANNED|IMAGE-ONLY|DECOMPRESSION BOMB|FUZZED/;

/**
 * Files the MANIFEST lists as normal whose content has no text to import; each must end as the failure named.
 * The reason is checked by reading the file's description or its content, noted beside it.
 */
const NO_TEXT: Record<string, string> = {
  'docx/mammoth-empty.docx': 'empty', // "Valid docx with empty body"
  'docx/pydocx-tbl-having-tables.docx': 'empty', // "Several empty tables, no body text"
  'docx/pydocx-having-images.docx': 'empty', // inline images only
  'docx/pydocx-doc-no-coreprops.docx': 'empty', // its document.xml has no w:t
  'docx/pydocx-no-styles-part.docx': 'empty', // its document.xml has no w:t
  'docx/mammoth-tiny-picture.docx': 'empty', // one embedded PNG
  'docx/mammoth-external-picture.docx': 'empty', // one linked picture
  'odt/pandoc-image.odt': 'empty', // one embedded image, no text:p content
  'rtf/pandoc-image.rtf': 'empty', // one \pict group
  'pdf/labelled_pages.pdf': 'empty', // 11 pages with page labels and no text objects
  'transcripts/vtt/w3c-signature-no-newline.vtt': 'empty', // "valid, zero cues"
  'transcripts/vtt/w3c-timings-eof.vtt': 'corrupt', // "Timing line at EOF with no cue payload": its only cue is cut off
  'interviews/qualcoder-examples/qualcoder-cases123.csv': 'unsupported-format',
  'interviews/sheffield-open-qual/Interview Participant - Facesheet information.xlsx': 'unsupported-format',
};

interface ManifestEntry {
  special: string;
  password?: string;
}

function readManifest(): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  for (const line of fs.readFileSync(path.join(corpusRoot, 'MANIFEST.md'), 'utf8').split('\n')) {
    const file = /^\| `([^`]+)` \|/.exec(line)?.[1];
    if (!file) continue;
    const special = line.split('|').at(-2)?.trim() ?? '';
    const documented = /password required: (\w+)|password '([^']+)'|SASLprep: '([^']+)' \(JSON escape\)/.exec(special);
    const raw = documented?.[1] ?? documented?.[2] ?? documented?.[3];
    entries.set(file, { special, ...(raw ? { password: JSON.parse(`"${raw}"`) as string } : {}) });
  }
  return entries;
}

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full !== path.join(corpusRoot, 'MANIFEST.md')) files.push(path.relative(corpusRoot, full).split(path.sep).join('/'));
    }
  };
  walk(corpusRoot);
  return files.sort();
}

describe.skipIf(!hasCorpus)('the whole corpus', () => {
  const manifest = hasCorpus ? readManifest() : new Map<string, ManifestEntry>();
  const files = hasCorpus ? corpusFiles() : [];
  const outcomes = new Map<string, number>();
  const failures: string[] = [];
  let slowest = { file: '', ms: 0 };

  afterAll(() => {
    if (files.length === 0) return;
    const counts = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`);
    console.log(`corpus: ${files.length} files; ${counts.join(', ')}; slowest ${slowest.file} ${slowest.ms} ms`);
    console.log(`corpus failures:\n  ${failures.join('\n  ')}`);
  });

  it('has files to read', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files)('%s ends as text or as a failure with a reason, in time', { timeout: FILE_TIMEOUT_MS + 10_000 }, async (file) => {
    const started = Date.now();
    const result = await extractCorpus(file, { limits: { timeoutMs: FILE_TIMEOUT_MS } });
    const ms = Date.now() - started;
    if (ms > slowest.ms) slowest = { file, ms };
    expect(ms).toBeLessThan(FILE_TIMEOUT_MS + 2_000);
    const name = path.basename(file);
    if (result.ok) {
      outcomes.set('text', (outcomes.get('text') ?? 0) + 1);
      expect(result.value.text.trim().length).toBeGreaterThan(0);
      expect(result.value.text).toBe(result.value.text.normalize('NFC'));
      for (const mark of [...result.value.pages, ...result.value.turns, ...result.value.headings]) {
        expect(mark.start).toBeLessThanOrEqual(result.value.text.length);
      }
    } else {
      outcomes.set(result.error.code, (outcomes.get(result.error.code) ?? 0) + 1);
      failures.push(`${file} → ${result.error.code}: ${result.error.message}`);
      expect(EXTRACTION_FAILURES).toContain(result.error.code);
      expect(result.error.message).toContain(name);
      expect(result.error.message).not.toMatch(/\n\s+at /);
    }
    const entry = manifest.get(file);
    const expectedFailure = NO_TEXT[file];
    if (expectedFailure) {
      expect(result).toMatchObject({ ok: false, error: { code: expectedFailure } });
    } else if (entry && !EXPECTED_TO_FAIL.test(entry.special)) {
      // A normal file must yield text.
      expect(result.ok ? 'text' : `${result.error.code}: ${result.error.message}`).toBe('text');
    }
  });

  const encrypted = [...manifest.entries()].filter(([, entry]) => entry.password !== undefined);

  it('documents passwords for the encrypted PDFs', () => {
    expect(encrypted.map(([file]) => file).sort()).toEqual(['pdf/bug1782186.pdf', 'pdf/issue3371.pdf', 'pdf/saslprep-r6.pdf']);
  });

  it.each(encrypted)('%s opens with its documented password and refuses a wrong one', async (file, entry) => {
    const opened = await extractCorpus(file, { password: entry.password! });
    if (!opened.ok) expect(['password-required', 'wrong-password', 'corrupt']).not.toContain(opened.error.code);
    const wrong = await extractCorpus(file, { password: `${entry.password!}-wrong` });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-password' } });
  });
});
