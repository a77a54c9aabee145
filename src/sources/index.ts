// Reading news files into SourceDocuments, streamed; problems come back as items, not throws.
export { readSources } from './read-sources';
export { readSourceFile } from './read-source-file';
export { decodeText } from './decode-text';
export { markdownToText } from './markdown-to-text';
export { htmlToText } from './html-to-text';
export {
  DEFAULT_MAX_BYTES,
  SUPPORTED_EXTENSIONS,
  type ReadOptions,
  type SourceItem,
  type SourceProblem,
} from './source-item';
