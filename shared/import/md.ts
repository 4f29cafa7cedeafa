// Reads Markdown: YAML front matter becomes attributes (and the title); the body becomes plain text with headings.
import { decodeHTMLStrict } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { AttributeValue } from '../model';
import { DROPPED, htmlIntoText } from './html-text';
import { TextBuilder } from './text-builder';
import { decodedLines } from './txt';
import type { FormatOutput, ReadContext } from './types';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function attributeValue(value: unknown): AttributeValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value.join(', ');
  if (value === undefined) return undefined;
  return JSON.stringify(value);
}

export function frontMatter(source: string): {
  attributes: Record<string, AttributeValue>;
  body: string;
  warning?: string;
} {
  const m = FRONT_MATTER.exec(source);
  if (!m) return { attributes: {}, body: source };
  const body = source.slice(m[0].length);
  try {
    const data: unknown = parseYaml(m[1] ?? '', { maxAliasCount: 100 });
    const attributes: Record<string, AttributeValue> = {};
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) {
        const v = attributeValue(value);
        if (v !== undefined) attributes[key] = v;
      }
    }
    return { attributes, body };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    return { attributes: {}, body: source, warning: `front matter ignored: it is not valid YAML (${reason})` };
  }
}

/** The element a lone inline tag opens or closes when its content is never text (script, style, svg …). */
function droppedTag(raw: string): { name: string; closing: boolean } | undefined {
  const m = /^<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>$/.exec(raw.trim());
  if (!m || m[3] === '/' || !DROPPED.has(m[2]!.toLowerCase())) return undefined;
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/' };
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  // Inline HTML comes one tag per token: the text between <script> and </script> arrives as ordinary text tokens.
  let dropping: string | undefined;
  for (const token of tokens) {
    if (token.type === 'html') {
      const tag = droppedTag(token.raw);
      if (dropping) {
        if (tag?.closing && tag.name === dropping) dropping = undefined;
        continue;
      }
      if (tag && !tag.closing) {
        dropping = tag.name;
        continue;
      }
    } else if (dropping) continue;
    switch (token.type) {
      case 'br':
        out += '\n';
        break;
      case 'image':
        out += (token as Tokens.Image).text;
        break;
      case 'html': {
        out += decodeHTMLStrict(token.raw.replace(/<[^>]*>/g, ''));
        break;
      }
      case 'codespan':
        out += decodeHTMLStrict((token as Tokens.Codespan).text);
        break;
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        if (nested && nested.length > 0) out += inlineText(nested);
        else out += decodeHTMLStrict((token as { text?: string }).text ?? '');
      }
    }
  }
  return out;
}

function listText(list: Tokens.List, depth: number): string {
  const lines: string[] = [];
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${Number(list.start || 1) + i}. ` : '• ';
    const own: string[] = [];
    const nested: string[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') nested.push(listText(child as Tokens.List, depth + 1));
      else if (child.type !== 'space') own.push(inlineText((child as { tokens?: Token[] }).tokens ?? [child]).trim());
    }
    lines.push(`${'  '.repeat(depth)}${marker}${own.join(' ')}`, ...nested);
  });
  return lines.join('\n');
}

function blocksInto(tokens: Token[], builder: TextBuilder): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        builder.heading(inlineText((token as Tokens.Heading).tokens), (token as Tokens.Heading).depth);
        break;
      case 'paragraph':
      case 'text':
        builder.block(inlineText((token as Tokens.Paragraph).tokens ?? [token]));
        break;
      case 'list':
        builder.block(listText(token as Tokens.List, 0));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens).trim()).join(' | '));
        builder.block(rows.join('\n'));
        break;
      }
      case 'blockquote':
        blocksInto((token as Tokens.Blockquote).tokens, builder);
        break;
      case 'code':
        builder.block((token as Tokens.Code).text);
        break;
      case 'html':
        htmlIntoText(token.raw, builder);
        break;
      default:
        break;
    }
  }
}

export function readMarkdown(bytes: Uint8Array, context: ReadContext): FormatOutput {
  const { text: source, encoding } = decodedLines(bytes, context.name);
  const { attributes, body, warning } = frontMatter(source);
  const builder = new TextBuilder();
  blocksInto(new Lexer({ gfm: true }).lex(body), builder);
  const title = typeof attributes.title === 'string' ? attributes.title : undefined;
  const author = typeof attributes.author === 'string' ? attributes.author : undefined;
  const date = typeof attributes.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(attributes.date) ? attributes.date : undefined;
  return {
    text: builder.toString(),
    headings: builder.headings,
    ...(title ? { title } : {}),
    attributes,
    metadata: { encoding, ...(author ? { author } : {}), ...(date ? { date: date.slice(0, 10) } : {}) },
    warnings: warning ? [warning] : [],
  };
}
