// A REFI-QDA project as read from project.qde: plain data, GUIDs normalised, offsets still in code points.
import type { LossItem } from './format';

export type RefiValue = string | number | boolean;

export interface ParsedCode {
  guid: string;
  name: string;
  colour?: string;
  description: string;
  noteGuids: string[];
  children: ParsedCode[];
}

export interface ParsedVariable {
  guid: string;
  name: string;
  /** typeOfVariable as written: Text, Boolean, Integer, Float, Date, DateTime. */
  type: string;
  description: string;
}

export interface ParsedValue {
  variableGuid: string;
  value: RefiValue;
  line?: number;
}

export interface ParsedCase {
  guid: string;
  name: string;
  description: string;
  values: ParsedValue[];
  sourceGuids: string[];
  selectionGuids: string[];
  line?: number;
}

export interface ParsedCoding {
  codeGuid: string;
  userGuid: string;
  noteGuids: string[];
}

export interface ParsedSelection {
  guid: string;
  /** Code points, as the standard counts them. */
  start: number;
  end: number;
  description: string;
  userGuid: string;
  codings: ParsedCoding[];
  noteGuids: string[];
  line?: number;
}

/** Where a text comes from: the element's own PlainTextContent, or a path (internal:// or external). */
export interface TextOrigin {
  content?: string;
  plainTextPath?: string;
}

export interface ParsedSource extends TextOrigin {
  guid: string;
  name: string;
  kind: 'text' | 'pdf';
  /** A PDF's own file path, for extracting its text when it has no text representation. */
  pdfPath?: string;
  description: string;
  selections: ParsedSelection[];
  /** Codings of the whole source. */
  codings: ParsedCoding[];
  noteGuids: string[];
  values: ParsedValue[];
  line?: number;
}

export interface ParsedNote extends TextOrigin {
  guid: string;
  name: string;
  userGuid: string;
  line?: number;
}

export interface ParsedLink {
  guid: string;
  name: string;
  originGuid: string;
  targetGuid: string;
  noteGuids: string[];
  line?: number;
}

export interface ParsedProject {
  name: string;
  origin: string | null;
  description: string;
  users: Map<string, string>;
  codes: ParsedCode[];
  variables: ParsedVariable[];
  cases: ParsedCase[];
  sources: ParsedSource[];
  notes: ParsedNote[];
  links: ParsedLink[];
  projectNoteGuids: string[];
  /** What the reader already knows it cannot represent (media, PDF regions, sets, graphs). */
  losses: LossItem[];
}
