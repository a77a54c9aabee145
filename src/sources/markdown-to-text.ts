// Markdown → the prose a reader sees: markup gone, link and image text kept, code left out
// (it is not prose). Blocks (paragraphs, headings, list items) become lines separated by a
// blank line, and a paragraph's soft line breaks become spaces, as Markdown renders them.
import { decodeHtmlEntities } from './html-entities';

export interface MarkdownText {
  text: string;
  /** From YAML front matter, else the first level-1 heading. */
  title?: string;
  date?: string;
  url?: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const INDENTED_CODE = /^(?: {4}|\t)/;

export function markdownToText(markdown: string): MarkdownText {
  const meta: Omit<MarkdownText, 'text'> = {};
  const lines = stripFrontMatter(markdown, meta).split('\n');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;
  let inList = false;

  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  const block = (text: string): void => {
    flush();
    if (text.trim() !== '') blocks.push(text);
  };

  for (const raw of lines) {
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    let line = raw;
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '');
    if (line.trim() === '') {
      flush();
      inList = false;
      continue;
    }
    if (INDENTED_CODE.test(line) && paragraph.length === 0 && !inList) continue;
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const text = inline(heading[2] ?? '');
      if (heading[1] === '#' && meta.title === undefined && text !== '') meta.title = text;
      block(text);
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      // The paragraph so far was a heading.
      if (line.trim().startsWith('=') && meta.title === undefined) meta.title = paragraph.join(' ');
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line) || TABLE_DIVIDER.test(line) || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      inList = true;
      block(inline(line.replace(LIST_ITEM, '')));
      continue;
    }
    paragraph.push(inline(line.trim()));
  }
  flush();
  return { text: blocks.join('\n\n'), ...meta };
}

function stripFrontMatter(markdown: string, meta: Omit<MarkdownText, 'text'>): string {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(markdown);
  if (!m) return markdown;
  for (const line of m[1].split('\n')) {
    const kv = /^(title|date|url)[ \t]*:[ \t]*(.*?)[ \t]*$/i.exec(line);
    if (kv && kv[2] !== '') meta[kv[1].toLowerCase() as 'title' | 'date' | 'url'] = unquote(kv[2]);
  }
  return markdown.slice(m[0].length);
}

function unquote(s: string): string {
  return /^(['"]).*\1$/.test(s) ? s.slice(1, -1) : s;
}

// Escaped punctuation is parked in the Private Use Area while emphasis is removed, so "\*"
// survives as a literal "*".
const PARK = 0xe000;
const park = (_: string, c: string): string => String.fromCharCode(PARK + c.charCodeAt(0));
const unpark = (c: string): string => String.fromCharCode(c.charCodeAt(0) - PARK);

function inline(s: string): string {
  return decodeHtmlEntities(
    s
      .replace(/\\([\\`*_{}[\]()#+\-.!>|~<"'])/g, park)
      .replace(/`+([^`]*?)`+/g, (_, code: string) => code.trim())
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
      // Strong before emphasis, so "*a **b** c*" loses both.
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
      .replace(/\*(?=\S)([\s\S]*?\S)\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/ {2,}$/, ''),
  ).replace(/[\ue000-\ue07f]/g, unpark);
}
