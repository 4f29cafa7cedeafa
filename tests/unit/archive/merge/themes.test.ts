// Codebook merging: themes matched by path, near-misses offered for mapping (spelling mapped, similar created), overrides obeyed.
import { describe, expect, it } from 'vitest';
import { applyMerge, NEW_THEME, planMerge, themePaths, type ArchiveContents } from '../../../../shared/archive';
import type { Theme } from '../../../../shared/model';
import { contentsOf, mergeContext, sampleRepository } from './merge-fixtures';

/** The archive's contents with some themes renamed (by current name). */
function renamed(contents: ArchiveContents, names: Record<string, string>): ArchiveContents {
  return { ...contents, themes: contents.themes.map((t: Theme) => (names[t.name] ? { ...t, name: names[t.name]! } : t)) };
}

const idOf = (contents: ArchiveContents, name: string) => contents.themes.find((t) => t.name === name)!.id;

describe('merging the codebook', () => {
  it.each([
    ['case', 'housing', 'spelling'],
    ['accents', 'Hóusing', 'spelling'],
    ['surrounding whitespace', ' Housing  ', 'none (an exact match)'],
    ['two edits', 'Housng', 'similar'],
    ['one edit in a parent', 'EU Action Plan area', 'similar'],
  ])('treats a difference in %s ("%s") as a near-miss: %s', async (_what, name, reason) => {
    const db = await sampleRepository('a');
    const original = name.trim().startsWith('EU') ? 'EU Action Plan areas' : 'Housing';
    const incoming = renamed(await contentsOf(await sampleRepository('b')), { [original]: name });
    const plan = await planMerge(db, incoming);
    const mappings = plan.report.themeMappings;
    if (reason.startsWith('none')) {
      expect(mappings).toEqual([]);
      expect(plan.report.counts.themes.added).toBe(0);
      return;
    }
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({ incomingPath: expect.stringContaining(name), suggestedPath: expect.stringContaining(original), reason });
    // Spelling differences are mapped onto the existing theme; a similar name becomes a new theme unless the user maps it.
    expect(mappings[0]!.choice === NEW_THEME).toBe(reason === 'similar');
  });

  it('creates a similar-named theme new by default, and with it every theme below it', async () => {
    const db = await sampleRepository('a');
    const incoming = renamed(await contentsOf(await sampleRepository('b')), { 'Access to services': 'Acess to service' });
    const plan = await planMerge(db, incoming);
    expect(plan.report.counts.themes.added).toBe(2); // the theme and its child "Cultural mediators"
    const applied = await applyMerge(db, mergeContext, plan);
    expect(applied.ok).toBe(true);
    const paths = [...themePaths(await db.themes.toArray()).values()];
    expect(paths).toContain('Cross-cutting/Acess to service/Cultural mediators');
    expect(paths).toContain('Cross-cutting/Access to services/Cultural mediators');
  });

  it('maps a near-miss onto the chosen existing theme, children follow by path', async () => {
    const db = await sampleRepository('a');
    const incoming = renamed(await contentsOf(await sampleRepository('b')), { 'Access to services': 'Acess to service' });
    const existing = (await db.themes.toArray()).find((t) => t.name === 'Access to services')!;
    const plan = await planMerge(db, incoming);
    const applied = await applyMerge(db, mergeContext, plan, { themes: { [idOf(incoming, 'Acess to service')]: existing.id } });
    expect(applied.ok && applied.value.counts.themes).toMatchObject({ added: 0, matched: incoming.themes.length });
    expect(await db.themes.count()).toBe(incoming.themes.length);
  });

  it('creates an exactly matching theme new when the user says so', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    const health = idOf(incoming, 'Health');
    const plan = await planMerge(db, incoming, { themes: { [health]: NEW_THEME } });
    expect(plan.report.counts.themes.added).toBe(1);
    expect(plan.report.themeMappings).toEqual([expect.objectContaining({ incomingId: health, reason: 'chosen', choice: NEW_THEME })]);
    const applied = await applyMerge(db, mergeContext, plan);
    expect(applied.ok).toBe(true);
    expect((await db.themes.toArray()).filter((t) => t.name === 'Health')).toHaveLength(2);
  });

  it('puts a new theme under its matched parent, after the parent’s children', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    const housing = incoming.themes.find((t) => t.name === 'Housing')!;
    const social: Theme = { ...housing, id: 'b-social', name: 'Social housing', parentId: housing.id, order: 0 };
    const applied = await applyMerge(db, mergeContext, await planMerge(db, { ...incoming, themes: [...incoming.themes, social] }));
    expect(applied.ok && applied.value.counts.themes.added).toBe(1);
    const paths = themePaths(await db.themes.toArray());
    expect(paths.get('b-social')).toBe('EU Action Plan areas/Housing/Social housing');
  });
});
