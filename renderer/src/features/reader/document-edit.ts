// Turns the Reader's details form into a document edit: typed attribute values, an optional date, trimmed title.
import type { DocumentEdit } from '../../../../shared/db';
import type { AttributeValue, Document, DocumentKind } from '../../../../shared/model';

export interface AttributeDraft {
  key: string;
  value: string;
  /** Set by the editor for a defined (typed) attribute: the value to store (null removes it), or why it cannot be stored. */
  typed?: { value: AttributeValue } | { problem: string };
}

export interface DetailsDraft {
  title: string;
  kind: DocumentKind;
  cityIds: string[];
  /** yyyy-mm-dd, or '' for none. */
  date: string;
  attributes: AttributeDraft[];
}

export function showValue(value: AttributeValue): string {
  return value === null ? '' : String(value);
}

export function draftOf(doc: Document): DetailsDraft {
  return {
    title: doc.title,
    kind: doc.kind,
    cityIds: [...doc.cityIds],
    date: doc.metadata.date ?? '',
    attributes: Object.entries(doc.attributes).map(([key, value]) => ({ key, value: showValue(value) })),
  };
}

/** Keeps the type a value had: numbers stay numbers and yes/no values stay booleans when the new text allows it. */
export function typedValue(text: string, previous: AttributeValue | undefined): AttributeValue {
  const trimmed = text.trim();
  if (typeof previous === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (typeof previous === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  if (previous === null && trimmed === '') return null;
  return text;
}

/** Why the draft cannot be saved, in plain words; null when it can. */
export function draftProblem(draft: DetailsDraft): string | null {
  if (draft.title.trim() === '') return 'A document needs a title.';
  if (draft.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return 'Write the date as year-month-day, e.g. 2024-03-18.';
  const keys = draft.attributes.map((a) => a.key.trim());
  if (keys.some((k) => k === '')) return 'Every attribute needs a name.';
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) return `The attribute "${repeated}" is listed twice.`;
  for (const { typed } of draft.attributes) if (typed && 'problem' in typed) return typed.problem;
  return null;
}

export function editOf(doc: Document, draft: DetailsDraft): DocumentEdit {
  const attributes: Record<string, AttributeValue> = {};
  for (const { key, value, typed } of draft.attributes) {
    if (typed && 'value' in typed) {
      if (typed.value !== null) attributes[key.trim()] = typed.value;
    } else attributes[key.trim()] = typedValue(value, doc.attributes[key.trim()]);
  }
  const { date: _previous, ...metadata } = doc.metadata;
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    cityIds: draft.cityIds,
    attributes,
    metadata: draft.date ? { ...metadata, date: draft.date } : metadata,
  };
}
