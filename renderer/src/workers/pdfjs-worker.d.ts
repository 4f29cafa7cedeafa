// Types for pdfjs's worker module, which the package ships without declarations; the import worker only hands it to pdfjs.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
