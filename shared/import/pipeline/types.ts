// The shapes of a batch import: one outcome per file, progress, and the options a batch takes.
import type { Gazetteer } from '../../gazetteer';
import type { DocumentKind } from '../../model';
import type { ExtractOptions, FileToImport } from '../types';

/** A city the text mentions, proposed for the document; the researcher confirms it. */
export interface CitySuggestion {
  /** The gazetteer's main (English) name, e.g. "Vienna". */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Names in other languages the gazetteer knows (Wien, Vídeň, Виена …). */
  aliases: string[];
  latitude?: number;
  longitude?: number;
  /** How often any of its names occurs in the text. */
  mentions: number;
  /** The repository's city with this name or alias, when there already is one. */
  existingCityId: string | null;
}

export type ImportOutcome =
  | {
      status: 'imported';
      /** The file's path as picked (relative inside a folder). */
      file: string;
      documentId: string;
      title: string;
      warnings: string[];
      suggestedCities: CitySuggestion[];
    }
  | { status: 'duplicate'; file: string; existingDocumentId: string; existingTitle: string; message: string }
  | { status: 'failed'; file: string; code: string; message: string };

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being read now, or null between files and at the end. */
  current: string | null;
}

export interface ImportReport {
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  failed: number;
  /** True when the user cancelled: the files not reached have no outcome. */
  cancelled: boolean;
}

export interface ImportOptions extends Omit<ExtractOptions, 'password' | 'signal'> {
  /** Cities every imported document is tagged with (ids of existing cities). */
  cityIds?: string[];
  /** Overrides the guessed kind for every document. */
  kind?: DocumentKind;
  /** A password tried for every encrypted PDF of the batch. */
  password?: string;
  /** Passwords per file path, e.g. after the user answered a prompt. */
  passwords?: Record<string, string>;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Where city suggestions come from: the European gazetteer when left out, none with null. */
  gazetteer?: Gazetteer | null;
}

export type { FileToImport };
