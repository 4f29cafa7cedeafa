// The .qdpx package as Comparanda writes and reads it: names, namespace, limits, and the import report's shape.
import type { ArchiveLimits } from '../archive/format';

export const QDPX_EXTENSION = '.qdpx';
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const PROJECT_ENTRY = 'project.qde';
export const SOURCES_FOLDER = 'sources';
export const INTERNAL_PREFIX = 'internal://';

/** A .qdpx is untrusted input: bounded like an archive, smaller since it holds text and a few originals. */
export const QDPX_LIMITS: ArchiveLimits = {
  maxEntries: 50_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** What kind of item an import could not represent. */
export const LOSS_KINDS = [
  'picture',
  'audio',
  'video',
  'pdf-region',
  'picture-region',
  'media-selection',
  'missing-text',
  'unreadable-source',
  'selection',
  'coding',
  'variable-value',
  'set',
  'graph',
  'link',
  'note',
] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

/** One thing from the project that is not in the repository after the import, and why. */
export interface LossItem {
  kind: LossKind;
  /** The item as the other tool named it ("Picture 'site plan.png'"). */
  item: string;
  reason: string;
  /** Where it was in project.qde. */
  line?: number;
}

export interface QdpxImportReport {
  /** The project's name and the program that wrote it. */
  projectName: string;
  origin: string | null;
  documents: { added: number; reused: number };
  themes: { added: number; kept: number };
  cities: { added: number; kept: number };
  attributes: { added: number };
  segments: { added: number; alreadyPresent: number };
  memos: { added: number };
  /** Coder names the project's users became. */
  coders: string[];
  losses: LossItem[];
}
