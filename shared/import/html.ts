// Reads an HTML page: charset from BOM / <meta>, text without scripts, remote content or page furniture (navigation, cookie banners), title and author.
import { failures } from './failures';
import { decodeText } from './decode';
import { htmlIntoText } from './html-text';
import { TextBuilder } from './text-builder';
import type { FormatOutput, ReadContext } from './types';

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Below this share of the whole page's text, leaving out navigation and the like is taken to have gone wrong. */
const MIN_SHARE_WITHOUT_FURNITURE = 0.2;

export function readHtml(bytes: Uint8Array, context: ReadContext): FormatOutput {
  const declared = declaredCharset(bytes);
  const decoded = decodeText(bytes, declared);
  if (!decoded) throw failures.notText(context.name);
  const html = decoded.text.replace(/^\ufeff/, '');
  let builder = new TextBuilder();
  const facts = htmlIntoText(html, builder, { dropBoilerplate: true });
  // A page built only of what looks like furniture (a whole page in <aside>, an odd template) is read whole instead.
  const whole = new TextBuilder();
  htmlIntoText(html, whole);
  if (builder.toString().length < whole.toString().length * MIN_SHARE_WITHOUT_FURNITURE) builder = whole;
  const warnings: string[] = [];
  if (declared && decoded.encoding !== declared && !(declared === 'utf8' && decoded.encoding === 'utf-8')) {
    let declaredLabel = declared;
    try {
      declaredLabel = new TextDecoder(declared).encoding;
    } catch {
      // an unknown label stays as written
    }
    if (declaredLabel !== decoded.encoding) {
      warnings.push(`the page declares ${declared} but its bytes are ${decoded.encoding}; read as ${decoded.encoding}`);
    }
  }
  return {
    text: builder.toString(),
    headings: builder.headings,
    ...(facts.title ? { title: facts.title } : {}),
    metadata: { encoding: decoded.encoding, ...(facts.author ? { author: facts.author } : {}) },
    warnings,
  };
}
