// Deterministic REFI-QDA GUIDs derived from Comparanda ids, so exporting the same repository twice gives the same GUIDs.
import { themeGuid } from '../coding/qdc-export';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a GUID stands for; the kind keeps GUIDs of different things apart when they derive from the same id. */
export type GuidKind = 'theme' | 'document' | 'segment' | 'coding' | 'memo' | 'city' | 'user' | 'variable' | 'value-link' | 'project';

/**
 * The GUID of one exported thing. Themes use the .qdc export's rule (their UUID id, upper-cased, or a hash of the id),
 * so a codebook exported alone and inside a project agree. Documents, passages, memos and cities whose id is a UUID
 * keep it; every other GUID is four FNV-1a hashes of "kind:key" shaped as a version-4 UUID.
 */
export function guidFor(kind: GuidKind, key: string): string {
  if (kind === 'theme') return themeGuid(key);
  if ((kind === 'document' || kind === 'segment' || kind === 'memo' || kind === 'city') && UUID.test(key)) return key.toUpperCase();
  return themeGuid(`${kind}:${key}`);
}

/** A GUID as found in a file, in one comparable form: braces removed, upper case. */
export function normaliseGuid(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/^\{|\}$/g, '').toUpperCase();
}
