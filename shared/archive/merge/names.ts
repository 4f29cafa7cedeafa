// Comparing names across repositories: folding (case, accents, spaces), edit distance, and theme paths.
import { nameTokens } from '../../gazetteer/fold';
import type { Theme } from '../../model';

/** A name folded for matching: words lower-cased without accents, joined by one space ("Sociální  bydlení" → "socialni bydleni"). */
export function foldName(name: string): string {
  const words = nameTokens(name);
  return words.length > 0 ? words.join(' ') : name.trim().toLowerCase();
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Each theme's path of names from the root ("Housing/Social housing"). */
export function themePaths(themes: readonly Theme[]): Map<string, string> {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const paths = new Map<string, string>();
  for (const theme of themes) {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let t: Theme | undefined = theme; t && !seen.has(t.id); t = t.parentId ? byId.get(t.parentId) : undefined) {
      seen.add(t.id);
      names.unshift(t.name);
    }
    paths.set(theme.id, names.join('/'));
  }
  return paths;
}
