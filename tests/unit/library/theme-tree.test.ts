import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../shared/model';
import { themeTree, type ThemeNode } from '../../../shared/library/theme-tree';

const theme = (id: string, parentId: string | null, order = 0): Theme => ({
  id,
  parentId,
  name: id,
  colour: '#123456',
  description: '',
  order,
  createdAt: '',
  updatedAt: '',
});

const flat = (nodes: ThemeNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.theme.id} ${n.segmentCount}/${n.totalCount}`, ...flat(n.children, depth + 1)]);

describe('themeTree', () => {
  it('nests by parent, orders siblings, and counts segments once per subtree', () => {
    const themes = [theme('housing', null, 1), theme('work', null, 0), theme('rent', 'housing', 0), theme('eviction', 'rent', 0)];
    const segments = [
      { id: 's1', themeIds: ['rent'] },
      { id: 's2', themeIds: ['rent', 'eviction'] },
      { id: 's3', themeIds: ['housing'] },
      { id: 's4', themeIds: ['work'] },
    ];
    expect(flat(themeTree(themes, segments))).toEqual(['work 1/1', 'housing 1/3', '  rent 2/2', '    eviction 1/1']);
  });

  it('shows themes with a missing parent, or caught in a cycle, at the top level', () => {
    const themes = [theme('orphan', 'gone'), theme('a', 'b'), theme('b', 'a')];
    const ids = flat(themeTree(themes, [])).map((line) => line.trim().split(' ')[0]);
    expect(ids.sort()).toEqual(['a', 'b', 'orphan']);
  });
});
