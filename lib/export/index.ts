// Export and import of the store (format: docs/export-format.md).
export { type ExportOptions, exportFileName, exportJsonBlob, exportJsonChunks } from './export-json';
export { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './format';
export {
  type ImportOptions,
  type ImportProblem,
  type ImportRefusal,
  type ImportResult,
  importJson,
} from './import-json';
export { MAX_IMPORT_BYTES } from './import-schema';
export { exportWebAnnotationBlob, gazetteerWikidata, toAnnotation, webAnnotationChunks } from './web-annotation';
