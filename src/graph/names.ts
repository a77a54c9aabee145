// How names compare across documents. The same normalization as the annotation guide's scoring
// (case, punctuation, hyphens, spacing and a leading "the" ignored), so "Lee Jae-myung" and
// "Lee Jae Myung" are one key, and ids are slugs of the same words.

/** Comparison key of a name: lower-case letters and digits only, without a leading "the". */
export function nameKey(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Id-friendly form of a name: lower-case words joined by hyphens ("kim-jong-un"). */
export function slugify(name: string): string {
  const words = stripDiacritics(name)
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.length > 0 ? words.join('-') : 'unnamed';
}

/** Number of words in a name: a one-word person name is a surname or a given name alone. */
export function wordCount(name: string): number {
  return name.split(/[\s\-‐‑]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '');
}
