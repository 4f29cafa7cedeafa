// The matrix rows: themes in codebook order with their depth and the shown themes beneath each.
import { codebookTree, type CodebookEntry } from '../coding/codebook-tree';
import type { Theme } from '../model';

export interface ThemeRow {
  theme: Theme;
  /** Levels below the top among the shown rows (0 = top). */
  depth: number;
  /** The nearest shown ancestor, or null. */
  parentId: string | null;
  /** Shown themes beneath this one, at any depth (what a collapsed row rolls up). */
  descendantIds: string[];
}

/** Rows for `themes` in codebook order; with `only`, just those themes (depth and parents among them). */
export function themeRows(themes: readonly Theme[], only?: readonly string[]): ThemeRow[] {
  const shown = only ? new Set(only) : null;
  const rows: ThemeRow[] = [];
  const visit = (entries: (CodebookEntry & { theme: Theme })[], parent: ThemeRow | null, ancestors: ThemeRow[]): void => {
    for (const entry of entries as (CodebookEntry & { theme: Theme })[]) {
      const isShown = !shown || shown.has(entry.theme.id);
      let row: ThemeRow | null = null;
      if (isShown) {
        row = { theme: entry.theme, depth: parent ? parent.depth + 1 : 0, parentId: parent?.theme.id ?? null, descendantIds: [] };
        for (const ancestor of ancestors) ancestor.descendantIds.push(entry.theme.id);
        rows.push(row);
      }
      visit(entry.children as (CodebookEntry & { theme: Theme })[], row ?? parent, row ? [...ancestors, row] : ancestors);
    }
  };
  visit(codebookTree(themes), null, []);
  return rows;
}
