// One file → its documents (one, or one per article of a .json array / .jsonl line), with
// every problem yielded as an item naming the file (and line) instead of thrown.
import { promises as fs } from 'fs';
import { extname } from 'path';
import type { SourceDocument } from '../model';
import { decodeText } from './decode-text';
import { htmlToText } from './html-to-text';
import { articleFromJson, articleList, locateJsonParseError } from './json-article';
import { markdownToText } from './markdown-to-text';
import { readLines } from './read-lines';
import { badInput, DEFAULT_MAX_BYTES, formatBytes, type ReadOptions, type SourceItem } from './source-item';

export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

export async function* readSourceFile(path: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extensionOf(path);
  let size: number;
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) {
      yield badInput(path, 'not a regular file');
      return;
    }
    size = st.size;
  } catch (e) {
    yield badInput(path, fsReason(e));
    return;
  }
  if (size === 0) {
    yield badInput(path, 'empty file');
    return;
  }
  if (ext === '.jsonl') {
    yield* readJsonLines(path, maxBytes);
    return;
  }
  // Checked before reading: a huge file must not be pulled into memory just to be refused.
  if (size > maxBytes) {
    yield badInput(path, `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit per document (--max-bytes); skipped`);
    return;
  }
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    yield badInput(path, fsReason(e));
    return;
  }
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    yield badInput(path, decoded.message);
    return;
  }
  if (decoded.warning !== undefined) yield { kind: 'warning', source: path, message: decoded.warning };
  if (ext === '.json') {
    yield* readJson(path, decoded.text);
    return;
  }
  const doc = documentFromText(path, ext, decoded.text);
  yield doc.text.trim() === '' ? badInput(path, emptyReason(ext)) : { kind: 'document', document: doc };
}

function documentFromText(source: string, ext: string, text: string): SourceDocument {
  if (ext === '.html' || ext === '.htm') return { source, ...htmlToText(text) };
  if (ext === '.md' || ext === '.markdown') return { source, ...markdownToText(text) };
  return { source, text };
}

function emptyReason(ext: string): string {
  if (ext === '.html' || ext === '.htm') return 'no text left once markup, scripts and styles are removed';
  if (ext === '.md' || ext === '.markdown') return 'no text left once Markdown markup is removed';
  return 'file holds only whitespace';
}

function* readJson(path: string, json: string): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    const at = locateJsonParseError(e, json);
    yield badInput(path, `malformed JSON at line ${at.line}, column ${at.column}: ${at.reason}`, at.line);
    return;
  }
  const list = articleList(value);
  if (list === undefined) {
    yield articleItem(value, path);
    return;
  }
  if (list.length === 0) {
    yield badInput(path, 'JSON holds an empty list of articles');
    return;
  }
  // Articles of a list are named path/1, path/2, ... like the lines of a .jsonl file.
  for (let i = 0; i < list.length; i++) yield articleItem(list[i], `${path}/${i + 1}`);
}

function articleItem(value: unknown, source: string, line?: number): SourceItem {
  const article = articleFromJson(value, source);
  return article.ok ? { kind: 'document', document: article.document } : badInput(source, article.message, line);
}

async function* readJsonLines(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let articles = 0;
  let reencoded = false;
  try {
    for await (const raw of readLines(path, maxBytes)) {
      const source = `${path}/${raw.line}`;
      if (raw.tooLong !== undefined) {
        yield badInput(source, `line ${raw.line} is ${formatBytes(raw.tooLong)}, over the ${formatBytes(maxBytes)} limit per document (--max-bytes); skipped`, raw.line);
        continue;
      }
      if (isBlank(raw.bytes)) continue;
      articles++;
      const decoded = decodeText(raw.bytes);
      if (!decoded.ok) {
        // A binary blob is not a sequence of articles; reading on would only repeat this error.
        yield badInput(path, `${decoded.message} on line ${raw.line}; rest of the file skipped`, raw.line);
        return;
      }
      if (decoded.warning !== undefined && !reencoded) {
        reencoded = true;
        yield { kind: 'warning', source: path, message: `${decoded.warning} on line ${raw.line} (and any later such line)` };
      }
      let value: unknown;
      try {
        value = JSON.parse(decoded.text);
      } catch (e) {
        const at = locateJsonParseError(e, decoded.text);
        yield badInput(source, `malformed JSON on line ${raw.line}, column ${at.column}: ${at.reason}`, raw.line);
        continue;
      }
      yield articleItem(value, source, raw.line);
    }
  } catch (e) {
    yield badInput(path, fsReason(e));
    return;
  }
  if (articles === 0) yield badInput(path, 'file holds only blank lines, no articles');
}

function isBlank(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
