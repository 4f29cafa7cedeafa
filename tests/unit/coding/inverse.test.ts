// Every coding mutation and its inverse: apply → undo → identical tables, redo → identical, also after a restart.
import { afterEach, describe, it } from 'vitest';
import type { RepositoryDb } from '../../../shared/db';
import {
  addThemesToSegment, adjustSegment, codeSelection, codeSpeakerTurns, createMemo, defineAttribute, deleteCity, deleteMemo,
  deleteSegment, deleteTheme, importCodebook, inVivoCode, mergeCities, mergeThemes, moveTheme, removeThemeFromSegment,
  renameTheme, setCityAttribute, setDocumentAttribute, setSegmentCity, setSegmentMemo, tagDocuments, updateCity, updateMemo, updateTheme,
} from '../../../shared/coding';
import type { Result } from '../../../shared/result';
import { codedRepository, expectUndoable, rangeOf, TRANSCRIPT, type Repo } from './fixtures';

type Case = [string, (repo: Repo) => Promise<Result<unknown>>];

const firstMemo = async (repo: Repo) => (await repo.db.memos.toCollection().first())!.id;

const CASES: Case[] = [
  ['updateCity', (r) => updateCity(r.db, r.ctx, r.ids.vienna, { name: 'Wien', aliases: ['Vienna', 'Vídeň'], latitude: 48.2, longitude: 16.37 })],
  ['mergeCities', (r) => mergeCities(r.db, r.ctx, r.ids.vienna, r.ids.graz)],
  ['deleteCity (force)', (r) => deleteCity(r.db, r.ctx, r.ids.graz, { force: true })],
  ['defineAttribute', (r) => defineAttribute(r.db, r.ctx, { name: 'Interview date', type: 'date' })],
  ['setCityAttribute', (r) => setCityAttribute(r.db, r.ctx, r.ids.graz, r.ids.population, 291072)],
  ['setDocumentAttribute', (r) => setDocumentAttribute(r.db, r.ctx, r.ids.doc, r.ids.project, 'welcome')],
  [
    'tagDocuments',
    (r) => tagDocuments(r.db, r.ctx, [r.ids.doc, r.ids.doc2], { addCityIds: [r.ids.graz], removeCityIds: [r.ids.vienna], kind: 'report', addThemeIds: [r.ids.language], attributes: { [r.ids.project]: 'MIGCITY' } }),
  ],
  ['renameTheme', (r) => renameTheme(r.db, r.ctx, r.ids.housing, 'Housing and shelter')],
  ['updateTheme', (r) => updateTheme(r.db, r.ctx, r.ids.rent, { colour: '#123abc', description: 'When to use: rent levels.' })],
  ['moveTheme', (r) => moveTheme(r.db, r.ctx, r.ids.rent, r.ids.language, 0)],
  ['mergeThemes', (r) => mergeThemes(r.db, r.ctx, r.ids.language, r.ids.housing)],
  ['deleteTheme (force)', (r) => deleteTheme(r.db, r.ctx, r.ids.housing, { force: true })],
  ['codeSelection', async (r) => codeSelection(r.db, r.ctx, { documentId: r.ids.doc, ...rangeOf(TRANSCRIPT, 'housing office'), themeIds: [r.ids.language] })],
  ['addThemesToSegment', (r) => addThemesToSegment(r.db, r.ctx, r.ids.seg1, [r.ids.language])],
  ['removeThemeFromSegment', (r) => removeThemeFromSegment(r.db, r.ctx, r.ids.seg2, r.ids.rent)],
  ['removeThemeFromSegment (last: deletes)', (r) => removeThemeFromSegment(r.db, r.ctx, r.ids.seg1, r.ids.housing)],
  ['adjustSegment', (r) => adjustSegment(r.db, r.ctx, r.ids.seg1, 6, 20)],
  ['setSegmentCity', (r) => setSegmentCity(r.db, r.ctx, r.ids.seg1, r.ids.graz)],
  ['setSegmentMemo', (r) => setSegmentMemo(r.db, r.ctx, r.ids.seg1, 'Anna found it through the office.')],
  ['deleteSegment', (r) => deleteSegment(r.db, r.ctx, r.ids.seg3)],
  ['codeSpeakerTurns', (r) => codeSpeakerTurns(r.db, r.ctx, r.ids.doc, 'Interviewer', [r.ids.language])],
  ['inVivoCode', (r) => inVivoCode(r.db, r.ctx, r.ids.doc, ...Object.values(rangeOf(TRANSCRIPT, 'language course')) as [number, number], r.ids.language)],
  ['createMemo', (r) => createMemo(r.db, r.ctx, { targetType: 'document', targetId: r.ids.doc, title: 'Context', text: 'Recorded in a café.' })],
  ['updateMemo', async (r) => updateMemo(r.db, r.ctx, await firstMemo(r), { text: 'Rewritten.' })],
  ['deleteMemo', async (r) => deleteMemo(r.db, r.ctx, await firstMemo(r))],
  [
    'importCodebook',
    (r) => importCodebook(r.db, r.ctx, { entries: [{ name: 'Housing', description: '', children: [{ name: 'Evictions', description: 'Forced moves', children: [] }] }, { name: 'Work', colour: '#aabbcc', description: '', children: [] }] }),
  ],
];

let open: RepositoryDb | undefined;
afterEach(() => open?.close());

describe('every coding mutation can be undone and redone, also after a restart', () => {
  it.each(CASES)('%s', async (_name, apply) => {
    const repo = await codedRepository();
    open = await expectUndoable(repo, () => apply(repo));
  });
});
