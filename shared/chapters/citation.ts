// How a quote is cited: a full footnote (title, kind, city, date, page or timestamp) or author–date in the text.
import { formatLocation, type Quote } from '../compare';
import { DOCUMENT_KIND_LABELS } from '../model';

export const CITATION_STYLES = ['footnotes', 'author-date'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const REMOVED_PASSAGE = '[source passage removed]';

function kindLabel(quote: Pick<Quote, 'kind'>): string {
  return (DOCUMENT_KIND_LABELS[quote.kind] ?? quote.kind).toLocaleLowerCase('en');
}

/** Where in the document: page, else timestamp, else nothing (the speaker is named beside the quote). */
function placeOf(quote: Quote): string {
  if (quote.page !== undefined || quote.timeStart !== undefined) return formatLocation(quote);
  return '';
}

/** "Interview Anna (interview), Vienna, 2024-03-12, p. 12." — the parts the document has, in this order. */
export function footnoteCitation(quote: Quote): string {
  const parts = [`${quote.documentTitle} (${kindLabel(quote)})`, quote.cityName, quote.date, placeOf(quote)].filter((p): p is string => !!p);
  return `${parts.join(', ')}.`;
}

/** "(Interview Anna, 2024, p. 12)"; "n.d." when the document has no date. */
export function authorDateCitation(quote: Quote): string {
  const year = quote.date ? quote.date.slice(0, 4) : 'n.d.';
  const place = placeOf(quote);
  return `(${quote.documentTitle}, ${year}${place ? `, ${place}` : ''})`;
}

/** Who speaks, as printed before a quote: "Anna:" — or nothing. */
export function speakerLabel(quote: Pick<Quote, 'speaker'>): string {
  return quote.speaker ? `${quote.speaker}:` : '';
}
