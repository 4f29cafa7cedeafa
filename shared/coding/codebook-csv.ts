// The codebook as CSV: one row per theme with path, name, parent path, colour and description.
import type { Theme } from '../model';
import { DomainError, ok, toFailure, type Result } from '../result';
import { codebookTree, flattenCodebook, normaliseColour, type CodebookEntry, type ParsedCodebook } from './codebook-tree';
import { parseCsv, writeCsv } from './csv';

export const CSV_HEADER = ['path', 'name', 'parent path', 'colour', 'description'] as const;
/** Joins the names of a path; a name containing " / " itself would read as two levels, so such names are refused on import. */
export const PATH_SEPARATOR = ' / ';

export function exportCodebookCsv(themes: readonly Theme[]): string {
  const rows = flattenCodebook(codebookTree(themes)).map(({ path, entry }) => [
    path.join(PATH_SEPARATOR),
    entry.name,
    path.slice(0, -1).join(PATH_SEPARATOR),
    entry.colour ?? '',
    entry.description,
  ]);
  return writeCsv([[...CSV_HEADER], ...rows]);
}

const pathKey = (names: readonly string[]) => names.map((n) => n.toLocaleLowerCase()).join('\u0000');

/**
 * The names of a parent path as written: levels are separated by " / " (as exported); a hand-written
 * "Housing/Rent" is read as two levels when no theme is called "Housing/Rent" itself.
 */
function parentPathOf(text: string, known: ReadonlyMap<string, unknown>): string[] {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return [];
  const spaced = trimmed.split(PATH_SEPARATOR).map((p) => p.trim());
  if (known.has(pathKey(spaced)) || !trimmed.includes('/')) return spaced;
  const bare = trimmed.split('/').map((p) => p.trim()).filter(Boolean);
  return known.has(pathKey(bare)) ? bare : spaced;
}

/**
 * Reads a codebook CSV. The header row names the columns (any order, case ignored); "name" is required,
 * "parent path" places a theme under a theme defined on an earlier row or in the same file.
 */
export function parseCodebookCsv(text: string, fileName = 'the CSV file'): Result<ParsedCodebook> {
  try {
    const rows = parseCsv(text);
    const header = (rows[0] ?? []).map((h) => h.trim().toLocaleLowerCase());
    const column = (name: string) => header.indexOf(name);
    if (column('name') < 0) throw new DomainError('invalid-codebook', `${fileName}, line 1: the header has no "name" column (expected ${CSV_HEADER.join(', ')}).`);
    const roots: CodebookEntry[] = [];
    const byPath = new Map<string, CodebookEntry>();
    const cell = (row: string[], name: string) => (column(name) >= 0 ? (row[column(name)] ?? '') : '');
    for (const [index, row] of rows.slice(1).entries()) {
      const line = index + 2;
      const name = cell(row, 'name').replace(/\s+/g, ' ').trim();
      if (name === '') throw new DomainError('invalid-codebook', `${fileName}, row ${line}: the theme has no name.`);
      if (name.includes(PATH_SEPARATOR)) {
        throw new DomainError('invalid-codebook', `${fileName}, row ${line}: the name "${name}" contains " / ", which separates the levels of a path.`);
      }
      const parentPath = parentPathOf(cell(row, 'parent path'), byPath);
      const colourText = cell(row, 'colour').trim();
      const colour = normaliseColour(colourText);
      if (colourText !== '' && colour === undefined) {
        throw new DomainError('invalid-codebook', `${fileName}, row ${line}: "${colourText}" is not a colour like #1a2b3c.`);
      }
      const entry: CodebookEntry = { name, ...(colour ? { colour } : {}), description: cell(row, 'description'), children: [] };
      const key = pathKey([...parentPath, name]);
      if (byPath.has(key)) throw new DomainError('invalid-codebook', `${fileName}, row ${line}: "${[...parentPath, name].join(PATH_SEPARATOR)}" appears twice.`);
      if (parentPath.length === 0) roots.push(entry);
      else {
        const parent = byPath.get(pathKey(parentPath));
        if (!parent) {
          throw new DomainError('invalid-codebook', `${fileName}, row ${line}: the parent "${parentPath.join(PATH_SEPARATOR)}" is not defined on an earlier row.`);
        }
        parent.children.push(entry);
      }
      byPath.set(key, entry);
    }
    return ok({ entries: roots });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'malformed-csv') return { ok: false, error: { code: error.code, message: `${fileName}, ${error.message}` } };
    return { ok: false, error: toFailure(error, 'invalid-codebook') };
  }
}
