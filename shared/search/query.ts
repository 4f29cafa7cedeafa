// The parsed form of a search query: a tree of terms, phrases, filters and boolean operators.

export const FILTER_FIELDS = ['city', 'theme', 'kind', 'lang', 'doc', 'speaker', 'coded'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export type QueryNode =
  /** A word; `prefix` for `word*`, `fuzzy` (allowed edits) for `word~` / `word~2`. */
  | { type: 'term'; text: string; prefix: boolean; fuzzy: number }
  /** Words that must stand next to each other in this order ("exact phrase"). */
  | { type: 'phrase'; text: string }
  | { type: 'filter'; field: FilterField; value: string }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

export interface QueryError {
  message: string;
  /** UTF-16 offset in the typed query where the problem is. */
  position: number;
}

export type ParsedQuery = { ok: true; query: QueryNode } | { ok: false; error: QueryError };
