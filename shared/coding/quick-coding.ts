// Coding shortcuts: every turn of one speaker at once, and in-vivo coding (a theme named by the selection).
import { isoNow, randomId, themeSchema, type Segment, type Theme } from '../model';
import { getDocumentText, mutate, THEME_PALETTE, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { siblingsOf } from './codebook';
import { plural, requireDocument, requireTheme } from './lookups';
import { plannedSegment, type CodingContext } from './segments';

/**
 * Codes every turn of `speaker` in a document with `themeIds`, as one undoable change. Turns already coded
 * with one of these themes (the overlap rule) are skipped and counted, so the command can be repeated safely.
 */
export async function codeSpeakerTurns(
  db: RepositoryDb,
  ctx: CodingContext,
  documentId: string,
  speaker: string,
  themeIds: string[],
): Promise<Result<{ coded: Segment[]; skipped: number }>> {
  return mutate(db, ctx, `Coded the turns of ${speaker}`, async (draft) => {
    const doc = await requireDocument(db, documentId);
    const turns = doc.turns.filter((t) => t.speaker === speaker && t.end > t.start);
    if (turns.length === 0) throw new DomainError('no-turns', `"${doc.title}" has no turns by ${speaker}.`);
    const coded: Segment[] = [];
    let skipped = 0;
    for (const turn of turns) {
      try {
        const segment = await plannedSegment(db, ctx, { documentId, start: turn.start, end: turn.end, themeIds });
        await draft.put('segments', segment);
        coded.push(segment);
      } catch (error) {
        if (error instanceof DomainError && (error.code === 'overlap' || error.code === 'duplicate')) skipped += 1;
        else throw error;
      }
    }
    if (coded.length === 0) throw new DomainError('unchanged', `All ${plural(turns.length, 'turn')} of ${speaker} are already coded with these themes.`);
    return { coded, skipped };
  });
}

export const IN_VIVO_MAX = 60;

/** The theme name for an in-vivo code: the selection with its white space collapsed, at most 60 characters. */
export function inVivoName(selection: string): string {
  const name = selection.replace(/\s+/g, ' ').trim();
  const chars = [...name];
  return chars.length > IN_VIVO_MAX ? chars.slice(0, IN_VIVO_MAX - 1).join('').trimEnd() + '…' : name;
}

/**
 * Creates a theme named by the selected words (under `parentId`) and codes the selection with it, in one change.
 * When a sibling already has that name, the existing theme is reused.
 */
export async function inVivoCode(
  db: RepositoryDb,
  ctx: CodingContext,
  documentId: string,
  start: number,
  end: number,
  parentId: string | null = null,
): Promise<Result<{ theme: Theme; segment: Segment; createdTheme: boolean }>> {
  return mutate(db, ctx, 'Coded in vivo', async (draft) => {
    await requireDocument(db, documentId);
    if (parentId !== null) await requireTheme(db, parentId);
    const name = inVivoName((await getDocumentText(db, documentId)).slice(Math.max(0, start), Math.max(0, end)));
    if (name === '') throw new DomainError('empty-selection', 'Select some words to name the new theme.');
    const siblings = await siblingsOf(db, parentId);
    let theme = siblings.find((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    const createdTheme = theme === undefined;
    if (!theme) {
      const now = isoNow(ctx.clock);
      theme = validRow(
        themeSchema,
        {
          id: (ctx.newId ?? randomId)(),
          parentId,
          name,
          colour: THEME_PALETTE[(await db.themes.count()) % THEME_PALETTE.length],
          description: '',
          order: siblings.length,
          createdAt: now,
          updatedAt: now,
        },
        'theme',
      );
      await draft.put('themes', theme);
    }
    const segment = await plannedSegment(db, ctx, { documentId, start, end, themeIds: [theme.id] });
    await draft.put('segments', segment);
    return { theme, segment, createdTheme };
  });
}
