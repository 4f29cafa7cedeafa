// Which of the cities a text mentions to propose for it: the most-mentioned, without those named only in passing.
import type { CityMention } from './find-mentions';

/** A city named fewer times than this needs at least MIN_SHARE_OF_TOP of the most-mentioned city's mentions. */
export const IN_PASSING = 3;
export const MIN_SHARE_OF_TOP = 0.2;

/**
 * The cities to propose, most-mentioned first, at most `max`. A city named only once or twice in a text that names
 * another city five times as often is left out (the researcher can still tag it by hand).
 */
export function chooseSuggestions(mentions: readonly CityMention[], max: number): CityMention[] {
  const top = mentions[0]?.mentions ?? 0;
  return mentions.filter((m) => m.mentions >= IN_PASSING || m.mentions >= top * MIN_SHARE_OF_TOP).slice(0, max);
}
