// Chapters: writing them (edit) and drafting them from the matrix.
export * from './edit';
