// Merging the codebook: themes matched by their path in the tree, near-misses offered for mapping, differences as conflicts.
import type { Theme } from '../../model';
import { editDistance, foldName, themePaths } from './names';
import { allocateId, conflictChoice, NEW_THEME, type MergeState, type ThemeMapping } from './types';

/** Incoming themes with every parent before its children (a theme whose parent is missing counts as a root). */
function parentsFirst(themes: Theme[]): Theme[] {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    const parent = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), theme]);
  }
  const out: Theme[] = [];
  const visit = (parent: string | null) => {
    for (const theme of (children.get(parent) ?? []).sort((a, b) => a.order - b.order)) {
      out.push(theme);
      visit(theme.id);
    }
  };
  visit(null);
  return out;
}

/** A sibling whose name differs only in spelling, or by at most two edits. */
function nearMiss(siblings: Theme[], name: string): { theme: Theme; reason: 'spelling' | 'similar' } | undefined {
  const folded = foldName(name);
  const spelling = siblings.find((t) => foldName(t.name) === folded);
  if (spelling) return { theme: spelling, reason: 'spelling' };
  const similar = siblings.find((t) => editDistance(foldName(t.name), folded) <= 2);
  return similar ? { theme: similar, reason: 'similar' } : undefined;
}

/** Colour and description of a matched theme: a difference is a conflict; an empty description is filled. */
function reconcile(state: MergeState, current: Theme, incoming: Theme, path: string): void {
  let next = current;
  for (const field of ['colour', 'description'] as const) {
    if (incoming[field] === current[field] || incoming[field] === '') continue;
    if (field === 'description' && current.description === '') {
      next = { ...next, description: incoming.description };
      continue;
    }
    const id = `theme:${incoming.id}:${field}`;
    const choice = conflictChoice(state, id);
    state.report.conflicts.push({ id, kind: 'theme', subject: path, field, current: current[field], incoming: incoming[field], choice, choosable: true });
    state.report.counts.themes.conflicting += 1;
    if (choice === 'take-incoming') next = { ...next, [field]: incoming[field] };
  }
  if (next !== current) state.writes.push({ table: 'themes', row: { ...next, updatedAt: state.now } });
}

export function mergeThemes(state: MergeState): void {
  const existing = [...state.existing.themes];
  const existingIds = new Set(existing.map((t) => t.id));
  const paths = themePaths(existing);
  const incomingPaths = themePaths(state.incoming.themes);
  const created = new Set<string>();
  const counts = state.report.counts.themes;
  for (const theme of parentsFirst(state.incoming.themes)) {
    const path = incomingPaths.get(theme.id) ?? theme.name;
    const parentTarget = theme.parentId === null ? null : (state.map.themes.get(theme.parentId) ?? null);
    const override = state.overrides.themes?.[theme.id];
    let target: string | undefined;
    let mapping: ThemeMapping | undefined;
    if (override !== undefined && override !== NEW_THEME && existingIds.has(override)) {
      target = override;
      mapping = { incomingId: theme.id, incomingPath: path, suggestedId: override, suggestedPath: paths.get(override) ?? '', reason: 'chosen', choice: override };
    } else if (override !== NEW_THEME && (parentTarget === null || !created.has(parentTarget))) {
      const siblings = existing.filter((t) => t.parentId === parentTarget && existingIds.has(t.id));
      target = siblings.find((t) => t.name.trim() === theme.name.trim())?.id;
      const near = target === undefined ? nearMiss(siblings, theme.name) : undefined;
      if (near) {
        const choice = near.reason === 'spelling' ? near.theme.id : NEW_THEME;
        mapping = { incomingId: theme.id, incomingPath: path, suggestedId: near.theme.id, suggestedPath: paths.get(near.theme.id) ?? '', reason: near.reason, choice };
        if (choice !== NEW_THEME) target = choice;
      }
    } else if (override === NEW_THEME) {
      const siblings = existing.filter((t) => t.parentId === parentTarget && existingIds.has(t.id));
      const near = siblings.find((t) => t.name.trim() === theme.name.trim()) ?? nearMiss(siblings, theme.name)?.theme;
      if (near) mapping = { incomingId: theme.id, incomingPath: path, suggestedId: near.id, suggestedPath: paths.get(near.id) ?? '', reason: 'chosen', choice: NEW_THEME };
    }
    if (mapping) state.report.themeMappings.push(mapping);
    if (target !== undefined) {
      state.map.themes.set(theme.id, target);
      counts.matched += 1;
      reconcile(state, existing.find((t) => t.id === target)!, theme, path);
      continue;
    }
    const siblingOrders = existing.filter((t) => t.parentId === parentTarget).map((t) => t.order);
    const added: Theme = {
      ...theme,
      id: allocateId(state, 'themes', theme.id),
      parentId: parentTarget,
      order: (siblingOrders.length > 0 ? Math.max(...siblingOrders) + 1 : 0),
    };
    state.map.themes.set(theme.id, added.id);
    created.add(added.id);
    existing.push(added);
    state.writes.push({ table: 'themes', row: added });
    counts.added += 1;
  }
}
