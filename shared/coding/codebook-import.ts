// Adds a parsed codebook (.qdc or CSV) to the repository's themes by path, as one undoable change.
import { isoNow, randomId, themeSchema, type IdGenerator, type Theme } from '../model';
import { mutate, THEME_PALETTE, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { type CodebookEntry, type ParsedCodebook } from './codebook-tree';

export interface CodebookImportReport {
  created: Theme[];
  /** Entries whose path already existed: the existing theme was kept unchanged. */
  kept: number;
}

const UUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/**
 * Merges a codebook into the themes: an entry whose path of names (ignoring case) exists is kept as it is,
 * a new one is created under its parent. A new theme takes the file's GUID as its id when no theme has it.
 */
export async function importCodebook(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  parsed: ParsedCodebook,
  options: { mode: 'merge' } = { mode: 'merge' },
): Promise<Result<CodebookImportReport>> {
  return mutate(db, ctx, `Imported a codebook${parsed.origin ? ` from ${parsed.origin}` : ''}`, async (draft) => {
    if (options.mode !== 'merge') throw new DomainError('unsupported', 'Codebooks can only be merged into the existing themes.');
    const themes = await db.themes.toArray();
    const now = isoNow(ctx.clock);
    const report: CodebookImportReport = { created: [], kept: 0 };
    let count = themes.length;
    const childrenOf = (parentId: string | null) => themes.filter((t) => t.parentId === parentId);
    const place = async (entries: readonly CodebookEntry[], parentId: string | null) => {
      for (const entry of entries) {
        const name = entry.name.replace(/\s+/g, ' ').trim();
        let theme = childrenOf(parentId).find((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase());
        if (theme) report.kept += 1;
        else {
          const guid = UUID.exec(entry.guid ?? '')?.[1]?.toLowerCase();
          const id = guid && !themes.some((t) => t.id === guid) ? guid : (ctx.newId ?? randomId)();
          theme = validRow(
            themeSchema,
            {
              id,
              parentId,
              name,
              colour: entry.colour ?? THEME_PALETTE[count % THEME_PALETTE.length],
              description: entry.description,
              order: childrenOf(parentId).length,
              createdAt: now,
              updatedAt: now,
            },
            'theme',
          );
          count += 1;
          themes.push(theme);
          await draft.put('themes', theme);
          report.created.push(theme);
        }
        await place(entry.children, theme.id);
      }
    };
    await place(parsed.entries, null);
    return report;
  });
}
