// The sample project loaded once per test file, with lookups by theme and city name.
import type { RepositoryDb } from '../../../shared/db';
import type { City, Theme } from '../../../shared/model';
import { loadSampleProject } from '../../../shared/sample';
import { fixedClock, freshDb, sequentialIds } from '../../helpers';

export interface SampleRepo {
  db: RepositoryDb;
  ctx: { coder: string; clock: typeof fixedClock; newId: () => string };
  theme: (name: string) => Theme;
  city: (name: string) => City;
  themes: Theme[];
  cities: City[];
}

export async function sampleRepo(): Promise<SampleRepo> {
  const db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds('s') });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const [themes, cities] = await Promise.all([db.themes.toArray(), db.cities.toArray()]);
  const find = <T extends { name: string }>(list: T[], name: string) => {
    const found = list.find((x) => x.name === name);
    if (!found) throw new Error(`no ${name} in the sample`);
    return found;
  };
  return {
    db,
    ctx: { coder: 'Tester', clock: fixedClock, newId: sequentialIds('t') },
    theme: (name) => find(themes, name),
    city: (name) => find(cities, name),
    themes,
    cities,
  };
}
