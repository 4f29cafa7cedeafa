// The codebook as a tree, with how many coded passages use each theme (and its descendants).
import type { Segment, Theme } from '../model';

export interface ThemeNode {
  theme: Theme;
  /** Segments coded with exactly this theme. */
  segmentCount: number;
  /** Segments coded with this theme or any theme below it, each counted once. */
  totalCount: number;
  children: ThemeNode[];
}

export function themeTree(themes: readonly Theme[], segments: readonly Pick<Segment, 'id' | 'themeIds'>[]): ThemeNode[] {
  const byParent = new Map<string | null, Theme[]>();
  const known = new Set(themes.map((t) => t.id));
  for (const theme of themes) {
    // A theme whose parent is missing is shown at the top level rather than lost.
    const parent = theme.parentId !== null && known.has(theme.parentId) ? theme.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(theme);
    byParent.set(parent, list);
  }
  const segmentsOf = new Map<string, Set<string>>();
  for (const segment of segments) {
    for (const id of segment.themeIds) {
      const set = segmentsOf.get(id) ?? new Set<string>();
      set.add(segment.id);
      segmentsOf.set(id, set);
    }
  }
  const visiting = new Set<string>();
  const build = (parent: string | null): { nodes: ThemeNode[]; ids: Set<string> } => {
    const siblings = (byParent.get(parent) ?? []).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    const all = new Set<string>();
    const nodes: ThemeNode[] = [];
    for (const theme of siblings) {
      if (visiting.has(theme.id)) continue;
      visiting.add(theme.id);
      const below = build(theme.id);
      const own = segmentsOf.get(theme.id) ?? new Set<string>();
      const total = new Set([...own, ...below.ids]);
      for (const id of total) all.add(id);
      nodes.push({ theme, segmentCount: own.size, totalCount: total.size, children: below.nodes });
    }
    return { nodes, ids: all };
  };
  const roots = build(null).nodes;
  // Themes caught in a parent cycle are unreachable from the top; show them there instead of losing them.
  for (const theme of themes) {
    if (visiting.has(theme.id)) continue;
    byParent.set(`cycle:${theme.id}`, [theme]);
    roots.push(...build(`cycle:${theme.id}`).nodes);
  }
  return roots;
}
