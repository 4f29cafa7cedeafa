// Name folding, edit distance and theme paths used to match rows across repositories.
import { describe, expect, it } from 'vitest';
import { editDistance, foldName, themePaths } from '../../../../shared/archive';
import type { Theme } from '../../../../shared/model';

describe('foldName', () => {
  it.each([
    ['Social housing', 'social housing'],
    ['  Social   HOUSING ', 'social housing'],
    ['Zürich', 'zurich'],
    ['Vídeň', 'viden'],
    ['Бургас', 'бургас'],
    ['Łódź', 'lodz'],
    ['Anti-discrimination', 'anti discrimination'],
  ])('%s → %s', (name, folded) => expect(foldName(name)).toBe(folded));
});

describe('editDistance', () => {
  it.each([
    ['housing', 'housing', 0],
    ['housing', 'housng', 1],
    ['housing', 'hosng', 2],
    ['housing', 'hsng', 3],
    ['health', 'wealth', 1],
    ['', 'ab', 2],
    ['abc', 'abcdef', 3],
  ])('%s ↔ %s = %i (capped at 3)', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('themePaths', () => {
  it('joins names from the root and survives a cycle', () => {
    const theme = (id: string, name: string, parentId: string | null) => ({ id, name, parentId }) as Theme;
    const paths = themePaths([theme('a', 'Housing', null), theme('b', 'Social housing', 'a'), theme('x', 'X', 'y'), theme('y', 'Y', 'x')]);
    expect(paths.get('b')).toBe('Housing/Social housing');
    expect(paths.get('x')).toBe('Y/X');
  });
});
