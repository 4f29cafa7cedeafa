// Notes become memos on what refers to them (code, document, passage, city, theme × city cell, project).
import { validRow } from '../db/validate';
import { cellKey, memoSchema, type MemoTarget } from '../model';
import type { ImportRun } from './import-context';
import type { DocumentLinks } from './import-documents';
import type { ParsedCode } from './project-model';
import { resolveText } from './sources-read';

interface Target {
  type: MemoTarget;
  id: string;
}

function addTarget(targets: Map<string, Target[]>, noteGuid: string, target: Target): void {
  const list = targets.get(noteGuid) ?? [];
  if (!list.some((t) => t.type === target.type && t.id === target.id)) list.push(target);
  targets.set(noteGuid, list);
}

/** Writes a memo unless the target already has one with the same title and text (the same project imported again). */
async function writeMemo(run: ImportRun, target: Target, title: string, text: string, coder: string): Promise<void> {
  const present = await run.db.memos.where('[targetType+targetId]').equals([target.type, target.id]).filter((m) => m.title === title && m.text === text).count();
  if (present > 0) return;
  const memo = validRow(
    memoSchema,
    { id: run.newId(), targetType: target.type, targetId: target.id, title, text, coder, createdAt: run.now, updatedAt: run.now },
    'memo',
  );
  await run.draft.put('memos', memo);
  run.report.memos.added += 1;
}

/**
 * Every note becomes one memo per thing that refers to it. A note linked to a case (our export's way of writing a memo
 * on a city) becomes a city memo, or a cell memo when a code refers to it too. A note nothing imported refers to
 * becomes a memo on the repository, so no note is dropped.
 */
export async function importNotes(
  run: ImportRun,
  themeOf: Map<string, string>,
  cityOfCase: Map<string, string>,
  links: DocumentLinks,
  caseDescriptions: Map<string, string>,
): Promise<void> {
  const { project } = run;
  const targets = new Map<string, Target[]>();
  const noteGuids = new Set(project.notes.map((n) => n.guid));
  const casesOfNote = new Map<string, string[]>();
  for (const link of project.links) {
    const cityId = cityOfCase.get(link.targetGuid);
    if (noteGuids.has(link.originGuid) && cityId) casesOfNote.set(link.originGuid, [...(casesOfNote.get(link.originGuid) ?? []), cityId]);
    else {
      run.losses.push({
        kind: 'link',
        item: `Link "${link.name || link.guid}"`,
        reason: 'Comparanda has no links between items; only a link from a note to a case (a memo on a city) is kept.',
        line: link.line,
      });
    }
  }
  const walk = (codes: readonly ParsedCode[]) => {
    for (const code of codes) {
      const themeId = themeOf.get(code.guid);
      for (const guid of code.noteGuids) {
        const cities = casesOfNote.get(guid);
        if (themeId && cities) for (const cityId of cities) addTarget(targets, guid, { type: 'cell', id: cellKey(themeId, cityId) });
        else if (themeId) addTarget(targets, guid, { type: 'theme', id: themeId });
      }
      walk(code.children);
    }
  };
  walk(project.codes);
  for (const [guid, cities] of casesOfNote) {
    if (!targets.has(guid)) for (const cityId of cities) addTarget(targets, guid, { type: 'city', id: cityId });
  }
  for (const source of project.sources) {
    const documentId = links.documentOf.get(source.guid);
    if (documentId) for (const guid of source.noteGuids) addTarget(targets, guid, { type: 'document', id: documentId });
    for (const selection of source.selections) {
      const segmentId = links.segmentOf.get(selection.guid);
      const guids = [...selection.noteGuids, ...selection.codings.flatMap((c) => c.noteGuids)];
      if (segmentId) for (const guid of guids) addTarget(targets, guid, { type: 'segment', id: segmentId });
    }
  }
  for (const guid of project.projectNoteGuids) addTarget(targets, guid, { type: 'repository', id: '' });

  for (const note of project.notes) {
    const resolved = resolveText(run.pkg, note);
    const title = note.name.trim() || 'Note';
    if (!('text' in resolved)) {
      run.losses.push({ kind: 'note', item: `Note "${title}"`, reason: `It was not imported: ${resolved.missing}.`, line: note.line });
      continue;
    }
    const coder = run.coderFor(note.userGuid);
    for (const target of targets.get(note.guid) ?? [{ type: 'repository' as const, id: '' }]) await writeMemo(run, target, title, resolved.text, coder);
  }
  for (const source of project.sources) {
    const documentId = links.documentOf.get(source.guid);
    if (documentId && source.description) await writeMemo(run, { type: 'document', id: documentId }, 'Description', source.description, run.ctx.coder);
  }
  for (const [cityId, text] of caseDescriptions) await writeMemo(run, { type: 'city', id: cityId }, 'Description', text, run.ctx.coder);
  if (project.description) await writeMemo(run, { type: 'repository', id: '' }, `Description of ${project.name}`, project.description, run.ctx.coder);
}
