// The query language: a table of valid and malformed queries and what the parser makes of them.
import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryNode } from '../../../shared/search';

const term = (text: string, prefix = false, fuzzy = 0): QueryNode => ({ type: 'term', text, prefix, fuzzy });
const phrase = (text: string): QueryNode => ({ type: 'phrase', text });
const and = (...children: QueryNode[]): QueryNode => ({ type: 'and', children });
const or = (...children: QueryNode[]): QueryNode => ({ type: 'or', children });
const not = (child: QueryNode): QueryNode => ({ type: 'not', child });
const filter = (field: string, value: string) => ({ type: 'filter', field, value }) as QueryNode;

describe('parseQuery: valid queries', () => {
  const cases: [string, QueryNode][] = [
    ['housing', term('housing')],
    ['  housing  ', term('housing')],
    ['housing Vienna', and(term('housing'), term('Vienna'))],
    ['housing AND Vienna', and(term('housing'), term('Vienna'))],
    ['housing OR Wohnung', or(term('housing'), term('Wohnung'))],
    ['a OR b c', or(term('a'), and(term('b'), term('c')))],
    ['a b OR c', or(and(term('a'), term('b')), term('c'))],
    ['(a OR b) c', and(or(term('a'), term('b')), term('c'))],
    ['((a))', term('a')],
    ['NOT a', not(term('a'))],
    ['a -b', and(term('a'), not(term('b')))],
    ['a NOT b', and(term('a'), not(term('b')))],
    ['-(a OR b)', not(or(term('a'), term('b')))],
    ['NOT NOT a', not(not(term('a')))],
    ['Roma-Nord', term('Roma-Nord')],
    ['2021–2027', term('2021–2027')],
    ['a - b', and(term('a'), term('-'), term('b'))],
    ['integr*', term('integr', true)],
    ['integr**', term('integr', true)],
    ['housng~', term('housng', false, 1)],
    ['integraton~2', term('integraton', false, 2)],
    ['"social housing"', phrase('social housing')],
    ['"social housing" Wien', and(phrase('social housing'), term('Wien'))],
    ['"l\'integrazione dei migranti"', phrase("l'integrazione dei migranti")],
    ['and or not', and(term('and'), term('or'), term('not'))],
    ['city:Wien', filter('city', 'Wien')],
    ['City:Wien', filter('city', 'Wien')],
    ['city:"Den Haag" housing', and(filter('city', 'Den Haag'), term('housing'))],
    ['theme:Housing', filter('theme', 'Housing')],
    ['theme:"Language learning"', filter('theme', 'Language learning')],
    ['kind:interview lang:deu', and(filter('kind', 'interview'), filter('lang', 'deu'))],
    ['doc:Burgas', filter('doc', 'Burgas')],
    ['speaker:B1', filter('speaker', 'B1')],
    ['coded:yes', filter('coded', 'yes')],
    ['coded:Housing', filter('coded', 'Housing')],
    ['-city:Wien housing', and(not(filter('city', 'Wien')), term('housing'))],
    ['(city:Wien OR city:Praha) Wohnung', and(or(filter('city', 'Wien'), filter('city', 'Praha')), term('Wohnung'))],
    ['MA:17', term('MA:17')],
    ['Бургас OR Αθήνα', or(term('Бургас'), term('Αθήνα'))],
  ];
  it.each(cases)('%s', (input, query) => {
    expect(parseQuery(input)).toEqual({ ok: true, query });
  });
});

describe('parseQuery: malformed queries are reported with a position, never thrown', () => {
  const cases: [string, number, RegExp][] = [
    ['', 0, /Type something/],
    ['   ', 0, /Type something/],
    ['"social housing', 0, /quote is never closed/],
    ['housing "social', 8, /quote is never closed/],
    ['city:"Den Haag', 5, /quote is never closed/],
    ['(a OR b', 0, /"\(" is never closed/],
    ['a (b (c)', 2, /"\(" is never closed/],
    ['a)', 1, /has no matching "\("/],
    ['a) b', 1, /has no matching "\("/],
    ['()', 0, /parentheses are empty/],
    ['a AND', 5, /ends where a word was expected/],
    ['a OR', 4, /ends where a word was expected/],
    ['NOT', 3, /ends where a word was expected/],
    ['OR a', 0, /"OR" needs a word/],
    ['a AND OR b', 6, /"OR" needs a word/],
    ['""', 0, /phrase is empty/],
    ['city:', 0, /needs a value/],
    ['city: Wien', 0, /needs a value/],
    ['theme:""', 0, /needs a value/],
    ['*', 0, /must follow the beginning of a word/],
    ['~', 0, /must follow a word/],
    ['housing~9', 7, /1 to 3 differences/],
  ];
  it.each(cases)('%j → error at %i', (input, position, message) => {
    const parsed = parseQuery(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.position).toBe(position);
    expect(parsed.error.message).toMatch(message);
    expect(parsed.error.position).toBeLessThanOrEqual(input.length);
  });
});
