// pdfjs-dist for Node: the legacy build and the document options it needs outside a browser.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfjsModule } from '../../shared/import';

export const loadPdfjsForNode = (): Promise<PdfjsModule> =>
  import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfjsModule>;

/** The folder of pdfjs's standard fonts as an absolute path with a trailing slash (pdfjs reads it with fs in Node). */
function standardFontsFolder(): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return join(dirname(packageJson), 'standard_fonts') + '/';
}

export const pdfjsNodeDocumentOptions: Record<string, unknown> = {
  standardFontDataUrl: standardFontsFolder(),
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
};
