// Real corpus files, mutated (byte flips, truncation, splices, repeats), through extractText: sound text or a plain refusal, never a throw or a hang.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extractText } from '../../../shared/import';
import { corpusRoot, hasCorpus, nodePdfOptions } from '../import/helpers';
import { expectPlainRefusal, expectSoundExtraction } from './extraction-invariants';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHangAsync } from './fuzz-settings';
import { mutate, mutation } from './mutations';

const IMPORTABLE = /\.(txt|md|html?|rtf|vtt|srt|docx|odt|pdf)$/i;
/** The reader's own time limit, and the bound past which the test calls it a hang. */
const TIME_LIMIT_MS = 3_000;
const HANG_MS = 15_000;

function corpusFiles(folders: string[], maxBytes: number): Array<{ relative: string; bytes: Uint8Array }> {
  const out: Array<{ relative: string; bytes: Uint8Array }> = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (IMPORTABLE.test(name) && statSync(full).size <= maxBytes) out.push({ relative: path.relative(corpusRoot, full), bytes: new Uint8Array(readFileSync(full)) });
    }
  };
  for (const folder of folders) walk(path.join(corpusRoot, folder));
  return out;
}

async function extractMutated(file: { relative: string; bytes: Uint8Array }, bytes: Uint8Array): Promise<void> {
  const name = path.basename(file.relative);
  const result = await withoutHangAsync(
    () => extractText({ name, path: file.relative, bytes }, { ...nodePdfOptions, limits: { timeoutMs: TIME_LIMIT_MS } }),
    `extractText(mutated ${file.relative})`,
    HANG_MS,
  );
  if (result.ok) expectSoundExtraction(result.value);
  else expectPlainRefusal(result.error, name);
}

describe.runIf(hasCorpus)('mutated corpus files', () => {
  const groups: Array<[string, string[], number, number]> = [
    ['text formats (txt, md, html, rtf, vtt, srt)', ['txt', 'md', 'html', 'rtf', 'transcripts', 'interviews'], 120_000, 40],
    ['packages (docx, odt) as bytes', ['docx', 'odt'], 200_000, 30],
    ['PDFs', ['pdf'], 200_000, 8],
  ];

  it.each(groups)('%s', { timeout: FUZZ_TIMEOUT_MS * 2 }, async (_label, folders, maxBytes, runs) => {
    const files = corpusFiles(folders, maxBytes);
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.nat(files.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, donorIndex, changes) => {
        const file = files[index]!;
        const bytes = changes.reduce((current, change) => mutate(current, change, files[donorIndex]!.bytes), file.bytes);
        await extractMutated(file, bytes);
      }),
      fuzzParameters(runs, runs / 300),
    );
  });

  it('packages (docx, odt) with an XML part mutated inside an intact zip', { timeout: FUZZ_TIMEOUT_MS * 2 }, async () => {
    const files = corpusFiles(['docx', 'odt'], 200_000).filter((file) => {
      try {
        return Object.keys(unzipSync(file.bytes)).some((name) => name.endsWith('.xml'));
      } catch {
        return false;
      }
    });
    await fc.assert(
      fc.asyncProperty(fc.nat(files.length - 1), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, partPick, changes) => {
        const file = files[index]!;
        const parts = unzipSync(file.bytes);
        // The main text parts most of the time, any XML part otherwise.
        const xmlParts = Object.keys(parts).filter((name) => name.endsWith('.xml')).sort();
        const main = xmlParts.filter((name) => /document\.xml$|content\.xml$/.test(name));
        const pool = partPick % 4 === 0 || main.length === 0 ? xmlParts : main;
        const part = pool[partPick % pool.length]!;
        parts[part] = changes.reduce<Uint8Array>((current, change) => mutate(current, change), parts[part]!) as Uint8Array<ArrayBuffer>;
        await extractMutated(file, zipSync(parts));
      }),
      fuzzParameters(35, 0.3),
    );
  });
});
