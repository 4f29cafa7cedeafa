// The Compare screen's UI state (measure, filters, collapsed rows, what is open) and the rows a collapsed tree shows.
import type { CompareFilters, Matrix, MatrixRow, Measure } from '../../../../shared/compare';

export interface CompareView {
  measure: Measure;
  filters: CompareFilters;
  /** Theme ids whose rows are collapsed (their sub-themes hidden, their figures rolled up). */
  collapsed: ReadonlySet<string>;
}

export const INITIAL_VIEW: CompareView = { measure: 'segments', filters: {}, collapsed: new Set() };

/** An opened cell: its theme and city, and whether it shows the rolled-up passages of a collapsed row. */
export interface OpenCell {
  themeId: string;
  cityId: string;
  rolledUp: boolean;
}

/** The rows a reader sees: rows under a collapsed ancestor are hidden. */
export function visibleRows(matrix: Matrix, collapsed: ReadonlySet<string>): MatrixRow[] {
  const hidden = new Set<string>();
  for (const row of matrix.rows) if (collapsed.has(row.theme.id)) for (const id of row.descendantIds) hidden.add(id);
  return matrix.rows.filter((row) => !hidden.has(row.theme.id));
}

/** The top of the shading scale: the largest cell, or with collapsed rows the largest rolled-up figure too. */
export function shadingMax(matrix: Matrix, collapsed: ReadonlySet<string>): number {
  return matrix.rows.some((r) => r.hasChildren && collapsed.has(r.theme.id)) ? matrix.maxWithRolledUp : matrix.max;
}

/** "Austria" for "AT" (the researcher's language is English in this version); the code itself when unknown. */
export function countryName(code: string): string {
  if (!code) return 'Country not set';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
