// Encoding detection: byte order marks, BOM-less UTF-16, UTF-8, legacy code pages, binary refusal.
import { describe, expect, it } from 'vitest';
import { binaryShare, decodeAs, decodeText } from '../../../shared/import/decode';
import { corpusBytes, encodeLegacy, hasCorpus } from './helpers';

const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return out;
};
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const CZECH = 'Příliš žluťoučký kůň úpěl ďábelské ódy. Migranti v Brně a v Ostravě hledají práci a bydlení.';
const POLISH = 'Zażółć gęślą jaźń. Integracja migrantów w Krakowie i we Wrocławiu wymaga mieszkań i szkół.';
const RUSSIAN = 'Съешь же ещё этих мягких французских булок, да выпей чаю. Мигранты в Москве ищут работу и жильё.';
const GERMAN = 'Über die Straße gehen Bürgerinnen und Bürger; Integration in Köln, München und Zürich ist größer.';

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', join(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(GERMAN)), 'utf-8', GERMAN],
    ['UTF-16 LE with BOM', join(new Uint8Array([0xff, 0xfe]), utf16(CZECH, true)), 'utf-16le', CZECH],
    ['UTF-16 BE with BOM', join(new Uint8Array([0xfe, 0xff]), utf16(CZECH, false)), 'utf-16be', CZECH],
    ['UTF-16 LE without BOM', utf16(GERMAN, true), 'utf-16le', GERMAN],
    ['UTF-16 BE without BOM', utf16(GERMAN, false), 'utf-16be', GERMAN],
    ['UTF-8 without BOM', new TextEncoder().encode(RUSSIAN), 'utf-8', RUSSIAN],
    ['windows-1250', encodeLegacy(`${CZECH} ${CZECH}`, 'windows-1250'), 'windows-1250', `${CZECH} ${CZECH}`],
    ['windows-1251', encodeLegacy(`${RUSSIAN} ${RUSSIAN}`, 'windows-1251'), 'windows-1251', `${RUSSIAN} ${RUSSIAN}`],
    ['KOI8-R', encodeLegacy(`${RUSSIAN} ${RUSSIAN}`, 'koi8-r'), 'koi8-r', `${RUSSIAN} ${RUSSIAN}`],
    ['ISO-8859-2', encodeLegacy(`${POLISH} ${POLISH}`, 'iso-8859-2'), 'iso-8859-2', `${POLISH} ${POLISH}`],
    ['windows-1252', encodeLegacy(`${GERMAN} ${GERMAN}`, 'windows-1252'), 'windows-1252', `${GERMAN} ${GERMAN}`],
  ])('%s', (_label, bytes, encoding, text) => {
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text).toBe(text);
  });

  it('decodes UTF-32 LE with a BOM, which TextDecoder lacks', () => {
    const body = [...'Wien – Vídeň 🏙'].flatMap((ch) => {
      const cp = ch.codePointAt(0)!;
      return [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, 0];
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, ...body]))?.text).toBe('Wien – Vídeň 🏙');
  });

  it('uses a declared charset when the bytes are not UTF-8, and ignores it when they are', () => {
    const latin = encodeLegacy('Kraków i Łódź', 'iso-8859-2');
    expect(decodeText(latin, 'iso-8859-2')).toEqual({ text: 'Kraków i Łódź', encoding: 'iso-8859-2' });
    const utf8 = new TextEncoder().encode('深度学习 Kraków');
    expect(decodeText(utf8, 'gb2312')).toEqual({ text: '深度学习 Kraków', encoding: 'utf-8' });
  });

  it.each([
    ['PNG header and data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8])],
    ['pseudo-random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)],
  ])('refuses binary data: %s', (_label, bytes) => {
    expect(binaryShare(bytes)).toBeGreaterThan(0.05);
    expect(decodeText(bytes)).toBeUndefined();
  });
});

describe.skipIf(!hasCorpus)('decodeText on the corpus encodings', () => {
  it.each([
    ['txt/encodings/polish-windows-1250.txt', 'windows-1250', 'zauważyli'],
    ['txt/encodings/czech-windows-1250.txt', 'windows-1250', 'veřejností'],
    ['txt/encodings/romanian-windows-1250.txt', 'windows-1250', 'Preşedintele'],
    ['txt/encodings/hungarian-iso-8859-2.txt', 'iso-8859-2', 'gyakorlatilag'],
    ['txt/encodings/russian-windows-1251.txt', 'windows-1251', 'гимназии'],
    ['txt/encodings/russian-koi8-r.txt', 'koi8-r', 'гимназии'],
    ['txt/encodings/greek-iso-8859-7.txt', 'iso-8859-7', 'διαδικτυακός'],
    ['txt/encodings/portuguese-iso-8859-1.txt', 'windows-1252', 'observação'],
    ['txt/encodings/dutch-windows-1252.txt', 'windows-1252', 'Arkadiewitsch'],
    ['txt/encodings/csv-utf-16le-nobom.txt', 'utf-16le', 'DateTime,Bid,Ask'],
    ['txt/encodings/japanese-utf-8-bom.txt', 'utf-8', 'コンソール'],
    ['transcripts/srt/pysrt-windows-1252-french.srt', 'windows-1252', 'ÉVÉNEMENTS'],
    ['transcripts/srt/chardet-turkish-iso-8859-9.srt', 'iso-8859-9', 'Savaşçısı'],
  ])('%s is %s', (file, encoding, word) => {
    const decoded = decodeText(corpusBytes(file));
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text).toContain(word);
    expect(decoded?.text).not.toContain('\ufffd');
  });
});

describe('decodeAs', () => {
  it('decodes windows-1252 curly quotes and the euro sign (Node 20 TextDecoder reads them as C1 controls)', () => {
    expect(decodeAs('windows-1252', new Uint8Array([0x93, 0x80, 0x20, 0x35, 0x94, 0xe9]))).toBe('“€ 5”é');
    expect(decodeAs('latin1', new Uint8Array([0x85]))).toBe('…');
  });
});
