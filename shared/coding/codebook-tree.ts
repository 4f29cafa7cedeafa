// A codebook as a plain tree (what .qdc and CSV files carry), built from or written into the themes table.
import type { Theme } from '../model';

export interface CodebookEntry {
  /** A REFI-QDA GUID when the file had one. */
  guid?: string;
  name: string;
  /** "#rrggbb", or undefined when the file gave none. */
  colour?: string;
  description: string;
  children: CodebookEntry[];
}

export interface ParsedCodebook {
  /** The program that wrote the file, when it says ("ATLAS.ti Win 23.4.0"). */
  origin?: string;
  entries: CodebookEntry[];
}

/** The themes as a tree in codebook order, each entry carrying the theme it came from. */
export function codebookTree(themes: readonly Theme[]): (CodebookEntry & { theme: Theme })[] {
  const byParent = new Map<string | null, Theme[]>();
  const ids = new Set(themes.map((t) => t.id));
  for (const theme of themes) {
    const parent = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), theme]);
  }
  const build = (parentId: string | null, seen: Set<string>): (CodebookEntry & { theme: Theme })[] =>
    (byParent.get(parentId) ?? [])
      .filter((t) => !seen.has(t.id))
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
      .map((theme) => {
        seen.add(theme.id);
        return { name: theme.name, colour: theme.colour, description: theme.description, theme, children: build(theme.id, seen) };
      });
  return build(null, new Set());
}

/** "#abc" → "#aabbcc"; anything that is not a hex colour → undefined. */
export function normaliseColour(value: string | undefined | null): string | undefined {
  const text = (value ?? '').trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(text) ? text.toLowerCase() : undefined;
}

/** Every entry with its path of names from the top ("Housing / Rent"). */
export function flattenCodebook(entries: readonly CodebookEntry[], parentPath: string[] = []): { path: string[]; entry: CodebookEntry }[] {
  return entries.flatMap((entry) => {
    const path = [...parentPath, entry.name];
    return [{ path, entry }, ...flattenCodebook(entry.children, path)];
  });
}
