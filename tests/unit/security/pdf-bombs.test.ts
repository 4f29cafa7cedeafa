// PDF bombs and broken PDFs from the corpus: each comes back as text or as a plain refusal naming the file, within its time limit.
import { describe, expect, it } from 'vitest';
import { EXTRACTION_FAILURES } from '../../../shared/import';
import { extractCorpus, hasCorpus } from '../import/helpers';
import { elapsed } from './hostile-files';

const TIME_LIMIT_MS = 4_000;
/** The reader is stopped at the limit; the rest is the worker winding down and the test's own overhead. */
const BOUND_MS = TIME_LIMIT_MS + 6_000;

/** Corpus PDFs made to hurt readers (see /work/shared/corpus/MANIFEST.md); some still hold readable text. */
const HOSTILE: Array<[string, string, { mayHoldText: boolean }]> = [
  ['pdf/bomb_giant.pdf', 'decompression bomb (pdftotext never finishes)', { mayHoldText: true }],
  ['pdf/poppler-85140-0.pdf', 'declares 213,804,087 pages in 340 bytes', { mayHoldText: false }],
  ['pdf/poppler-742-0-fuzzed.pdf', 'fuzzed page tree, illegal hex strings', { mayHoldText: true }],
  ['pdf/bug1978317.pdf', 'no trailer, null catalog', { mayHoldText: true }],
  ['pdf/REDHAT-1531897-0.pdf', 'bad xref widths, missing endstream', { mayHoldText: true }],
  ['pdf/issue15590.pdf', 'incomplete trailer', { mayHoldText: true }],
  ['pdf/bug1020226.pdf', '184-byte invalid PDF', { mayHoldText: false }],
  ['pdf/issue9418.pdf', 'xref needs reconstruction', { mayHoldText: true }],
];

describe.runIf(hasCorpus)('hostile PDFs', () => {
  it.each(HOSTILE)('%s (%s) ends within its limit with text or a plain refusal', async (file, _what, { mayHoldText }) => {
    const { value: result, ms } = await elapsed(() => extractCorpus(file, { limits: { timeoutMs: TIME_LIMIT_MS } }));
    expect(ms).toBeLessThan(BOUND_MS);
    if (result.ok) {
      expect(mayHoldText).toBe(true);
      expect(result.value.text.trim()).not.toBe('');
    } else {
      expect(EXTRACTION_FAILURES).toContain(result.error.code);
      expect(result.error.message.startsWith(file.split('/').pop()!)).toBe(true);
      expect(result.error.message).not.toMatch(/\n\s+at |undefined|\[object/);
    }
  });

  it('the page limit holds against a file that declares millions of pages', async () => {
    const { value: result, ms } = await elapsed(() => extractCorpus('pdf/poppler-85140-0.pdf', { limits: { timeoutMs: TIME_LIMIT_MS, maxPages: 50 } }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(result.ok ? result.value.pages.length : 0).toBeLessThanOrEqual(50);
  });
});
