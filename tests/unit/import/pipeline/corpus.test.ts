// Every file of ../shared/corpus imported into one repository: exactly one outcome each, no empty text stored.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../shared/import/pipeline';
import type { FileToImport } from '../../../../shared/import/pipeline';
import { freshDb, testContext } from '../../../helpers';
import { corpusRoot, hasCorpus, nodePdfOptions } from '../helpers';

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

describe.skipIf(!hasCorpus)('importing the whole corpus in one batch', () => {
  it('gives every file exactly one outcome and stores no empty text', { timeout: 120_000 }, async () => {
    const names = corpusFiles();
    const files: FileToImport[] = names.map((relative) => ({
      name: path.basename(relative),
      path: relative,
      bytes: new Uint8Array(fs.readFileSync(path.join(corpusRoot, relative))),
    }));
    const db = freshDb();
    const started = Date.now();
    const report = await importFiles(db, testContext, files, {
      ...nodePdfOptions,
      // The documented passwords of the corpus's encrypted PDFs (MANIFEST.md).
      passwords: { 'pdf/issue3371.pdf': 'ELXRTQWS', 'pdf/bug1782186.pdf': 'Hello', 'pdf/saslprep-r6.pdf': 'S\u00aaSL\u00adprep' },
      limits: { timeoutMs: 20_000 },
    });
    const seconds = (Date.now() - started) / 1000;
    const byCode = new Map<string, number>();
    for (const o of report.outcomes) if (o.status === 'failed') byCode.set(o.code, (byCode.get(o.code) ?? 0) + 1);
    console.log(
      `pipeline corpus: ${files.length} files in ${seconds.toFixed(1)} s; imported ${report.imported}, duplicate ${report.duplicates}, failed ${report.failed} (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')})`,
    );

    expect(report.cancelled).toBe(false);
    expect(report.outcomes.map((o) => o.file)).toEqual(names);
    expect(report.imported + report.duplicates + report.failed).toBe(files.length);
    expect(report.imported).toBeGreaterThan(files.length / 2);
    for (const outcome of report.outcomes) {
      if (outcome.status === 'failed') {
        expect(outcome.message, outcome.file).toContain(path.basename(outcome.file));
        expect(outcome.message).not.toMatch(/\n\s+at /);
      }
      if (outcome.status === 'duplicate') expect(report.outcomes.some((o) => o.status === 'imported' && o.documentId === outcome.existingDocumentId)).toBe(true);
    }
    const documents = await db.documents.toArray();
    expect(documents).toHaveLength(report.imported);
    for (const doc of documents) {
      const text = (await db.texts.get(doc.id))?.text ?? '';
      expect(text.trim().length, doc.importedFrom).toBeGreaterThan(0);
      expect(doc.textLength).toBe(text.length);
    }
    expect(await db.sources.count()).toBe(report.imported);
    db.close();
  });
});
