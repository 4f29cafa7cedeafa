// The data model of a Comparanda repository: types and their validators.
export * from './ids';
export * from './document';
export * from './source';
export * from './city';
export * from './theme';
export * from './segment';
export * from './memo';
export * from './chapter';
export * from './attribute';
export * from './change';
export * from './settings';
