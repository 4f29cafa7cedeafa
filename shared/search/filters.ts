// Filters (city:, theme:, kind:, lang:, doc:, speaker:, coded:) as predicates over passages.
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type Segment } from '../model';
import type { SearchCatalog } from './catalog';
import { terms } from './normalise';
import type { Passage } from './passages';
import type { FilterField } from './query';

export type PassageTest = (passage: Passage) => boolean;

export interface CompiledFilter {
  test: PassageTest;
  /** The answer for every passage of a document when it is the same for all of them (else undefined). */
  document?: (documentId: string) => boolean | undefined;
  /** Set when the value names nothing in the repository (no such city or theme). */
  warning?: string;
}

const folded = (value: string) => terms(value).join(' ');

/** Language codes and names accepted by lang:, mapped to the ISO 639-3 codes documents carry. */
const LANGUAGES: Record<string, string[]> = {
  eng: ['en', 'english'], deu: ['de', 'ger', 'german', 'deutsch'], ita: ['it', 'italian', 'italiano'],
  ces: ['cs', 'cze', 'czech', 'cestina'], bul: ['bg', 'bulgarian', 'български'], fra: ['fr', 'fre', 'french', 'francais'],
  spa: ['es', 'spanish', 'espanol'], pol: ['pl', 'polish', 'polski'], hun: ['hu', 'hungarian', 'magyar'],
  ell: ['el', 'gre', 'greek', 'ελληνικα'], nld: ['nl', 'dut', 'dutch', 'nederlands'], por: ['pt', 'portuguese'],
  ron: ['ro', 'rum', 'romanian'], slk: ['sk', 'slo', 'slovak'], slv: ['sl', 'slovenian'], hrv: ['hr', 'croatian'],
  srp: ['sr', 'serbian'], ukr: ['uk', 'ukrainian'], rus: ['ru', 'russian'], ara: ['ar', 'arabic'], tur: ['tr', 'turkish'],
  swe: ['sv', 'swedish'], dan: ['da', 'danish'], fin: ['fi', 'finnish'],
};

export function overlapping(segments: readonly Segment[] | undefined, passage: Passage): Segment[] {
  if (!segments) return [];
  return segments.filter((s) => s.start < passage.end && s.end > passage.start);
}

/** A passage's cities: the city overrides of coded segments over it, else its document's cities. */
export function passageCities(catalog: SearchCatalog, passage: Passage): string[] {
  const overrides = overlapping(catalog.segments.get(passage.documentId), passage)
    .map((s) => s.cityId)
    .filter((id): id is string => id !== null);
  if (overrides.length > 0) return [...new Set(overrides)];
  return catalog.documents.get(passage.documentId)?.cityIds ?? [];
}

/** A passage's themes: its document's themes and those of coded segments over it. */
export function passageThemes(catalog: SearchCatalog, passage: Passage, codedOnly = false): string[] {
  const ids = new Set<string>(codedOnly ? [] : (catalog.documents.get(passage.documentId)?.themeIds ?? []));
  for (const segment of overlapping(catalog.segments.get(passage.documentId), passage)) for (const id of segment.themeIds) ids.add(id);
  return [...ids];
}

/** The themes named `value` (folded) with all their descendants. */
function themesNamed(catalog: SearchCatalog, value: string): Set<string> {
  const wanted = folded(value);
  const found = new Set(catalog.themes.filter((t) => folded(t.name) === wanted).map((t) => t.id));
  let grew = found.size > 0;
  while (grew) {
    grew = false;
    for (const theme of catalog.themes) {
      if (theme.parentId !== null && found.has(theme.parentId) && !found.has(theme.id)) {
        found.add(theme.id);
        grew = true;
      }
    }
  }
  return found;
}

const none: CompiledFilter['test'] = () => false;

export function compileFilter(catalog: SearchCatalog, field: FilterField, value: string): CompiledFilter {
  const wanted = folded(value);
  const doc = (p: Passage) => catalog.documents.get(p.documentId);
  const uncoded = (id: string) => !(catalog.segments.get(id)?.length ?? 0);
  /** Kind, language and title are the document's: every passage answers alike. */
  const byDocument = (test: PassageTest): CompiledFilter => ({ test, document: (id) => test({ id: `${id}:0`, documentId: id, start: 0, end: 0 }) });
  switch (field) {
    case 'city': {
      const ids = new Set(catalog.cities.filter((c) => [c.name, ...c.aliases].some((n) => folded(n) === wanted)).map((c) => c.id));
      if (ids.size === 0) return { test: none, document: () => false, warning: `There is no city called "${value}" in this repository.` };
      const documentCities = (id: string) => (catalog.documents.get(id)?.cityIds ?? []).some((c) => ids.has(c));
      return { test: (p) => passageCities(catalog, p).some((id) => ids.has(id)), document: (id) => (uncoded(id) ? documentCities(id) : undefined) };
    }
    case 'theme': {
      const ids = themesNamed(catalog, value);
      if (ids.size === 0) return { test: none, document: () => false, warning: `There is no theme called "${value}" in the codebook.` };
      const documentThemes = (id: string) => (catalog.documents.get(id)?.themeIds ?? []).some((t) => ids.has(t));
      return { test: (p) => passageThemes(catalog, p).some((id) => ids.has(id)), document: (id) => (uncoded(id) ? documentThemes(id) : undefined) };
    }
    case 'coded': {
      if (wanted === 'yes' || wanted === 'no') {
        const coded = wanted === 'yes';
        return { test: (p) => overlapping(catalog.segments.get(p.documentId), p).length > 0 === coded, document: (id) => (uncoded(id) ? !coded : undefined) };
      }
      const ids = themesNamed(catalog, value);
      if (ids.size === 0) return { test: none, document: () => false, warning: `There is no theme called "${value}" in the codebook.` };
      return { test: (p) => passageThemes(catalog, p, true).some((id) => ids.has(id)), document: (id) => (uncoded(id) ? false : undefined) };
    }
    case 'kind': {
      const kinds = new Set(DOCUMENT_KINDS.filter((k) => folded(k) === wanted || folded(DOCUMENT_KIND_LABELS[k]) === wanted));
      if (kinds.size === 0) return { test: none, document: () => false, warning: `"${value}" is not a kind of document (${DOCUMENT_KINDS.join(', ')}).` };
      return byDocument((p) => kinds.has(doc(p)?.kind as never));
    }
    case 'lang': {
      const codes = new Set(Object.entries(LANGUAGES).filter(([code, names]) => code === wanted || names.includes(wanted)).map(([c]) => c));
      codes.add(wanted);
      return byDocument((p) => codes.has(doc(p)?.language ?? ''));
    }
    case 'doc': {
      const titles = new Map<string, boolean>();
      return byDocument((p) => {
        let found = titles.get(p.documentId);
        if (found === undefined) titles.set(p.documentId, (found = folded(doc(p)?.title ?? '').includes(wanted)));
        return found;
      });
    }
    case 'speaker':
      return { test: (p) => p.speaker !== undefined && folded(p.speaker).includes(wanted) };
  }
}
