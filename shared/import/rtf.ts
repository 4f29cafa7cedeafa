// Reads RTF with a small tokenizer: code pages (\ansicpg, \fcharset, \'hh), \uN with \ucN, \info title and author.
import type { DocumentMetadata } from '../model';
import { decodeAs } from './decode';
import { failures } from './failures';
import { TextBuilder } from './text-builder';
import type { FormatOutput, ReadContext } from './types';

type Sink = 'main' | 'footnote' | 'skip' | 'fonttbl' | 'info' | 'title' | 'author' | 'created';

/** Sinks whose plain characters are kept. */
const TEXT_SINKS = new Set<Sink>(['main', 'footnote', 'title', 'author']);

interface Group {
  sink: Sink;
  uc: number;
  font?: number;
}

/** Destinations whose content is not reading text. */
const SKIPPED = new Set([
  'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'xmlnstbl', 'pict',
  'object', 'objdata', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'fldinst', 'bkmkstart',
  'bkmkend', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'info',
  'filetbl', 'pgdsctbl', 'pntext', 'pntxta', 'pntxtb', 'sp', 'shpinst', 'nonshppict', 'company', 'operator',
  'subject', 'keywords', 'comment', 'doccomm', 'category', 'manager', 'hlinkbase', 'printim', 'buptim', 'revtim',
  'userprops', 'docvar', 'mmathPr', 'factoidname', 'wgrffmtfilter', 'passwordhash', 'protusertbl', 'atnid',
  'atnauthor', 'annotation', 'xe', 'tc', 'template', 'author', 'title', 'nonesttables',
]);

const SYMBOLS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n\n', page: '\n\n', tab: '\t', cell: ' | ', nestcell: ' | ', row: '\n',
  nestrow: '\n', emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ', '~': '\u00a0', _: '\u2011', '-': '', '\n': '\n', '\r': '\n',
};

const CHARSET_CODEPAGES: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256,
  186: 1257, 204: 1251, 222: 874, 238: 1250,
};

/** The WHATWG label of a Windows code page number. */
function codepageLabel(codepage: number): string {
  const labels: Record<number, string> = {
    932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh', 866: 'ibm866', 20866: 'koi8-r',
    28591: 'iso-8859-1', 28592: 'iso-8859-2', 28595: 'iso-8859-5', 65001: 'utf-8',
  };
  const label = labels[codepage] ?? (codepage === 874 || (codepage >= 1250 && codepage <= 1258) ? `windows-${codepage}` : 'windows-1252');
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'windows-1252';
  }
}

export interface RtfContent {
  text: string;
  footnotes: string[];
  title?: string;
  author?: string;
  created?: string;
}

export function parseRtf(source: string): RtfContent {
  let defaultCodepage = 1252;
  const fontCodepages = new Map<number, number>();
  const sinks: Record<Sink, string> = { main: '', footnote: '', skip: '', fonttbl: '', info: '', title: '', author: '', created: '' };
  const footnotes: string[] = [];
  const createdParts: Record<string, number> = {};
  const stack: Group[] = [];
  let group: Group = { sink: 'main', uc: 1 };
  let pendingBytes: number[] = [];
  let skipCount = 0;
  let fontBeingDefined: number | undefined;
  let groupStart = false;
  // Inside a table cell (\intbl until the next \pard) a paragraph mark is a space: the cell ends with \cell.
  let inTable = false;

  const codepage = () => (group.font !== undefined ? fontCodepages.get(group.font) : undefined) ?? defaultCodepage;
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    sinks[group.sink] += decodeAs(codepageLabel(codepage()), new Uint8Array(pendingBytes));
    pendingBytes = [];
  };
  const emit = (s: string) => {
    flushBytes();
    if (TEXT_SINKS.has(group.sink)) sinks[group.sink] += s;
  };
  /** \uN and the fallback characters after it: one "character" of the fallback is consumed here. */
  const skipped = () => {
    if (skipCount > 0) {
      skipCount--;
      return true;
    }
    return false;
  };

  const length = source.length;
  let i = 0;
  while (i < length) {
    const ch = source[i]!;
    if (ch === '{') {
      flushBytes();
      stack.push(group);
      group = { ...group };
      groupStart = true;
      skipCount = 0;
      i++;
      continue;
    }
    if (ch === '}') {
      flushBytes();
      if (group.sink === 'footnote' && stack[stack.length - 1]?.sink !== 'footnote') {
        footnotes.push(sinks.footnote.trim());
        sinks.footnote = '';
      }
      group = stack.pop() ?? group;
      groupStart = false;
      skipCount = 0;
      i++;
      continue;
    }
    const wasGroupStart = groupStart;
    groupStart = false;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === "'") {
        const byte = Number.parseInt(source.slice(i + 2, i + 4), 16);
        i += 4;
        if (skipped() || Number.isNaN(byte)) continue;
        if (TEXT_SINKS.has(group.sink)) pendingBytes.push(byte);
        continue;
      }
      if (next === '*') {
        flushBytes();
        group.sink = 'skip';
        i += 2;
        continue;
      }
      if (!/[a-zA-Z]/.test(next)) {
        i += 2;
        if (skipped()) continue;
        if (next === '{' || next === '}' || next === '\\') emit(next);
        else if (SYMBOLS[next] !== undefined) emit(SYMBOLS[next]!);
        continue;
      }
      const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i + 1, i + 48))!;
      i += 1 + m[0].length;
      const word = m[1]!;
      const param = m[2] === undefined ? undefined : Number(m[2]);
      if (word === 'bin' && param) {
        i += param;
        continue;
      }
      if (skipped()) continue;
      if (word === 'nesttableprops') {
        // Word writes a nested table's row end inside this ignorable group: keep the row break.
        const parent = stack[stack.length - 1];
        if (parent && TEXT_SINKS.has(parent.sink)) sinks[parent.sink] += '\n';
        continue;
      }
      if (word === 'intbl') inTable = true;
      else if (word === 'pard') inTable = false;
      if (word === 'par' && inTable) {
        emit(' ');
        continue;
      }
      if (word === 'u' && param !== undefined) {
        emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipCount = group.uc;
      } else if (word === 'uc' && param !== undefined) group.uc = param;
      else if (word === 'ansicpg' && param) defaultCodepage = param;
      else if (word === 'mac') defaultCodepage = 10000;
      else if (word === 'f' && param !== undefined) {
        flushBytes();
        if (group.sink === 'fonttbl') fontBeingDefined = param;
        else group.font = param;
      } else if (word === 'fcharset' && param !== undefined && fontBeingDefined !== undefined) {
        const cp = CHARSET_CODEPAGES[param];
        if (cp) fontCodepages.set(fontBeingDefined, cp);
      } else if (word === 'cpg' && param && fontBeingDefined !== undefined && group.sink === 'fonttbl') {
        fontCodepages.set(fontBeingDefined, param);
      } else if (word === 'fonttbl') group.sink = 'fonttbl';
      else if (word === 'info' && wasGroupStart) group.sink = 'info';
      else if ((word === 'title' || word === 'author') && wasGroupStart && stack[stack.length - 1]?.sink === 'info') {
        group.sink = word;
      } else if (word === 'creatim' && wasGroupStart) group.sink = 'created';
      else if (group.sink === 'created' && ['yr', 'mo', 'dy', 'hr', 'min'].includes(word) && param !== undefined) {
        createdParts[word] = param;
      } else if (word === 'footnote' && TEXT_SINKS.has(group.sink)) group.sink = 'footnote';
      else if (wasGroupStart && SKIPPED.has(word)) {
        flushBytes();
        group.sink = 'skip';
      } else if (SYMBOLS[word] !== undefined) emit(SYMBOLS[word]!);
      continue;
    }
    i++;
    if (ch === '\r' || ch === '\n') continue;
    if (skipped()) continue;
    if (!TEXT_SINKS.has(group.sink)) continue;
    const code = ch.charCodeAt(0);
    if (code > 127) pendingBytes.push(code);
    else emit(ch);
  }
  flushBytes();

  const { yr, mo, dy, hr, min } = createdParts;
  const created =
    yr && mo && dy ? new Date(Date.UTC(yr, mo - 1, dy, hr ?? 0, min ?? 0)).toISOString() : undefined;
  return {
    text: sinks.main,
    footnotes: footnotes.filter(Boolean),
    ...(sinks.title.trim() ? { title: sinks.title.trim() } : {}),
    ...(sinks.author.trim() ? { author: sinks.author.trim() } : {}),
    ...(created ? { created } : {}),
  };
}

export function readRtf(bytes: Uint8Array, context: ReadContext): FormatOutput {
  // RTF is 7-bit with escapes; one character per byte keeps any raw 8-bit byte for the tokenizer to decode.
  let source = '';
  for (let i = 0; i < bytes.length; i += 0x8000) source += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  if (!/^\s*\{\\rtf/.test(source.replace(/^\u00ef\u00bb\u00bf/, ''))) {
    throw failures.corrupt(context.name, 'it does not start like an RTF document ({\\rtf)');
  }
  const content = parseRtf(source);
  const builder = new TextBuilder();
  const text = content.text
    .replace(/(?:[ \t]*\|[ \t]*)+\n/g, '\n') // empty cells at the end of a row
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  builder.block(text);
  if (content.footnotes.length > 0) {
    builder.heading('Footnotes', 2);
    content.footnotes.forEach((note, index) => builder.block(`${index + 1}. ${note}`));
  }
  const metadata: DocumentMetadata = {
    ...(content.author ? { author: content.author } : {}),
    ...(content.created ? { created: content.created } : {}),
  };
  return {
    text: builder.toString(),
    headings: builder.headings,
    ...(content.title ? { title: content.title } : {}),
    metadata,
  };
}
