// Database access: the schema, the change log (undo/redo) and repository functions.
export * from './database';
export * from './changes';
export * from './migrations';
export * from './repo/documents';
export * from './repo/cities';
export * from './repo/themes';
export * from './repo/segments';
export * from './repo/settings';
export * from './repo/counts';
