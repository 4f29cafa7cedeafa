// The figures of a matrix cell or total: passages, documents, words coded and the share of the material.
import type { CountedSegment } from './counted';

export const MEASURES = ['segments', 'documents', 'words', 'share'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  segments: 'Coded passages',
  documents: 'Documents',
  words: 'Words coded',
  share: 'Share of material',
};

export interface CellFigures {
  /** Coded passages (each once). */
  segments: number;
  /** Documents with at least one of those passages. */
  documents: number;
  /** Words in those passages. */
  words: number;
  /** words ÷ all words of the material of the city (or cities); 0 when there is no material. */
  share: number;
}

export function measureOf(figures: CellFigures, measure: Measure): number {
  return figures[measure];
}

/** "12", "1,204", "3.4 %" — a figure as the matrix prints it. */
export function formatFigure(value: number, measure: Measure): string {
  if (measure === 'share') return `${(value * 100).toFixed(value > 0 && value < 0.001 ? 2 : 1)} %`;
  return value.toLocaleString('en-GB');
}

/** The figures of a set of passages against `materialWords` words of material. */
export function figuresOf(passages: Iterable<CountedSegment>, segmentWords: ReadonlyMap<string, number>, materialWords: number): CellFigures {
  const documents = new Set<string>();
  let segments = 0;
  let words = 0;
  for (const { segment } of passages) {
    segments += 1;
    documents.add(segment.documentId);
    words += segmentWords.get(segment.id) ?? 0;
  }
  return { segments, documents: documents.size, words, share: materialWords > 0 ? words / materialWords : 0 };
}
