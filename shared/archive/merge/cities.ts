// Merging cities: matched by name or alias (case- and accent-insensitive) within the same country.
import type { City } from '../../model';
import { foldName } from './names';
import { allocateId, type MergeState } from './types';

function namesOf(city: City): Set<string> {
  return new Set([city.name, ...city.aliases].map(foldName));
}

function sameCountry(a: City, b: City): boolean {
  return a.country === '' || b.country === '' || a.country === b.country;
}

/** The existing city an incoming one is: same name first, then a name that is the other's alias. */
function findCity(existing: City[], incoming: City): City | undefined {
  const name = foldName(incoming.name);
  const candidates = existing.filter((c) => sameCountry(c, incoming));
  return (
    candidates.find((c) => foldName(c.name) === name) ??
    candidates.find((c) => namesOf(c).has(name)) ??
    candidates.find((c) => namesOf(incoming).has(foldName(c.name)))
  );
}

/** A matched city learns the incoming aliases, country and coordinates it lacked; nothing it has is replaced. */
function enriched(current: City, incoming: City, now: string): City | null {
  const known = namesOf(current);
  const aliases = [...current.aliases];
  for (const name of [incoming.name, ...incoming.aliases]) {
    const folded = foldName(name);
    if (!known.has(folded)) {
      known.add(folded);
      aliases.push(name);
    }
  }
  const attributes = { ...incoming.attributes, ...current.attributes };
  const next: City = {
    ...current,
    aliases,
    country: current.country || incoming.country,
    latitude: current.latitude ?? incoming.latitude,
    longitude: current.longitude ?? incoming.longitude,
    attributes,
  };
  if (next.latitude === undefined) delete next.latitude;
  if (next.longitude === undefined) delete next.longitude;
  const changed =
    aliases.length !== current.aliases.length ||
    next.country !== current.country ||
    next.latitude !== current.latitude ||
    next.longitude !== current.longitude ||
    Object.keys(attributes).length !== Object.keys(current.attributes).length;
  return changed ? { ...next, updatedAt: now } : null;
}

export function mergeCities(state: MergeState): void {
  const existing = [...state.existing.cities];
  const counts = state.report.counts.cities;
  for (const city of state.incoming.cities) {
    const match = findCity(existing, city);
    if (match) {
      state.map.cities.set(city.id, match.id);
      counts.matched += 1;
      const next = enriched(match, city, state.now);
      if (next) {
        state.writes.push({ table: 'cities', row: next });
        existing[existing.indexOf(match)] = next;
      }
      continue;
    }
    const added: City = { ...city, id: allocateId(state, 'cities', city.id) };
    state.map.cities.set(city.id, added.id);
    state.writes.push({ table: 'cities', row: added });
    existing.push(added);
    counts.added += 1;
  }
}

