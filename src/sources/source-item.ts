// What the readers yield: documents, and the problems met on the way, as items rather than
// exceptions, so one bad file never stops a run and callers can count and report each one.
import type { KgErrorCode, SourceDocument } from '../model';

export type SourceItem =
  | { kind: 'document'; document: SourceDocument }
  /** Read, but not as written: e.g. a Latin-1 file decoded as Windows-1252. */
  | { kind: 'warning'; source: string; message: string }
  /** A file inside a directory that is not a format we read (images, PDFs, ...). */
  | { kind: 'skipped'; source: string; message: string }
  | { kind: 'error'; source: string; code: KgErrorCode; message: string; line?: number };

export type SourceProblem = Exclude<SourceItem, { kind: 'document' }>;

export interface ReadOptions {
  /** Largest document read, in bytes; larger files (or .jsonl lines) are reported and skipped. */
  maxBytes?: number;
}

/** 20 MB: well above any news article, low enough that one stray dump cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'] as const;

export function badInput(source: string, message: string, line?: number): SourceProblem {
  return line === undefined
    ? { kind: 'error', source, code: 'KG_BAD_INPUT', message }
    : { kind: 'error', source, code: 'KG_BAD_INPUT', message, line };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
