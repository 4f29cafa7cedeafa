// What the Library, Reader and Codebook screens show, as pure functions over repository rows.
export * from './document-rows';
export * from './format';
export * from './reading-blocks';
export * from './theme-tree';
