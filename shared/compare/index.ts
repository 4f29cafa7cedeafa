// Compare: the city × theme matrix, quotes and their locations, side-by-side reading, co-occurrence and exports.
export * from './location';
export * from './quote';
export * from './words';
export * from './compare-data';
export * from './filters';
export * from './counted';
export * from './figures';
export * from './theme-rows';
export * from './material';
export * from './matrix';
