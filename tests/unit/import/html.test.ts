// HTML: sanitised text (no scripts, handlers or remote content), block structure, headings, charset handling.
import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../shared/import/html';
import { encodeLegacy, extractBytes, extractCorpus, hasCorpus, value } from './helpers';

const PAGE = `<!doctype html><html lang="de"><head>
<meta charset="utf-8"><title>Integration in   Graz</title><meta name="author" content="Stadt Graz">
<style>body { color: red }</style><script>var secret = "tracking";</script>
<link rel="stylesheet" href="https://cdn.example.org/x.css"></head>
<body onload="steal()">
<nav><a href="/">Start</a></nav>
<h1>Wohnen</h1><p>Die <b>Mieten</b> sind&nbsp;hoch &amp; steigen.<br>Neue Zeile.</p>
<p onclick="evil()">Zweiter <img src="https://tracker.example.org/p.gif" alt="Diagramm"> Absatz.</p>
<ul><li>eins</li><li><p>zwei</p></li></ul>
<table><tr><th>Stadt</th><th>Anteil</th></tr><tr><td>Graz</td><td>20 %</td></tr></table>
<noscript>Bitte JavaScript</noscript><template><p>Vorlage</p></template><iframe src="https://ads.example.org"></iframe>
<h2>Arbeit</h2><div>Text im div</div>
</body></html>`;

describe('HTML extraction', () => {
  it('keeps text by blocks and drops scripts, styles, handlers and remote resources', async () => {
    const doc = value(await extractBytes('graz.html', PAGE));
    expect(doc.text).toContain('Die Mieten sind\u00a0hoch & steigen.\nNeue Zeile.');
    expect(doc.text).toContain('Zweiter Diagramm Absatz.');
    expect(doc.text).toContain('• eins\n\n• zwei');
    expect(doc.text).toContain('Stadt | Anteil\nGraz | 20 %');
    for (const gone of ['tracking', 'color: red', 'steal', 'evil', 'https://', 'Bitte JavaScript', 'Vorlage', '<']) {
      expect(doc.text).not.toContain(gone);
    }
    expect(doc.title).toBe('Integration in Graz');
    expect(doc.metadata.author).toBe('Stadt Graz');
    expect(doc.headings.map((h) => [doc.text.slice(h.start, h.end), h.level])).toEqual([
      ['Wohnen', 1],
      ['Arbeit', 2],
    ]);
  });

  it('takes the first <title> as the title only, not as text, and ignores SVG titles', async () => {
    const doc = value(await extractBytes('t.html', '<title>Page</title><svg><title>icon</title></svg><p>Body <embed src="x.swf"> text</p><p>more</p>'));
    expect(doc.title).toBe('Page');
    expect(doc.text).toBe('Body text\n\nmore');
  });

  it.each([
    ['<meta charset="windows-1250">', 'windows-1250'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', 'iso-8859-2'],
    ['<?xml version="1.0" encoding="KOI8-R"?>', 'koi8-r'],
    ['<p>none</p>', undefined],
  ])('reads the declared charset from %s', (head, charset) => {
    expect(declaredCharset(new TextEncoder().encode(head))).toBe(charset);
  });

  it('decodes with the declared legacy charset', async () => {
    const bytes = encodeLegacy('<html><head><meta charset="windows-1250"></head><body><p>Příliš žluťoučký kůň v Brně</p></body></html>', 'windows-1250');
    const doc = value(await extractBytes('brno.html', bytes));
    expect(doc.text).toBe('Příliš žluťoučký kůň v Brně');
    expect(doc.metadata.encoding).toBe('windows-1250');
  });

  it('falls back when the declared charset lies (declares ISO-8859-1, bytes are UTF-8)', async () => {
    const doc = value(await extractBytes('lie.html', '<meta charset="iso-8859-1"><p>Kraków, Łódź, Zürich</p>'));
    expect(doc.text).toBe('Kraków, Łódź, Zürich');
    expect(doc.metadata.encoding).toBe('utf-8');
    expect(doc.warnings.join(' ')).toMatch(/declares iso-8859-1/);
  });
});

describe.skipIf(!hasCorpus)('HTML corpus files', () => {
  it('reads the page that declares gb2312 but is UTF-8', async () => {
    const doc = value(await extractCorpus('html/readability-qq-gb2312-declared.html'));
    expect(doc.text).toContain('人工智能');
    expect(doc.text).not.toContain('\ufffd');
    expect(doc.language).toBe('cmn');
  });

  it('keeps Czech diacritics and drops the page scripts', async () => {
    const doc = value(await extractCorpus('html/readability-aktualne.html'));
    expect(doc.text).toMatch(/[ěščřž]/);
    expect(doc.text).not.toMatch(/function\s*\(|<script/);
    expect(doc.language).toBe('ces');
  });

  it('is not fooled by comment markers inside a script', async () => {
    const doc = value(await extractCorpus('html/readability-comment-inside-script.html'));
    expect(doc.text).toContain('Lorem ipsum dolor sit amet');
    expect(doc.text).not.toMatch(/document\.|<!--|var /);
  });

  it('decodes named and numeric entities in text', async () => {
    const doc = value(await extractCorpus('html/readability-wikipedia.html'));
    expect(doc.text).not.toMatch(/&(amp|nbsp|quot|#\d+);/);
  });
});

const FURNITURE = `<!doctype html><html><head><title>Wohnen in Graz</title></head><body>
<div id="cookie-banner"><p>Wir verwenden Cookies.</p><button>OK</button></div>
<header><a href="/">Stadt Graz</a><nav><ul><li>Start</li><li>Kontakt</li></ul></nav></header>
<ol class="breadcrumb"><li>Start</li></ol><ol class="breadcrumbs"><li>Start › Wohnen</li></ol>
<main><article><header><h1>Wohnen in Graz</h1><p>Von der Stadtverwaltung</p></header>
<p>Die Mieten steigen seit 2015.</p><aside><p>Lesen Sie auch: Parken</p></aside>
<footer><p>Stand: März 2024</p></footer></article></main>
<div role="navigation"><p>Mehr Themen</p></div><div class="has-sidebar"><p>Kontaktformular unten.</p></div>
<footer><p>© Stadt Graz · Impressum</p></footer></body></html>`;

describe('HTML page furniture', () => {
  it('leaves out navigation, site header and footer, asides, breadcrumbs and cookie banners, but keeps the article header and footer', async () => {
    const { text } = value(await extractBytes('wohnen.html', FURNITURE));
    expect(text).toBe('Wohnen in Graz\n\nVon der Stadtverwaltung\n\nDie Mieten steigen seit 2015.\n\nStand: März 2024\n\nKontaktformular unten.');
  });

  it('reads a page whole when nearly all of it looks like furniture', async () => {
    const { text } = value(await extractBytes('seite.html', '<body><aside><h1>Bericht</h1><p>Der ganze Bericht steht in einem aside-Element.</p></aside><p>Kurz.</p></body>'));
    expect(text).toBe('Bericht\n\nDer ganze Bericht steht in einem aside-Element.\n\nKurz.');
  });
});

describe.skipIf(!hasCorpus)('HTML page furniture in real pages', () => {
  it.each([
    ['html/readability-bbc-1.html', "Obama admits US gun laws are his 'biggest frustration'", ['Accessibility links', 'Skip to content', 'BBC navigation']],
    ['html/readability-folha.html', 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012', ['Ir para o conteúdo', 'Ir para o rodapé']],
    ['html/readability-wikipedia.html', 'From Wikipedia, the free encyclopedia', ['Personal tools', 'Create account', 'Free software portal']],
    ['html/readability-lemonde-1.html', "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", ['Boutique Le Monde', 'Hors-séries']],
  ])('%s keeps the article and drops the site furniture', async (file, kept, gone) => {
    const { text } = value(await extractCorpus(file));
    expect(text).toContain(kept);
    for (const g of gone) expect(text).not.toContain(g);
  });
});
