// Word sets of pass 02, compiled once from the data files.
import orgHeads from '../data/org-heads.json';
import places from '../data/places.json';
import words from '../data/words.json';

export const FUNCTION_WORDS = new Set(words.capitalizedFunctionWords);
/** Plural nouns opening a sentence ("Regulators said"): no names there. */
export const OPENING_NOUNS = new Set(words.sentenceOpeningNouns);
export const PARTICLES = new Set(words.nameParticles.map((p) => p.toLowerCase()));
export const HEADS = orgHeads.heads as Record<string, string>;
const HEAD_SET = new Set(Object.keys(HEADS));
export const MULTI_HEADS = Object.entries(orgHeads.multiwordHeads as Record<string, string>).map(([k, v]) => ({
  tokens: k.split(' '),
  category: v,
}));
export const CATEGORIES = orgHeads.categories as Record<string, { partOfState: boolean; generic: boolean }>;
export const PLACE_TAILS = new Set(places.tailWords);
export const PLACE_NAMES = new Set(places.names);
export const CALENDAR = new Set(places.weekdaysMonths);

/** A word that ends an organization's name ("Ministry", "Party"). */
export function isHead(word: string): boolean {
  return HEAD_SET.has(word);
}

/** "He Jianguo": a surname spelled like a capitalized function word, inside a sentence before a given name. */
export const SURNAME_FUNCTION_WORDS = new Set(words.eastAsianSurnames.filter((w: string) => FUNCTION_WORDS.has(w)));
