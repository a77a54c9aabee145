// HTML → plain text with html-to-text: scripts, styles and other non-prose elements dropped,
// link targets and images left out (their URLs are not news text), no hard wrapping.
import { convert, type HtmlToTextOptions } from 'html-to-text';
import { decodeHtmlEntities } from './html-entities';

export interface HtmlText {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

const SKIP = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'img', 'head'];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // The caller enforces its own size limit; html-to-text would otherwise truncate silently.
  limits: { maxInputLength: Number.MAX_SAFE_INTEGER },
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

export function htmlToText(html: string): HtmlText {
  const text = convert(html, OPTIONS).replace(/[ \t]+\n/g, '\n').trim();
  const result: HtmlText = { text };
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  if (title) {
    const t = decodeHtmlEntities(title[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (t !== '') result.title = t;
  }
  const head = html.slice(0, bodyStart(html));
  const date = metaContent(head, ['article:published_time', 'date', 'pubdate', 'dc.date']);
  if (date !== undefined) result.date = date;
  const url = canonicalUrl(head) ?? metaContent(head, ['og:url']);
  if (url !== undefined) result.url = url;
  return result;
}

/** Metadata sits in <head>; looking only there keeps the scan cheap on long pages. */
function bodyStart(html: string): number {
  const i = html.search(/<body\b/i);
  return i < 0 ? Math.min(html.length, 64 * 1024) : i;
}

function metaContent(head: string, names: string[]): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = attributes(tag);
    const name = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
    if (names.includes(name) && attrs.content) return attrs.content;
  }
  return undefined;
}

function canonicalUrl(head: string): string | undefined {
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    const attrs = attributes(tag);
    if ((attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) return attrs.href;
  }
  return undefined;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out[m[1].toLowerCase()] = decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? '').trim();
  }
  return out;
}
