// Name helpers shared by the passes: ids, comparison keys, acronyms.

export function slug(name: string): string {
  // Plain ASCII names (most of them) skip the Unicode decomposition.
  if (/^[A-Za-z0-9 .'’-]*$/.test(name)) {
    return name.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Comparison key: case, accents, punctuation, spacing and a leading "the" ignored. */
export function nameKey(name: string): string {
  return slug(name.replace(/^the\s+/i, '')).replace(/-/g, '');
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', '&']);

/** "Islamic Republic News Agency" → "IRNA"; null when the name has fewer than two words. */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((w) => w[0].toUpperCase()).join('');
}
