// Archive JSON: byte arrays as {"$bytes": base64}, in the tables that may hold them, and refused when malformed.
import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson, fromBase64, toBase64 } from '../../../shared/archive/json';

describe('base64', () => {
  it.each([
    [[], ''],
    [[0], 'AA=='],
    [[255, 254], '//4='],
    [[77, 97, 110], 'TWFu'],
    [[0, 1, 2, 3, 250, 251, 252], 'AAECA/r7/A=='],
  ])('%j ↔ %s', (bytes, text) => {
    expect(toBase64(new Uint8Array(bytes))).toBe(text);
    expect(toBase64(new Uint8Array(bytes))).toBe(globalThis.btoa(String.fromCharCode(...bytes)));
    expect([...fromBase64(text)]).toEqual(bytes);
  });

  it('round-trips every length of a pseudo-random run of bytes', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 73 + 11) & 255);
    for (let n = 0; n <= bytes.length; n += 7) expect(fromBase64(toBase64(bytes.subarray(0, n)))).toEqual(bytes.subarray(0, n));
  });

  it.each(['A', 'AB=', 'A*==', 'AAAA=AAA', '====' ])('refuses %j', (text) => {
    expect(() => fromBase64(text)).toThrow(SyntaxError);
  });
});

describe('archive JSON', () => {
  it('writes bytes as $bytes only when asked, and reads them back', () => {
    const row = { id: 'shard-01', postings: new Uint8Array([1, 2, 3]) };
    const encoded = encodeJson([row]);
    expect(new TextDecoder().decode(encoded)).toBe('[{"id":"shard-01","postings":{"$bytes":"AQID"}}]');
    expect(decodeJson(encoded)).toEqual([row]);
    expect(decodeJson(encoded, { bytes: false })).toEqual([{ id: 'shard-01', postings: { $bytes: 'AQID' } }]);
    expect(new TextDecoder().decode(encodeJson({ text: 'Vídeň' }, { bytes: false }))).toBe('{"text":"Vídeň"}');
  });
});
