// Search: the normaliser, the query language, the sharded index and what is built on results.
export * from './normalise';
export * from './query';
export * from './parse-query';
export * from './passages';
export * from './shard';
export * from './search-index';
export * from './text-cache';
export * from './catalog';
export * from './filters';
export * from './evaluate';
export * from './highlight';
export * from './run-search';
export * from './kwic';
export * from './csv';
export * from './code-from-search';
export * from './saved-search';
