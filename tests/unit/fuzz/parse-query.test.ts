// Fuzzing the query parser: any typed text gives a tree or a positioned message (never a throw), and a printed tree parses back to itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/parse-query';
import { FILTER_FIELDS, type QueryNode } from '../../../shared/search/query';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHang } from './fuzz-settings';

function checkOutcome(input: string): void {
  const parsed = withoutHang(() => parseQuery(input), `parseQuery(${JSON.stringify(input.slice(0, 80))})`);
  if (parsed.ok) return;
  expect(typeof parsed.error.message).toBe('string');
  expect(parsed.error.message.length).toBeGreaterThan(0);
  expect(parsed.error.position).toBeGreaterThanOrEqual(0);
  expect(parsed.error.position).toBeLessThanOrEqual(input.length);
}

/** Pieces researchers (and their mistakes) type: words, operators, quotes, brackets, filters, wildcards. */
const piece = fc.oneof(
  fc.constantFrom('Wien', 'Vídeň', 'integration', 'Бургас', 'Αθήνα', 'MA:17', 'wohn', 'x', '42', 'çà', '😀', 'e\u0301'),
  fc.constantFrom('AND', 'OR', 'NOT', 'and', '-', '(', ')', '"', '*', '~', '~2', '~9', ':', ' ', '  ', '\t', '\n'),
  fc.constantFrom(...FILTER_FIELDS.map((f) => `${f}:`), 'city:"Wien Nord"', 'theme:', 'coded:yes', 'doc:"'),
  fc.string({ maxLength: 6 }),
);
const typedQuery = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('parseQuery never throws', () => {
  it('on arbitrary text, including lone surrogates and control characters', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => checkOutcome(input)),
      fuzzParameters(1_500),
    );
  });

  it('on query-shaped text', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(fc.property(typedQuery, (input) => checkOutcome(input)), fuzzParameters(5_000));
  });

  it.each([
    ['deeply nested brackets', '('.repeat(50_000) + 'Wien' + ')'.repeat(50_000)],
    ['a long chain of NOT', 'NOT '.repeat(50_000) + 'Wien'],
    ['a long chain of minus', '- '.repeat(1).concat('-('.repeat(50_000)) + 'Wien'],
    ['many open brackets only', '('.repeat(100_000)],
    ['a very long query', 'Wien OR '.repeat(50_000) + 'Graz'],
  ])('on %s', (_label, input) => {
    checkOutcome(input);
  });

  it('refuses nesting deeper than 100 levels with a message at the place it goes too deep', () => {
    expect(parseQuery(`${'('.repeat(100)}Wien${')'.repeat(100)}`).ok).toBe(true);
    expect(parseQuery(`${'('.repeat(101)}Wien${')'.repeat(101)}`)).toEqual({
      ok: false,
      error: { message: 'The query nests brackets or NOT more than 100 levels deep; simplify it.', position: 100 },
    });
    expect(parseQuery(`${'NOT '.repeat(101)}Wien`)).toMatchObject({ ok: false, error: { position: 400 } });
  });
});

// Printing a tree in the query language, to check that parsing reads back exactly what was meant.
const word = fc
  .array(fc.constantFrom(...'abcxyzäöüčšžßабвгдαβγ0129'.split(''), "'", '.'), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''))
  .filter((w) => !['AND', 'OR', 'NOT'].includes(w) && !/^[.']/.test(w));
const phraseText = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '));
const filterValue = fc.oneof(word, phraseText);

const node: fc.Arbitrary<QueryNode> = fc.letrec<{ node: QueryNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('term' as const), text: word, prefix: fc.boolean(), fuzzy: fc.constant(0) }),
    fc.record({ type: fc.constant('term' as const), text: word, prefix: fc.constant(false), fuzzy: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ type: fc.constant('phrase' as const), text: phraseText }),
    fc.record({ type: fc.constant('filter' as const), field: fc.constantFrom(...FILTER_FIELDS), value: filterValue }),
    fc.record({ type: fc.constant('and' as const), children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ type: fc.constant('or' as const), children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ type: fc.constant('not' as const), child: tie('node') }),
  ),
})).node;

function print(query: QueryNode): string {
  const grouped = (child: QueryNode) => (child.type === 'and' || child.type === 'or' ? `(${print(child)})` : print(child));
  switch (query.type) {
    case 'term':
      return `${query.text}${query.prefix ? '*' : ''}${query.fuzzy === 1 ? '~' : query.fuzzy > 1 ? `~${query.fuzzy}` : ''}`;
    case 'phrase':
      return `"${query.text}"`;
    case 'filter':
      return /\s/.test(query.value) ? `${query.field}:"${query.value}"` : `${query.field}:${query.value}`;
    case 'and':
      return query.children.map(grouped).join(' AND ');
    case 'or':
      return query.children.map(grouped).join(' OR ');
    case 'not':
      return `NOT ${grouped(query.child)}`;
  }
}

describe('parseQuery reads a printed query back', () => {
  it('parse(print(tree)) is the tree', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(node, (tree) => {
        const parsed = parseQuery(print(tree));
        expect(parsed).toEqual({ ok: true, query: tree });
      }),
      fuzzParameters(3_000),
    );
  });
});
