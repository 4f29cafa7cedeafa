// Cases become cities: matched by name or alias, otherwise created with the country, aliases and location our export writes.
import { findCityByName, newCityRow } from '../db';
import { validRow } from '../db/validate';
import { citySchema, type City } from '../model';
import type { ImportRun } from './import-context';
import type { VariableImport } from './import-variables';

const COUNTRY = /^Country:\s*([A-Za-z]{2})\s*$/;
const ALIASES = /^Also called:\s*(.+)$/;
const LOCATION = /^Location:\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)\s*$/;

/** The city facts in a Case description, and the lines that are not such facts (kept as a memo). */
export function parseCaseDescription(description: string): { country?: string; aliases: string[]; latitude?: number; longitude?: number; rest: string } {
  const out: { country?: string; aliases: string[]; latitude?: number; longitude?: number; rest: string } = { aliases: [], rest: '' };
  const rest: string[] = [];
  for (const line of description.split('\n')) {
    const country = COUNTRY.exec(line.trim());
    const aliases = ALIASES.exec(line.trim());
    const location = LOCATION.exec(line.trim());
    if (country) out.country = country[1]!.toUpperCase();
    else if (aliases) out.aliases = aliases[1]!.split(';').map((a) => a.trim()).filter(Boolean);
    else if (location && Math.abs(Number(location[1])) <= 90 && Math.abs(Number(location[2])) <= 180) {
      out.latitude = Number(location[1]);
      out.longitude = Number(location[2]);
    } else rest.push(line);
  }
  out.rest = rest.join('\n').trim();
  return out;
}

/** Case GUID → city id; also returns each case's leftover description for a city memo. */
export async function importCases(run: ImportRun, variables: VariableImport): Promise<{ cityOf: Map<string, string>; descriptions: Map<string, string> }> {
  const cityOf = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const parsedCase of run.project.cases) {
    const name = parsedCase.name.trim() || 'Unnamed case';
    const facts = parseCaseDescription(parsedCase.description);
    const attributes = await variables.attributes(parsedCase.values, 'city', `case "${name}"`);
    const existing = await findCityByName(run.db, name);
    let city: City;
    if (existing) {
      // The repository's values win; the project fills the attributes the city lacks.
      city = validRow(citySchema, { ...existing, attributes: { ...attributes, ...existing.attributes }, updatedAt: run.now }, 'city');
      if (Object.keys(attributes).some((k) => !(k in existing.attributes))) await run.draft.put('cities', city);
      run.report.cities.kept += 1;
    } else {
      const row = newCityRow(
        {
          name,
          ...(facts.country ? { country: facts.country } : {}),
          aliases: facts.aliases,
          ...(facts.latitude !== undefined ? { latitude: facts.latitude, longitude: facts.longitude } : {}),
        },
        run.newId(),
        run.now,
      );
      city = validRow(citySchema, { ...row, attributes }, 'city');
      await run.draft.put('cities', city);
      run.report.cities.added += 1;
    }
    if (parsedCase.guid) cityOf.set(parsedCase.guid, city.id);
    if (facts.rest) descriptions.set(city.id, facts.rest);
  }
  return { cityOf, descriptions };
}
