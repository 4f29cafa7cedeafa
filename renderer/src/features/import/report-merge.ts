// Folds the outcome of a retried file into the report it came from, keeping one row per file and the counts right.
import type { ImportOutcome, ImportReport } from '../../../../shared/import/pipeline/types';

export function countOutcomes(outcomes: ImportOutcome[], cancelled: boolean): ImportReport {
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { outcomes, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed'), cancelled };
}

export function mergeRetry(report: ImportReport, retried: ImportReport): ImportReport {
  const replacements = new Map(retried.outcomes.map((o) => [o.file, o]));
  const outcomes = report.outcomes.map((o) => replacements.get(o.file) ?? o);
  return countOutcomes(outcomes, report.cancelled);
}

/** A document's suggestions, dropped from the report once they are applied. */
export function withoutSuggestions(report: ImportReport, documentId: string): ImportReport {
  const outcomes = report.outcomes.map((o) =>
    o.status === 'imported' && o.documentId === documentId ? { ...o, suggestedCities: [] } : o,
  );
  return { ...report, outcomes };
}
