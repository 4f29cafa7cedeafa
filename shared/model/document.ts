// A Document: one imported file's immutable text with its structure (pages, turns) and tags.
import { z } from 'zod';

export const DOCUMENT_KINDS = [
  'interview',
  'focus-group',
  'transcript',
  'report',
  'field-note',
  'policy-document',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  interview: 'Interview',
  'focus-group': 'Focus group',
  transcript: 'Transcript',
  report: 'Report',
  'field-note': 'Field note',
  'policy-document': 'Policy document',
  other: 'Other',
};

export const SOURCE_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf', 'odt', 'rtf', 'vtt', 'srt', 'qdpx', 'sample'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const offset = z.number().int().nonnegative();

/** Where a PDF page starts in Document.text (UTF-16 offset); `label` is the printed page label. */
export const pageMarkSchema = z.object({ page: z.number().int().positive(), start: offset, label: z.string().optional() });
export type PageMark = z.infer<typeof pageMarkSchema>;

/** A speaker turn or subtitle cue; times in seconds from the start of the recording. */
export const turnSchema = z
  .object({
    start: offset,
    end: offset,
    speaker: z.string().optional(),
    timeStart: z.number().nonnegative().optional(),
    timeEnd: z.number().nonnegative().optional(),
  })
  .refine((t) => t.end >= t.start, 'a turn must not end before it starts');
export type Turn = z.infer<typeof turnSchema>;

/** A heading inside the text (DOCX, Markdown, HTML), for search boosts and the Reader outline. */
export const headingSchema = z.object({ start: offset, end: offset, level: z.number().int().min(1).max(6) });
export type Heading = z.infer<typeof headingSchema>;

export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

export const documentMetadataSchema = z.object({
  author: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  /** The date the material is about (interview date, report date), ISO yyyy-mm-dd. */
  date: z.string().optional(),
  encoding: z.string().optional(),
  pageCount: z.number().int().nonnegative().optional(),
  warnings: z.array(z.string()).optional(),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

export const documentSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1, 'a document needs a title'),
    kind: z.enum(DOCUMENT_KINDS),
    sourceFormat: z.enum(SOURCE_FORMATS),
    /** ISO 639-3 code as detected (e.g. "deu", "ces"), or "und" when undetermined. */
    language: z.string().min(2),
    /** Length (UTF-16 code units) of the document's text, which lives in the `texts` table. */
    textLength: z.number().int().nonnegative(),
    /** SHA-256 of the normalised text (hex). */
    textHash: z.string(),
    /** SHA-256 of the original file's bytes (hex); equals textHash for documents without an original. */
    sha256: z.string(),
    /** The original file, in the sources table; null for documents written inside the app. */
    sourceId: z.string().nullable(),
    pages: z.array(pageMarkSchema),
    turns: z.array(turnSchema),
    headings: z.array(headingSchema),
    cityIds: z.array(z.string()),
    /** Document-level themes: the whole document is "about" these. */
    themeIds: z.array(z.string()),
    attributes: z.record(z.string(), attributeValueSchema),
    metadata: documentMetadataSchema,
    /** The file name (or relative path inside an imported folder) it came from. */
    importedFrom: z.string(),
    size: z.number().int().nonnegative(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .superRefine((doc, ctx) => {
    const length = doc.textLength;
    for (const p of doc.pages) {
      if (p.start > length) ctx.addIssue({ code: 'custom', message: `page ${p.page} starts past the end of the text` });
    }
    for (const t of doc.turns) {
      if (t.end > length) ctx.addIssue({ code: 'custom', message: 'a turn ends past the end of the text' });
    }
  });
export type Document = z.infer<typeof documentSchema>;

/**
 * A document's normalised (NFC) plain text, immutable after import: segments point into it.
 * Kept in its own table (keyed by the document id) so lists of documents never load the text.
 */
export const documentTextSchema = z.object({ id: z.string().min(1), text: z.string() });
export type DocumentText = z.infer<typeof documentTextSchema>;
