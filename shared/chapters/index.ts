// Chapters: writing them (edit), reading them with their quotes and tables (resolve), citing, and drafting from the matrix.
export * from './edit';
export * from './rich-text';
export * from './strongest';
export * from './citation';
export * from './resolve';
export * from './draft';
