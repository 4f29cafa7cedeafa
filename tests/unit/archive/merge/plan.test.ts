// Merging two coders' archives: every passage of both survives with its coder, re-merging adds nothing, undo restores.
import { describe, expect, it } from 'vitest';
import { applyMerge, planMerge, type MergePlan } from '../../../../shared/archive';
import { codePassage, undo, type RepositoryDb } from '../../../../shared/db';
import { listSavedSearches, saveSearch } from '../../../../shared/search/saved-search';
import { fixedClock, sequentialIds } from '../../../helpers';
import { contentsOf, describedSegments, mergeContext, sampleRepository, snapshot } from './merge-fixtures';

/** Codes `[start, end)` of the first document with the first theme (and `extra` themes) as `coder`. */
async function code(db: RepositoryDb, coder: string, start: number, end: number, themeIndex = 0): Promise<void> {
  const [doc] = await db.documents.orderBy('title').toArray();
  const themes = await db.themes.orderBy('name').toArray();
  const coded = await codePassage(db, { coder, clock: fixedClock }, { documentId: doc!.id, start, end, themeIds: [themes[themeIndex]!.id] });
  if (!coded.ok) throw new Error(coded.error.message);
}

async function applied(db: RepositoryDb, plan: MergePlan) {
  const result = await applyMerge(db, { ...mergeContext, newId: sequentialIds('m') }, plan);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('merging two coders’ archives', () => {
  it('keeps every passage of both coders, each with its coder, and de-duplicates the shared ones', async () => {
    const ann = await sampleRepository('a');
    const bea = await sampleRepository('b');
    const sampleCount = await bea.segments.count();
    await code(ann, 'Ann', 0, 40);
    await code(bea, 'Bea', 0, 40); // same range and theme as Ann's, another coder: both stay
    await code(bea, 'Bea', 50, 90, 1);
    const expected = [...new Set([...(await describedSegments(ann)), ...(await describedSegments(bea))])].sort();
    expect(await bea.segments.count()).toBe(sampleCount + 2);

    const plan = await planMerge(ann, await contentsOf(bea));
    expect(await ann.segments.count()).toBe(sampleCount + 1); // planning writes nothing
    expect(plan.report.counts.segments).toEqual({ added: 2, matched: sampleCount, skipped: 0, conflicting: 0 });
    expect(plan.report.counts.documents).toMatchObject({ added: 0, matched: await bea.documents.count() });
    expect(plan.report.counts.themes).toMatchObject({ added: 0, matched: await bea.themes.count(), conflicting: 0 });
    expect(plan.report.counts.cities).toMatchObject({ added: 0, matched: await bea.cities.count() });
    expect(plan.report.coders).toContain('Bea');
    // The same chapter and memos (their own ids, block ids included) are recognised, not copied.
    expect(plan.report.counts.chapters).toMatchObject({ added: 0, matched: await bea.chapters.count() });
    expect(plan.report.counts.memos).toMatchObject({ added: 0, matched: await bea.memos.count() });

    const report = await applied(ann, plan);
    expect(report.counts.segments.added).toBe(2);
    expect(await describedSegments(ann)).toEqual(expected);
    expect((await describedSegments(ann)).filter((s) => s.endsWith('by Ann') || s.endsWith('by Bea'))).toHaveLength(3);
  });

  it('adds nothing when the same archive is merged again', async () => {
    const ann = await sampleRepository('a');
    const bea = await sampleRepository('b');
    await code(bea, 'Bea', 10, 30);
    const incoming = await contentsOf(bea);
    await applied(ann, await planMerge(ann, incoming));
    const before = await snapshot(ann);
    const again = await applied(ann, await planMerge(ann, incoming));
    for (const counts of Object.values(again.counts)) expect(counts.added).toBe(0);
    const after = await snapshot(ann);
    expect(after).toEqual(before);
  });

  it('adds the documents, codebook and cities a repository lacks, and is one undoable step', async () => {
    const target = await sampleRepository('a');
    const other = await sampleRepository('b');
    const [first] = await target.documents.toArray();
    // The target lacks one document (and its passages) and one city.
    await target.transaction('rw', [target.documents, target.texts, target.segments, target.cities], async () => {
      await target.segments.where('documentId').equals(first!.id).delete();
      await target.documents.delete(first!.id);
      await target.texts.delete(first!.id);
      await target.cities.where('name').equals('Burgas').delete();
    });
    const before = await snapshot(target);
    const report = await applied(target, await planMerge(target, await contentsOf(other)));
    expect(report.counts.documents.added).toBe(1);
    expect(report.counts.cities.added).toBe(1);
    expect(await describedSegments(target)).toEqual(await describedSegments(other));
    const added = (await target.documents.toArray()).find((d) => d.title === first!.title)!;
    expect((await target.texts.get(added.id))?.text).toHaveLength(added.textLength);
    const changes = await target.changes.toArray();
    expect(changes.at(-1)?.label).toMatch(/^Merged archive "Sample project.*": 1 documents and \d+ coded passages added$/);
    // Created rows are elided from the log: the merge's change stays small.
    expect(changes.at(-1)!.patches.every((p) => p.after === null || p.before !== null)).toBe(true);
    const undone = await undo(target);
    expect(undone.ok).toBe(true);
    const after = await snapshot(target);
    for (const table of Object.keys(before)) if (table !== 'changes') expect(after[table], table).toEqual(before[table]);
  });

  it('keeps memos, chapters (quotes follow the passages) and saved searches, with ids of this repository', async () => {
    const target = await sampleRepository('a');
    const other = await sampleRepository('b');
    await target.chapters.clear();
    await target.memos.clear();
    await saveSearch(target, { name: 'Housing', query: 'housing' });
    await saveSearch(other, { name: 'Housing', query: 'housing OR Wohnen' });
    await saveSearch(other, { name: 'Same query', query: 'housing' });
    const report = await applied(target, await planMerge(target, await contentsOf(other)));
    expect(report.counts.memos.added).toBe(await other.memos.count());
    expect(report.counts.chapters.added).toBe(await other.chapters.count());
    expect(report.counts.savedSearches).toMatchObject({ added: 1, matched: 1 });
    expect((await listSavedSearches(target)).map((s) => `${s.name}: ${s.query}`)).toEqual([
      'Housing: housing',
      'Housing (Sample project: migrant inclusion in four cities): housing OR Wohnen',
    ]);
    const segmentIds = new Set((await target.segments.toArray()).map((s) => s.id));
    for (const chapter of await target.chapters.toArray()) {
      for (const block of chapter.blocks) if (block.type === 'quote') expect(segmentIds.has(block.segmentId)).toBe(true);
    }
    const targets = new Set([...(await target.documents.toArray()), ...(await target.themes.toArray()), ...(await target.cities.toArray())].map((r) => r.id));
    for (const memo of await target.memos.toArray()) {
      if (memo.targetType === 'segment') expect(segmentIds.has(memo.targetId)).toBe(true);
      else if (memo.targetType === 'cell') for (const id of memo.targetId.split('|')) expect(targets.has(id)).toBe(true);
      else if (memo.targetType !== 'repository') expect(targets.has(memo.targetId)).toBe(true);
    }
  });
});
