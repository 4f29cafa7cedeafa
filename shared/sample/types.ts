// The shapes the sample project's content is written in, before ids, offsets and hashes exist.
import type { AttributeValue, DocumentKind } from '../model';

/** A passage to code: `quote` is searched for in the text, so offsets are never typed by hand. */
export interface SamplePassage {
  quote: string;
  themes: string[];
  /** A city key, when the passage is about one city of a multi-city document. */
  city?: string;
  memo?: string;
}

export interface SampleDocument {
  key: string;
  title: string;
  kind: DocumentKind;
  /** ISO 639-3. */
  language: string;
  cities: string[];
  date: string;
  author?: string;
  importedFrom: string;
  attributes: Record<string, AttributeValue>;
  /** How the text is structured: speaker turns (with optional [hh:mm:ss] times) or printed pages. */
  layout:
    | { type: 'turns'; paragraphs: string[] }
    | { type: 'pages'; pages: string[][]; headings: { text: string; level: number }[] };
  passages: SamplePassage[];
}

export interface SampleCity {
  key: string;
  name: string;
  country: string;
  aliases: string[];
  latitude: number;
  longitude: number;
}

export interface SampleTheme {
  key: string;
  parent: string | null;
  name: string;
  colour: string;
  description: string;
}
