// The renderer never turns strings into markup: no innerHTML and friends, no HTML converters; adding one must come with DOMPurify and a test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts|cts|js|jsx|html)$/.test(name)) out.push(full);
  }
  return out;
}

/** Ways a string becomes live markup in a page. */
const RAW_MARKUP: Array<[string, RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['srcdoc', /srcdoc/i],
  ['createContextualFragment', /createContextualFragment/],
  ['new DOMParser (the browser one)', /new\s+(window\.)?DOMParser\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /(set|parse)HTMLUnsafe/],
  ['an HTML converter imported into the page (marked, mammoth)', /from\s+['"](marked|mammoth)['"]/],
];

function offences(folder: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(folder)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const [what, pattern] of RAW_MARKUP) {
        if (pattern.test(line)) found.push(`${path.relative(process.cwd(), file)}:${index + 1} uses ${what}`);
      }
    });
  }
  return found;
}

describe('no untrusted markup in the page', () => {
  it('the renderer never renders a string as HTML (sanitise with DOMPurify and test it before adding one)', () => {
    expect(offences('renderer/src')).toEqual([]);
  });

  it('the page itself has no inline script or handler', () => {
    const page = readFileSync('renderer/index.html', 'utf8');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('the check itself finds each way of writing markup', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      'node.innerHTML = text;',
      'node.outerHTML = text;',
      "node.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      '<iframe srcDoc={text} />',
      'range.createContextualFragment(text)',
      "new DOMParser().parseFromString(text, 'text/html')",
      'el.setHTMLUnsafe(text)',
      "import { marked } from 'marked';",
    ];
    for (const sample of samples) expect(RAW_MARKUP.some(([, pattern]) => pattern.test(sample)), sample).toBe(true);
  });
});
