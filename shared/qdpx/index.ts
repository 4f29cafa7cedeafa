// REFI-QDA project exchange (.qdpx): export the repository, import a project from ATLAS.ti, MAXQDA, NVivo or Comparanda.
export * from './format';
export { CodePointOffsets } from './code-points';
export { guidFor, normaliseGuid, type GuidKind } from './guids';
export { exportQdpx, exportProjectQde, type QdpxExportOptions } from './export';
export { importQdpx, type QdpxImportOptions } from './import';
export type { QdpxImportContext } from './import-context';
export { readProjectQde } from './qde-read';
export { readProjectPackage } from './package-read';
