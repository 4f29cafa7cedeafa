// extractText as a whole: format detection and sniffing, size limits, and a failure value (never a throw) for bad bytes.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../shared/import/detect';
import { EXTRACTION_FAILURES } from '../../../shared/import/types';
import { extractBytes, value } from './helpers';
import { makePdf } from './pdf-maker';

const text = (s: string) => new TextEncoder().encode(s);
const pdf = makePdf({ pages: [[{ text: 'Hidden PDF', x: 72, y: 700 }]] });
const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<d/>') });

describe('detectFormat', () => {
  it.each([
    ['notes.TXT', text('hello'), 'txt', undefined],
    ['page.htm', text('<p>hi</p>'), 'html', undefined],
    ['readme.markdown', text('# hi'), 'md', undefined],
    ['disguised.txt', pdf, 'pdf', 'the file has .txt but its content is PDF: read as PDF'],
    ['letter.txt', text('{\\rtf1 hi}'), 'rtf', 'the file has .txt but its content is RTF: read as RTF'],
    ['no-extension', pdf, 'pdf', 'the file has no extension but its content is PDF: read as PDF'],
    ['thesis.doc', odt, 'odt', 'the file has .doc but its content is ODT: read as ODT'],
    ['subs.txt', text('WEBVTT\n\n00:01.000 --> 00:02.000\nhi'), 'txt', undefined],
    ['archive.zip', zipSync({ 'a.txt': strToU8('a') }), undefined, undefined],
    ['table.csv', text('a,b'), undefined, undefined],
  ])('%s → %s', (name, bytes, format, warning) => {
    const guess = detectFormat(name, bytes);
    expect(guess.format).toBe(format);
    expect(guess.warning).toBe(warning);
  });
});

describe('extractText', () => {
  it('reads a PDF named .txt as a PDF and says so', async () => {
    const doc = value(await extractBytes('disguised.txt', pdf));
    expect(doc.sourceFormat).toBe('pdf');
    expect(doc.text).toBe('Hidden PDF');
    expect(doc.warnings[0]).toMatch(/content is PDF/);
    expect(doc.metadata.warnings).toEqual(doc.warnings);
  });

  it.each([
    ['table.csv', text('a,b\n1,2'), {}, 'unsupported-format', 'table.csv is not a format Comparanda can import (.csv); use txt, md, html, docx, pdf, odt, rtf, vtt or srt'],
    ['notes.txt', Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256), {}, 'not-text', 'notes.txt is not text: it looks like binary data'],
    ['empty.txt', new Uint8Array(0), {}, 'empty', 'empty.txt is empty: the file has no content (0 bytes)'],
    ['blank.md', text('   \n\n  '), {}, 'empty', 'blank.md is empty: it contains no text'],
    ['huge.txt', text('x'.repeat(3000)), { limits: { maxFileBytes: 1024 } }, 'too-large', 'huge.txt is too large to import (3 KB; the limit is 1 KB)'],
  ])('%s fails as %s with a plain message', async (name, bytes, options, code, message) => {
    expect(await extractBytes(name, bytes, options)).toEqual({ ok: false, error: { code, message } });
  });

  it('is cancelled before it starts when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await extractBytes('a.txt', 'hello', { signal: controller.signal })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('normalises text to NFC and finds speaker turns in plain transcripts', async () => {
    const decomposed = 'Interviewer: Wie war Zu\u0308rich?\nBefragte: Scho\u0308n.\nInterviewer: Und Wien?\nBefragte: Auch.';
    const doc = value(await extractBytes('interview.txt', decomposed));
    expect(doc.text).toBe(decomposed.normalize('NFC'));
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'Befragte', 'Interviewer', 'Befragte']);
    expect(doc.kind).toBe('interview');
  });

  it.each(['txt', 'md', 'html', 'docx', 'pdf', 'odt', 'rtf', 'vtt', 'srt'])(
    'returns a failure value, never throws, for random bytes named .%s',
    async (extension) => {
      for (let seed = 1; seed <= 5; seed++) {
        const bytes = Uint8Array.from({ length: 256 * seed }, (_, i) => ((i + 1) * seed * 2654435761) >>> 24);
        const result = await extractBytes(`random.${extension}`, bytes);
        if (!result.ok) {
          expect(EXTRACTION_FAILURES).toContain(result.error.code);
          expect(result.error.message).toMatch(/^random\.\w+ /);
        }
      }
    },
  );
});
