// A quote as Word paragraphs: Quote style, the speaker, the passage in its own language, and its citation (footnote or author–date).
import { FootnoteReferenceRun, Paragraph, TextRun } from 'docx';
import { authorDateCitation, footnoteCitation, REMOVED_PASSAGE, speakerLabel, type CitationStyle } from '../chapters';
import type { Quote } from '../compare';
import { wordLanguageTag } from './language';
import { STYLE } from './styles';

function citationRuns(quote: Quote, citations: CitationStyle): (TextRun | FootnoteReferenceRun)[] {
  if (citations === 'author-date') return [new TextRun({ text: ` ${authorDateCitation(quote)}`, italics: false })];
  return [new FootnoteReferenceRun({ children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(` ${footnoteCitation(quote)}`)] })] })];
}

/** The passage's lines: line breaks in the source stay line breaks in Word. */
function passageRuns(text: string, language: string): TextRun[] {
  const tag = wordLanguageTag(language);
  const lines = text.trim().split(/\r?\n/);
  return lines.map((line, i) => new TextRun({ text: `${i === 0 ? '“' : ''}${line}${i === lines.length - 1 ? '”' : ''}`, break: i > 0 ? 1 : undefined, language: tag ? { value: tag } : undefined }));
}

export function quoteParagraph(quote: Quote | null, citations: CitationStyle, style: string = STYLE.quote): Paragraph {
  if (!quote) {
    return new Paragraph({ style, children: [new TextRun({ text: REMOVED_PASSAGE, bold: true, italics: false, color: 'C00000' })] });
  }
  const speaker = speakerLabel(quote);
  return new Paragraph({
    style,
    children: [...(speaker ? [new TextRun({ text: `${speaker} `, bold: true })] : []), ...passageRuns(quote.text, quote.language), ...citationRuns(quote, citations)],
  });
}
