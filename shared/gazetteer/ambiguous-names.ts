// City names that are also ordinary words: some never count as a mention, others only in the middle of a sentence.
// All entries are folded (lower case, no Latin accents), as foldWord returns them.

/**
 * Names whose capitalised form is more often something else than the city in the material researchers import:
 * Dunaj (the Danube in Polish, Czech and Slovak, for Vienna), first names and
 * Latin or English words that GeoNames lists as old or foreign names of a city; Cham (Springer's seat, for Caen).
 */
export const NEVER_A_CITY = new Set([
  'dunaj', 'nico', 'urbs', 'vin', 'vena', 'bec', 'rim', 'hag', 'union', 'mark', 'bono', 'ben', 'bat', 'rigo',
  'bala', 'genes', 'julia', 'stalin', 'lion', 'luck', 'kyle', 'tape', 'pre', 'lil', 'bon', 'forest', 'douglas',
  'barry', 'hamilton', 'washington', 'martin', 'roman', 'latina', 'wedding', 'hayes', 'chelsea', 'mansfield',
  'alexandria', 'romo', 'pire', 'trente', 'grana', 'jura', 'abo', 'bale', 'harlem', 'namen', 'dort', 'zena', 'cham',
]);

/**
 * Names that are common words or first names in a main European language: they count only when capitalised in
 * the middle of a sentence ("moved to Nice in 2019"), not as the first word of one ("Nice to meet you").
 */
export const ONLY_MID_SENTENCE = new Set([
  'nice', 'split', 'bath', 'reading', 'sale', 'tours', 'mons', 'deal', 'orange', 'essen', 'halle', 'siegen',
  'worms', 'gap', 'lens', 'march', 'wells', 'bury', 'most', 'hull', 'cork', 'sofia', 'florence', 'nancy', 'lincoln',
]);

/**
 * Names that are the city only in some languages: Roma is Rome in Italian, Spanish, Portuguese, Romanian and
 * Catalan texts, and the Roma people in English, German or Czech ones. ISO 639-3 codes.
 */
export const ONLY_IN_LANGUAGES = new Map<string, Set<string>>([['roma', new Set(['ita', 'spa', 'por', 'ron', 'cat', 'glg'])]]);
