// Places the project's codes among the themes by path (as .qdc import does), remembering which theme each code became.
import { THEME_PALETTE } from '../db';
import { validRow } from '../db/validate';
import { themeSchema, type Theme } from '../model';
import type { ImportRun } from './import-context';
import type { ParsedCode } from './project-model';

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/**
 * A code whose path of names (ignoring case) exists keeps the existing theme unchanged; a new one is created
 * under its parent, taking the code's GUID (lower-cased) as its id when no theme has it. Returns code GUID → theme id.
 */
export async function importCodebook(run: ImportRun): Promise<Map<string, string>> {
  const themes = await run.db.themes.toArray();
  const byGuid = new Map<string, string>();
  const childrenOf = (parentId: string | null) => themes.filter((t) => t.parentId === parentId);
  const place = async (codes: readonly ParsedCode[], parentId: string | null): Promise<void> => {
    for (const code of codes) {
      const name = code.name.trim();
      let theme = childrenOf(parentId).find((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (theme) run.report.themes.kept += 1;
      else {
        const guidId = UUID.test(code.guid) ? code.guid.toLowerCase() : undefined;
        const id = guidId && !themes.some((t) => t.id === guidId) ? guidId : run.newId();
        theme = validRow(
          themeSchema,
          {
            id,
            parentId,
            name,
            colour: code.colour ?? THEME_PALETTE[themes.length % THEME_PALETTE.length],
            description: code.description,
            order: childrenOf(parentId).length,
            createdAt: run.now,
            updatedAt: run.now,
          },
          'theme',
        ) as Theme;
        themes.push(theme);
        await run.draft.put('themes', theme);
        run.report.themes.added += 1;
      }
      if (code.guid) byGuid.set(code.guid, theme.id);
      await place(code.children, theme.id);
    }
  };
  await place(run.project.codes, null);
  return byGuid;
}
