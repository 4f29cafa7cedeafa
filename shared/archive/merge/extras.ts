// Merging chapters, attribute definitions and saved searches, with ids remapped to this repository's.
import type { AttributeDefinition, Chapter, ChapterBlock } from '../../model';
import { allocateId, type MergeState } from './types';

const mapped = (map: Map<string, string>, ids: string[]) => ids.map((id) => map.get(id)).filter((id): id is string => id !== undefined);

/** A block in this repository's ids; a quote of a passage that could not be placed is left out. */
function remapBlock(state: MergeState, block: ChapterBlock): ChapterBlock | null {
  switch (block.type) {
    case 'quote': {
      const segmentId = state.map.segments.get(block.segmentId);
      return segmentId ? { ...block, segmentId } : null;
    }
    case 'matrix':
      return { ...block, themeIds: mapped(state.map.themes, block.themeIds), cityIds: mapped(state.map.cities, block.cityIds) };
    case 'comparison': {
      const themeId = state.map.themes.get(block.themeId);
      return themeId ? { ...block, themeId, cityIds: mapped(state.map.cities, block.cityIds) } : null;
    }
    default:
      return block;
  }
}

/** What a chapter says, without its block ids (each repository gives blocks ids of its own). */
const contentOf = (blocks: ChapterBlock[]) => JSON.stringify(blocks.map(({ id: _id, ...rest }) => rest));

/** Chapters are added (a same-titled one gets the archive's name after it) unless an identical one is here already. */
export function mergeChapters(state: MergeState): void {
  const existing = [...state.existing.chapters];
  const origin = state.incoming.manifest.repositoryName ?? 'merged';
  let order = Math.max(-1, ...existing.map((c) => c.order));
  const counts = state.report.counts.chapters;
  for (const chapter of [...state.incoming.chapters].sort((a, b) => a.order - b.order)) {
    const blocks = chapter.blocks.map((b) => remapBlock(state, b)).filter((b): b is ChapterBlock => b !== null);
    const lost = chapter.blocks.length - blocks.length;
    const renamed = `${chapter.title} (${origin})`;
    const same = contentOf(blocks);
    if (existing.some((c) => (c.title === chapter.title || c.title === renamed) && contentOf(c.blocks) === same)) {
      counts.matched += 1;
      continue;
    }
    const title = existing.some((c) => c.title === chapter.title) ? renamed : chapter.title;
    const added: Chapter = { ...chapter, id: allocateId(state, 'chapters', chapter.id), title, blocks, order: (order += 1) };
    existing.push(added);
    state.writes.push({ table: 'chapters', row: added });
    counts.added += 1;
    if (lost > 0) state.report.skipped.push({ kind: 'chapters', what: `${lost} block(s) of the chapter "${chapter.title}"`, reason: 'they quote or compare something that could not be placed' });
  }
}

/** Definitions match by name (any case) and what they apply to; choice lists are joined; a different type is reported and the one here kept. */
export function mergeAttributeDefinitions(state: MergeState): void {
  const existing = [...state.existing.attributeDefinitions];
  const counts = state.report.counts.attributeDefinitions;
  for (const definition of state.incoming.attributeDefinitions) {
    const match = existing.find((d) => d.appliesTo === definition.appliesTo && d.name.toLocaleLowerCase() === definition.name.toLocaleLowerCase());
    if (!match) {
      const added: AttributeDefinition = { ...definition, id: allocateId(state, 'attributeDefinitions', definition.id) };
      existing.push(added);
      state.writes.push({ table: 'attributeDefinitions', row: added });
      counts.added += 1;
      continue;
    }
    counts.matched += 1;
    if (match.type !== definition.type) {
      counts.conflicting += 1;
      state.report.conflicts.push({
        id: `attributeDefinition:${definition.id}:type`,
        kind: 'attributeDefinition',
        subject: match.name,
        field: 'type',
        current: match.type,
        incoming: definition.type,
        choice: 'keep-current',
        choosable: false,
      });
      continue;
    }
    const choices = [...new Set([...match.choices, ...definition.choices])];
    if (choices.length > match.choices.length) {
      const next = { ...match, choices, updatedAt: state.now };
      existing[existing.indexOf(match)] = next;
      state.writes.push({ table: 'attributeDefinitions', row: next });
    }
  }
}

/** A saved search with the same query is already here; another with a taken name gets the archive's name after it. */
export function mergeSavedSearches(state: MergeState): void {
  const existing = [...state.existing.savedSearches];
  const ids = new Set(existing.map((s) => s.id));
  const counts = state.report.counts.savedSearches;
  for (const saved of state.incoming.savedSearches) {
    if (existing.some((s) => s.query === saved.query)) {
      counts.matched += 1;
      continue;
    }
    let id = saved.id;
    while (ids.has(id)) id = state.newId();
    ids.add(id);
    const name = existing.some((s) => s.name === saved.name) ? `${saved.name} (${state.incoming.manifest.repositoryName ?? 'merged'})` : saved.name;
    const added = { ...saved, id, name };
    existing.push(added);
    state.savedSearches.push(added);
    counts.added += 1;
  }
}
