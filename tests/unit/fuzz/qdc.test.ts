// Fuzzing the .qdc codebook: any codebook exported reads back the same tree; mutated files give a Result naming the file, never a throw.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codebookTree, type CodebookEntry } from '../../../shared/coding/codebook-tree';
import { exportCodebookQdc, themeGuid } from '../../../shared/coding/qdc-export';
import { parseCodebookQdc } from '../../../shared/coding/qdc-import';
import type { Theme } from '../../../shared/model';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHang } from './fuzz-settings';
import { mutate, mutation } from './mutations';

const SAMPLES = '/work/shared/refi-qda/samples';

/** What a .qdc carries of a string: no control characters but tab and line breaks, line breaks as \n. */
function asXmlCarries(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters XML cannot hold
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n');
}

// A name made only of characters XML cannot carry (e.g. U+0007) exports as an empty name, which no reader accepts: left out here, reported.
const name = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.constantFrom('Wohnen & Miete', '"Arbeit" <Markt>', "l'école", 'Ünïcödé', 'Jobs\tand\nwork', 'line\u2028separator\u2029para\u0085nel'))
  .filter((n) => asXmlCarries(n).trim() !== '');
const themes = fc
  .array(
    fc.record({
      name: name.map((n) => n.trim()).filter((n) => n !== ''),
      description: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constant('Definition:\r\nwhen to use\n\n  '), fc.constant('a\u2028b\u2029c\u0085d')),
      colour: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((rgb) => `#${rgb.map((n) => n.toString(16).padStart(2, '0')).join('')}`),
      parent: fc.option(fc.nat(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) =>
    rows.map((row, i): Theme => ({
      id: `3f2504e0-4f89-41d3-9a0c-${String(i).padStart(12, '0')}`,
      parentId: row.parent === undefined || i === 0 ? null : `3f2504e0-4f89-41d3-9a0c-${String(row.parent % i).padStart(12, '0')}`,
      name: row.name,
      colour: row.colour,
      description: row.description,
      order: i,
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
    })),
  );

function expected(entries: ReturnType<typeof codebookTree>): CodebookEntry[] {
  return entries.map((entry) => ({
    guid: themeGuid(entry.theme.id),
    name: asXmlCarries(entry.name).trim(),
    colour: entry.theme.colour.toLowerCase(),
    description: asXmlCarries(entry.description).trim(),
    children: expected(entry.children as ReturnType<typeof codebookTree>),
  }));
}

describe('.qdc round trip', () => {
  it('exported codebooks read back as the same tree (names, colours, descriptions, GUIDs, nesting)', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(themes, (rows) => {
        const xml = exportCodebookQdc(rows)!;
        const parsed = parseCodebookQdc(xml, 'export.qdc');
        expect(parsed.ok ? 'read' : parsed.error.message).toBe('read');
        if (!parsed.ok) return;
        expect(parsed.value.entries).toEqual(expected(codebookTree(rows)));
      }),
      fuzzParameters(1_000),
    );
  });
});

describe('mutated .qdc files', () => {
  const real = [`${SAMPLES}/atlas-ti/atlas-ti-23.4-codebook.qdc`, `${SAMPLES}/atlas-ti/atlas-ti-23.4-codebook-truncated-ns04.qdc`].filter(existsSync).map((path) => new Uint8Array(readFileSync(path)));
  const generated = new TextEncoder().encode(
    exportCodebookQdc(fc.sample(themes, { numRuns: 1, seed: 7 })[0]!) ?? '',
  );
  const files = [generated, ...real];

  it('are read or refused with a message naming the file, never thrown', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, changes) => {
        const bytes = changes.reduce<Uint8Array>((current, change) => mutate(current, change, files[(index + 1) % files.length]), files[index]!);
        const text = new TextDecoder().decode(bytes);
        const result = withoutHang(() => parseCodebookQdc(text, 'partner.qdc'), 'parseCodebookQdc');
        if (!result.ok) {
          expect(result.error.message.startsWith('partner.qdc'), result.error.message).toBe(true);
          expect(result.error.message).not.toMatch(/Cannot read|is not a function|Maximum call stack|\n\s+at /);
        }
      }),
      fuzzParameters(600),
    );
  });

  it('an end tag that closes nothing is reported in words, not as an internal TypeError of the XML parser', () => {
    expect(parseCodebookQdc('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook></CodeBook><b/>', 'broken.qdc')).toEqual({
      ok: false,
      error: { code: 'malformed-xml', message: 'broken.qdc, line 1: the XML is malformed (its tags are not properly nested).' },
    });
  });

  it('a codebook nested thousands of levels deep is refused with its line, not a stack overflow', () => {
    const nested = (depth: number) =>
      `<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${'<Code name="x" isCodable="true">'.repeat(depth)}${'</Code>'.repeat(depth)}</Codes></CodeBook>`;
    expect(parseCodebookQdc(nested(100), 'deep.qdc').ok).toBe(true);
    expect(parseCodebookQdc(nested(5_000), 'deep.qdc')).toEqual({
      ok: false,
      error: { code: 'invalid-codebook', message: 'deep.qdc, line 2: codes are nested more than 100 levels deep; it was not read.' },
    });
  });
});
