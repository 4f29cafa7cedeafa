// Shared pieces of the import tests: the corpus location, pdfjs for Node, and a one-call extractor.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractText } from '../../../shared/import/extract';
import type { ExtractOptions, Extraction, PdfjsModule } from '../../../shared/import/types';
import type { Result } from '../../../shared/result';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusRoot = path.resolve(repoRoot, '../shared/corpus');
export const hasCorpus = fs.existsSync(path.join(corpusRoot, 'MANIFEST.md'));

export const nodePdfOptions: ExtractOptions = {
  loadPdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfjsModule>,
  pdfjsDocumentOptions: {
    standardFontDataUrl: `${pathToFileURL(path.join(repoRoot, 'node_modules/pdfjs-dist/standard_fonts')).href}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  },
};

export function corpusBytes(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(corpusRoot, relative)));
}

export function extractCorpus(relative: string, options: ExtractOptions = {}): Promise<Result<Extraction>> {
  return extractText(
    { name: path.basename(relative), path: relative, bytes: corpusBytes(relative) },
    { ...nodePdfOptions, ...options },
  );
}

export function extractBytes(name: string, content: string | Uint8Array, options: ExtractOptions = {}) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return extractText({ name, path: name, bytes }, { ...nodePdfOptions, ...options });
}

/** The extraction, or a test failure that shows the reason. */
export function value(result: Result<Extraction>): Extraction {
  if (!result.ok) throw new Error(`expected text, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Bytes of `text` in a single-byte legacy code page, built from TextDecoder's own table for it. */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return new Uint8Array(
    [...text].map((ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${ch} is not in ${encoding}`);
      return byte;
    }),
  );
}
