// Word-level tokens with offsets into the document. Possessive 's is its own token, hyphens
// and dashes are their own tokens (names are glued back by the chunker), dotted acronyms
// ("U.S.") stay whole.

export interface Token {
  text: string;
  /** Curly apostrophes made straight, so data files need one spelling. */
  norm: string;
  start: number;
  end: number;
  /** Whitespace between this token and the previous one. */
  spaced: boolean;
}

const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    const word = m[0];
    const spaced = prevEnd !== start;
    const poss = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (poss && /\p{L}/u.test(poss[1])) {
      const baseEnd = start + poss[1].length;
      tokens.push(make(poss[1], start, baseEnd, spaced));
      tokens.push(make(poss[2], baseEnd, start + word.length, false));
    } else {
      tokens.push(make(word, start, start + word.length, spaced));
    }
    prevEnd = start + word.length;
  }
  return tokens;
}

function make(text: string, start: number, end: number, spaced: boolean): Token {
  return { text, norm: text.replace(/’/g, "'"), start, end, spaced };
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(t.text));
}

export function isAllCaps(t: Token): boolean {
  return t.text.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text.replace(/\./g, ''));
}
