// One news article as a JSON object → SourceDocument. Feeds disagree on field names, so a
// few common spellings are accepted; an HTML body (common in feeds) is reduced to text.
import type { SourceDocument } from '../model';
import { decodeHtmlEntities } from './html-entities';
import { htmlToText } from './html-to-text';
import { locateJsonError } from './locate-json-error';

const TEXT_FIELDS = ['text', 'body', 'content'];
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['date', 'published', 'publishedAt', 'published_at', 'pubDate'];
const URL_FIELDS = ['url', 'link'];
/** A JSON file may wrap its articles: {"articles": [...]}. */
const LIST_FIELDS = ['articles', 'documents', 'items'];

const HTML_MARKUP = /<\/?(?:p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|script|style|figure|section|article)\b[^>]*>/i;

export type ArticleResult = { ok: true; document: SourceDocument } | { ok: false; message: string };

/** The articles a parsed JSON file holds: itself, its elements, or its `articles` list. */
export function articleList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isObject(value) && !TEXT_FIELDS.some((f) => f in value)) {
    for (const f of LIST_FIELDS) if (Array.isArray(value[f])) return value[f] as unknown[];
  }
  return undefined;
}

export function articleFromJson(value: unknown, source: string): ArticleResult {
  if (!isObject(value)) return { ok: false, message: `expected an article object, found ${describe(value)}` };
  const field = TEXT_FIELDS.find((f) => value[f] !== undefined && value[f] !== null);
  if (field === undefined) return { ok: false, message: `article has no ${TEXT_FIELDS.join('/')} field` };
  const raw = value[field];
  if (typeof raw !== 'string') return { ok: false, message: `article field "${field}" is ${describe(raw)}, not a string` };
  const text = (HTML_MARKUP.test(raw) ? htmlToText(raw).text : raw).replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: false, message: `article field "${field}" is empty` };

  const document: SourceDocument = { source, text };
  const title = firstString(value, TITLE_FIELDS);
  if (title !== undefined) document.title = decodeHtmlEntities(title);
  const date = firstString(value, DATE_FIELDS);
  if (date !== undefined) document.date = date;
  const url = firstString(value, URL_FIELDS);
  if (url !== undefined) document.url = url;
  return { ok: true, document };
}

export interface JsonErrorPlace {
  line: number;
  column: number;
  reason: string;
}

/** JSON.parse's error, located: V8 reports a position only sometimes, people want a line. */
export function locateJsonParseError(e: unknown, json: string): JsonErrorPlace {
  const reason = (e instanceof Error ? e.message : String(e))
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '');
  const found = locateJsonError(json);
  const position = found < 0 ? json.length : found;
  let line = 1;
  let lineStart = 0;
  for (let i = json.indexOf('\n'); i >= 0 && i < position; i = json.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1, reason };
}

function firstString(o: Record<string, unknown>, fields: string[]): string | undefined {
  for (const f of fields) {
    const v = o[f];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}
