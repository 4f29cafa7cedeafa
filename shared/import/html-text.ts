// Walks HTML (from a page, Markdown or mammoth) into text blocks: paragraphs, headings, list items, table rows.
import { Parser } from 'htmlparser2';
import { collapseWhitespace, type TextBuilder } from './text-builder';

/** Elements whose content is never text for the researcher (and never survives import). */
export const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'head', 'select', 'button', 'map', 'applet', 'frameset', 'frame',
]);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'ul', 'ol',
  'dl', 'dt', 'dd', 'li', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption', 'address', 'hr',
  'form', 'fieldset', 'legend', 'details', 'summary', 'center', 'body', 'html', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

/** Stands for <br> until whitespace is collapsed (U+2028 LINE SEPARATOR). */
const LINE_BREAK = '\u2028';

const NOTE_SECTIONS: Array<[RegExp, string]> = [
  [/^footnote-\d/, 'Footnotes'],
  [/^endnote-\d/, 'Endnotes'],
  [/^comment-\d/, 'Comments'],
];

export interface HtmlTextOptions {
  /** mammoth output: put "Footnotes" / "Endnotes" / "Comments" before the notes it appends, drop its back links. */
  noteSections?: boolean;
  /** A web page: leave out its navigation, site header and footer, sidebars and cookie banners (see isBoilerplate). */
  dropBoilerplate?: boolean;
}

/** Roles of a page's furniture; banner and contentinfo (site header, footer) only outside the article. */
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'search']);
const SITE_ROLES = new Set(['banner', 'contentinfo']);
/** Whole class or id names of page furniture: cookie banners, breadcrumbs, share bars, site navigation. */
const BOILERPLATE_NAME =
  /^(cookies?([-_]?(banner|bar|notice|consent|popup|law|message|wall))?|consent([-_]?(banner|popup|manager))?|gdpr([-_]?banner)?|onetrust-banner-sdk|breadcrumbs?|skip-?(link|links|to-content)|sidebar|navbar|site-?(nav|navigation|header|footer|menu)|main-?(nav|navigation|menu)|social-?(share|links)|share-?(bar|buttons|tools))$/i;

/** True for an element that is the page's furniture rather than its text. */
export function isBoilerplate(name: string, attributes: Record<string, string>, insideContent: boolean): boolean {
  if (name === 'nav' || name === 'aside') return true;
  if ((name === 'header' || name === 'footer') && !insideContent) return true;
  const role = attributes.role?.toLowerCase();
  if (role && (BOILERPLATE_ROLES.has(role) || (SITE_ROLES.has(role) && !insideContent))) return true;
  const names = `${attributes.id ?? ''} ${attributes.class ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((n) => BOILERPLATE_NAME.test(n));
}

export interface HtmlFacts {
  title?: string;
  author?: string;
  lang?: string;
}

/** Appends the text of `html` to `builder`; returns what the page says about itself. */
export function htmlIntoText(html: string, builder: TextBuilder, options: HtmlTextOptions = {}): HtmlFacts {
  const facts: HtmlFacts = {};
  let inline = '';
  let listIndent = '';
  let dropDepth = 0;
  let preDepth = 0;
  let headingLevel = 0;
  let inTitle = false;
  let titleSeen = false;
  let title = '';
  let cells: string[] | undefined;
  let lastWasRow = false;
  const listStack: Array<{ ordered: boolean; index: number }> = [];
  // Open elements, and the depth of the furniture element being left out (0: none) and of open article/main elements.
  let depth = 0;
  let boilerplateAt = 0;
  const contentDepths: number[] = [];
  const emittedSections = new Set<string>();

  const flush = () => {
    // A list marker waits for its item's text (an <li> that wraps a <p>).
    if (/^\s*(\d+\.|•)\s*$/.test(inline)) return;
    const text = preDepth > 0 ? inline.replace(/\u2028/g, '\n') : `${listIndent}${collapseWhitespace(inline).replace(/ ?\u2028 ?/g, '\n').trim()}`;
    inline = '';
    listIndent = '';
    if (!text.trim()) return;
    if (cells) {
      cells.push(text.trim());
      return;
    }
    if (headingLevel) builder.heading(text, headingLevel);
    else builder.block(text);
    lastWasRow = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // Only the first <title> names the page; later ones belong to inline SVG icons.
        if (name === 'title' && !titleSeen) inTitle = true;
        if (name === 'meta' && attributes.name?.toLowerCase() === 'author' && attributes.content) {
          facts.author = collapseWhitespace(attributes.content).trim();
        }
        if (name === 'html' && attributes.lang) facts.lang = attributes.lang;
        depth++;
        if (boilerplateAt > 0) return;
        if (options.dropBoilerplate && dropDepth === 0 && isBoilerplate(name, attributes, contentDepths.length > 0)) {
          flush();
          boilerplateAt = depth;
          return;
        }
        if (name === 'article' || name === 'main' || attributes.role === 'main') contentDepths.push(depth);
        if (DROPPED.has(name)) {
          dropDepth++;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'br') {
          inline += LINE_BREAK;
          return;
        }
        if (name === 'img' && attributes.alt?.trim()) {
          inline += ` ${attributes.alt.trim()} `;
          return;
        }
        if (options.noteSections && name === 'a' && /^#(footnote|endnote|comment)-ref-/.test(attributes.href ?? '')) {
          dropDepth++;
          return;
        }
        if (name === 'tr') {
          flush();
          cells = [];
          return;
        }
        if (name === 'td' || name === 'th') {
          if (cells) flush();
          return;
        }
        if (!BLOCKS.has(name)) return;
        flush();
        if (options.noteSections && attributes.id) {
          const section = NOTE_SECTIONS.find(([pattern]) => pattern.test(attributes.id!))?.[1];
          if (section && !emittedSections.has(section)) {
            emittedSections.add(section);
            builder.heading(section, 2);
          }
        }
        if (/^h[1-6]$/.test(name)) headingLevel = Number(name[1]);
        if (name === 'pre') preDepth++;
        if (name === 'ul' || name === 'ol') listStack.push({ ordered: name === 'ol', index: 0 });
        if (name === 'li') {
          const list = listStack[listStack.length - 1];
          if (list) list.index++;
          listIndent = '  '.repeat(Math.max(0, listStack.length - 1));
          inline = list?.ordered ? `${list.index}. ` : '• ';
        }
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (dropDepth > 0 || boilerplateAt > 0) return;
        inline += data;
      },
      onclosetag(name, isImplied) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleSeen = true;
        }
        const closing = depth;
        depth = Math.max(0, depth - 1);
        if (boilerplateAt > 0) {
          if (closing <= boilerplateAt) boilerplateAt = 0;
          return;
        }
        if (contentDepths[contentDepths.length - 1] === closing) contentDepths.pop();
        if (DROPPED.has(name)) {
          dropDepth = Math.max(0, dropDepth - 1);
          return;
        }
        if (options.noteSections && name === 'a' && dropDepth > 0) {
          dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'td' || name === 'th') {
          if (cells) flush();
          return;
        }
        if (name === 'tr') {
          flush();
          const row = (cells ?? []).filter((c) => c.length > 0);
          cells = undefined;
          if (row.length > 0) {
            builder.block(row.join(' | '), lastWasRow ? '\n' : '\n\n');
            lastWasRow = true;
          }
          return;
        }
        if (!BLOCKS.has(name)) return;
        if (name === 'li' && inline.trim() && /^\s*(\d+\.|•)\s*$/.test(inline)) inline = '';
        flush();
        if (/^h[1-6]$/.test(name)) headingLevel = 0;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'ul' || name === 'ol') listStack.pop();
        if (name === 'table') lastWasRow = false;
        void isImplied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const cleanTitle = collapseWhitespace(title).trim();
  if (cleanTitle) facts.title = cleanTitle;
  return facts;
}
