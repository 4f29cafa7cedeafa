// What the Share screen reads: cities and themes (with their paths) to choose a selection from.
import { useLiveQuery } from 'dexie-react-hooks';
import { themePaths } from '../../../../shared/archive';
import type { RepositoryDb } from '../../../../shared/db';

export interface Choice {
  value: string;
  label: string;
}

export interface SelectionChoices {
  cities: Choice[];
  themes: Choice[];
}

export function useSelectionChoices(db: RepositoryDb): SelectionChoices | undefined {
  return useLiveQuery(async () => {
    const [cities, themes] = await Promise.all([db.cities.toArray(), db.themes.toArray()]);
    const paths = themePaths(themes);
    const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);
    return {
      cities: cities.map((c) => ({ value: c.id, label: c.name })).sort(byLabel),
      themes: themes.map((t) => ({ value: t.id, label: paths.get(t.id) ?? t.name })).sort(byLabel),
    };
  }, [db]);
}
