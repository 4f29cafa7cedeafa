// A paragraph block's content: the rich-text editor's JSON (TipTap / ProseMirror) read as lines of styled runs, and plain text made into it.

/** A piece of text with its emphasis. `break` is a line break inside the paragraph. */
export interface RichRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  break?: boolean;
}

/** One output paragraph; list items carry their list kind and nesting level (0 = top). */
export interface RichParagraph {
  runs: RichRun[];
  list?: { kind: 'bullet' | 'ordered'; level: number };
  /** A heading the author typed inside the paragraph block (1–3). */
  heading?: number;
  /** Text the author marked as a block quotation inside the paragraph. */
  blockquote?: boolean;
}

/** The subset of the editor's document shape read here; anything else is skipped. */
export interface RichNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string }[];
  content?: RichNode[];
}

function isNode(value: unknown): value is RichNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function runsOf(nodes: readonly unknown[] | undefined): RichRun[] {
  const runs: RichRun[] = [];
  for (const node of nodes ?? []) {
    if (!isNode(node)) continue;
    if (node.type === 'hardBreak') runs.push({ text: '', break: true });
    else if (typeof node.text === 'string' && node.text !== '') {
      const marks = new Set((node.marks ?? []).map((m) => m?.type));
      runs.push({
        text: node.text,
        ...(marks.has('bold') ? { bold: true } : {}),
        ...(marks.has('italic') ? { italic: true } : {}),
        ...(marks.has('underline') ? { underline: true } : {}),
        ...(marks.has('strike') ? { strike: true } : {}),
      });
    } else if (Array.isArray(node.content)) runs.push(...runsOf(node.content));
  }
  return runs;
}

function walk(nodes: readonly unknown[] | undefined, out: RichParagraph[], list: RichParagraph['list'], quoted: boolean): void {
  for (const node of nodes ?? []) {
    if (!isNode(node)) continue;
    switch (node.type) {
      case 'paragraph':
        out.push({ runs: runsOf(node.content), ...(list ? { list } : {}), ...(quoted ? { blockquote: true } : {}) });
        break;
      case 'heading': {
        const level = Math.min(3, Math.max(1, Number(node.attrs?.level) || 1));
        out.push({ runs: runsOf(node.content), heading: level });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
        const level = list ? list.level + 1 : 0;
        for (const item of node.content ?? []) if (isNode(item)) walk(item.content, out, { kind, level }, quoted);
        break;
      }
      case 'blockquote':
        walk(node.content, out, list, true);
        break;
      case 'codeBlock':
        out.push({ runs: runsOf(node.content) });
        break;
      default:
        if (typeof node.text === 'string') out.push({ runs: runsOf([node]) });
        else walk(node.content, out, list, quoted);
    }
  }
}

/** The paragraphs of a block's content; a plain string (older or hand-made content) is split at blank lines. */
export function richParagraphs(content: unknown): RichParagraph[] {
  if (typeof content === 'string') return plainParagraphs(content).map((text) => ({ runs: text ? [{ text }] : [] }));
  if (!isNode(content)) return [];
  const out: RichParagraph[] = [];
  walk(content.type === 'doc' ? content.content : [content], out, undefined, false);
  return out;
}

function plainParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Editor JSON for plain text: one paragraph per blank-line-separated part, an optional bold lead-in on the first. */
export function richTextOf(text: string, leadIn?: string): RichNode {
  const parts = plainParagraphs(text);
  if (parts.length === 0) parts.push('');
  return {
    type: 'doc',
    content: parts.map((part, i) => {
      const runs: RichNode[] = [];
      if (i === 0 && leadIn) runs.push({ type: 'text', text: leadIn, marks: [{ type: 'bold' }] }, { type: 'text', text: ' ' });
      if (part) runs.push({ type: 'text', text: part });
      return { type: 'paragraph', ...(runs.length > 0 ? { content: runs } : {}) };
    }),
  };
}

/** The content as plain text, paragraphs separated by a blank line (for previews and search). */
export function plainTextOf(content: unknown): string {
  return richParagraphs(content)
    .map((p) => p.runs.map((r) => (r.break ? '\n' : r.text)).join(''))
    .join('\n\n');
}
