// Draft from the matrix on the sample project: one section per theme, summaries first, the strongest quotes per city, one undoable step.
import { describe, expect, it } from 'vitest';
import { draftBlocks, draftChapter, plainTextOf, strongestSegments } from '../../../shared/chapters';
import { loadCompareData, themeRows } from '../../../shared/compare';
import { undo } from '../../../shared/db';
import { cellKey } from '../../../shared/model';
import { sampleRepo } from './sample-fixture';

describe('draftBlocks', () => {
  it('starts with the overview table, then per theme a heading, its summaries and the strongest quotes per city', async () => {
    const repo = await sampleRepo();
    const data = await loadCompareData(repo.db);
    const housing = repo.theme('Housing');
    const language = repo.theme('Language learning');
    const cityIds = repo.cities.map((c) => c.id);
    const blocks = draftBlocks(data, { themeIds: [language.id, housing.id], cityIds, quotesPerCity: 1 });

    expect(blocks[0]).toEqual({ type: 'matrix', themeIds: expect.arrayContaining([housing.id, language.id]), cityIds: expect.any(Array), show: 'segments', caption: 'Coded passages by theme and city' });
    const headings = blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [b.text] : []));
    const codebookOrder = themeRows(data.themes, [housing.id, language.id]).map((r) => r.theme.name);
    expect(headings).toEqual(codebookOrder);

    // Each theme section: summaries (bold city lead-in) as paragraphs, or a note when there are none.
    for (const theme of [housing, language]) {
      const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 1 && b.text === theme.name);
      const next = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
      const section = blocks.slice(start + 1, next < 0 ? undefined : next);
      const expectedSummaries = repo.cities.filter((c) => data.summaries.get(cellKey(theme.id, c.id))?.text.trim());
      const paragraphs = section.filter((b) => b.type === 'paragraph');
      expect(paragraphs.map((b) => plainTextOf(b.content)).sort()).toEqual(
        expectedSummaries.map((c) => `${c.name}. ${data.summaries.get(cellKey(theme.id, c.id))!.text.trim().replace(/\n\s*\n/g, '\n\n')}`).sort(),
      );
      if (expectedSummaries.length === 0) expect(section.some((b) => b.type === 'note')).toBe(true);

      // Per city with passages: a level-2 heading and the single strongest passage of the theme (sub-themes included).
      const subtree = new Set([theme.id, ...data.themes.filter((t) => t.parentId === theme.id).map((t) => t.id)]);
      const documents = new Map(data.documents.map((d) => [d.id, d]));
      for (const city of repo.cities) {
        const citiesOf = (s: (typeof data.segments)[number]) => (s.cityId ? [s.cityId] : documents.get(s.documentId)!.cityIds);
        const inCityCoded = data.segments.filter((s) => s.themeIds.some((id) => subtree.has(id)) && citiesOf(s).includes(city.id));
        const h = section.findIndex((b) => b.type === 'heading' && b.level === 2 && b.text === city.name);
        if (inCityCoded.length === 0) {
          expect(h).toBe(-1);
          continue;
        }
        expect(section[h + 1]).toEqual({ type: 'quote', segmentId: strongestSegments(inCityCoded, documents, 1)[0]!.id });
      }
    }
  });

  it.each([
    ['no known theme', { themeIds: ['gone'] }, 'None of the chosen themes is in the codebook.'],
    ['no known city', { cityIds: ['gone'] }, 'None of the chosen cities is in the repository.'],
  ])('refuses a draft with %s', async (_what, override, message) => {
    const repo = await sampleRepo();
    const result = await draftChapter(repo.db, repo.ctx, 'Draft', { themeIds: [repo.theme('Housing').id], cityIds: repo.cities.map((c) => c.id), ...override });
    expect(result).toMatchObject({ ok: false, error: { code: 'nothing-to-draft', message } });
    expect(await repo.db.chapters.count()).toBe(1);
  });
});

describe('draftChapter', () => {
  it('creates the chapter as one undoable step', async () => {
    const repo = await sampleRepo();
    const result = await draftChapter(repo.db, repo.ctx, 'Housing compared', { themeIds: [repo.theme('Housing').id], cityIds: [repo.city('Vienna').id, repo.city('Prague').id] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe('Housing compared');
    expect(result.value.blocks.filter((b) => b.type === 'quote').length).toBeGreaterThan(0);
    expect(new Set(result.value.blocks.map((b) => b.id)).size).toBe(result.value.blocks.length);
    await undo(repo.db);
    expect(await repo.db.chapters.get(result.value.id)).toBeUndefined();
  });
});
