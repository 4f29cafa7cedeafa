// Row selection in the Library: a click toggles one row, shift-click selects the range from the last clicked row.
export interface RowSelection {
  ids: ReadonlySet<string>;
  /** The row a shift-click range starts from. */
  anchor: string | null;
}

export const NO_SELECTION: RowSelection = { ids: new Set(), anchor: null };

export function toggleRow(selection: RowSelection, order: readonly string[], id: string, shift: boolean): RowSelection {
  const ids = new Set(selection.ids);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (shift && from !== -1 && to !== -1) {
    // The range takes the state the anchor row has.
    const select = ids.has(selection.anchor!);
    for (let i = Math.min(from, to); i <= Math.max(from, to); i += 1) {
      if (select) ids.add(order[i]!);
      else ids.delete(order[i]!);
    }
    return { ids, anchor: id };
  }
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Selects every shown row, or clears the selection when all shown rows are selected already. */
export function toggleAll(selection: RowSelection, shown: readonly string[]): RowSelection {
  const all = shown.length > 0 && shown.every((id) => selection.ids.has(id));
  return { ids: all ? new Set([...selection.ids].filter((id) => !shown.includes(id))) : new Set([...selection.ids, ...shown]), anchor: null };
}
