// How the scoring compares names: case-insensitive, ignoring punctuation, hyphens, spacing and a
// leading "the" ("The Xinhua News Agency" = "xinhua news-agency").
const LEADING_THE = /^\s*the\s+/iu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(LEADING_THE, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}
