// Which documents a comparison looks at: filters by document kind, attribute values and date.
import type { AttributeValue, Document, DocumentKind } from '../model';

export interface AttributeCondition {
  /** The attribute's name, as the researcher defined it (matched ignoring case). */
  name: string;
  value: AttributeValue;
}

export interface CompareFilters {
  /** Only documents of these kinds; empty or absent = every kind. */
  kinds?: readonly DocumentKind[];
  /** Every condition must hold (attribute equals value). */
  attributes?: readonly AttributeCondition[];
  /** ISO dates (yyyy-mm-dd), inclusive; compared with Document.metadata.date. A document without a date is left out when either is set. */
  dateFrom?: string;
  dateTo?: string;
}

function attributeOf(document: Pick<Document, 'attributes'>, name: string): AttributeValue | undefined {
  const wanted = name.toLocaleLowerCase();
  const key = Object.keys(document.attributes).find((k) => k.toLocaleLowerCase() === wanted);
  return key === undefined ? undefined : document.attributes[key];
}

function sameValue(a: AttributeValue | undefined, b: AttributeValue): boolean {
  if (a === undefined || a === null || b === null) return a === b;
  return String(a).trim().toLocaleLowerCase() === String(b).trim().toLocaleLowerCase();
}

/** True when `document` passes every filter. */
export function passesFilters(document: Pick<Document, 'kind' | 'attributes' | 'metadata'>, filters: CompareFilters = {}): boolean {
  if (filters.kinds && filters.kinds.length > 0 && !filters.kinds.includes(document.kind)) return false;
  for (const condition of filters.attributes ?? []) {
    if (!sameValue(attributeOf(document, condition.name), condition.value)) return false;
  }
  if (filters.dateFrom || filters.dateTo) {
    const date = document.metadata.date;
    if (!date) return false;
    if (filters.dateFrom && date.slice(0, filters.dateFrom.length) < filters.dateFrom) return false;
    if (filters.dateTo && date.slice(0, filters.dateTo.length) > filters.dateTo) return false;
  }
  return true;
}

/** True when no filter is set. */
export function noFilters(filters: CompareFilters = {}): boolean {
  return (filters.kinds?.length ?? 0) === 0 && (filters.attributes?.length ?? 0) === 0 && !filters.dateFrom && !filters.dateTo;
}
