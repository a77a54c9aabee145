// Turns what a user typed into a Lucene query for the entity full-text index. The text never
// reaches the query parser unescaped: a name like `AT&T (US)` or a stray `"` must not be read
// as query syntax, and the result is passed to Cypher as a parameter.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Backslash-escapes every character the Lucene classic query parser treats as syntax. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Edit distance allowed for one term: none for short ones (too many false hits), then 1, then 2. */
function fuzziness(term: string): number {
  if (term.length < 3) return 0;
  return term.length < 6 ? 1 : 2;
}

/**
 * `"the text"^4 OR (term~ AND term~ ...)`: the exact phrase (analyzed like the index) ranks
 * first; every word must otherwise match a name or alias word within its edit distance.
 * Returns undefined when the text holds no word at all.
 */
export function toFuzzyLuceneQuery(text: string): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const fuzzy = words.map((w) => {
    const n = fuzziness(w);
    return n === 0 ? escapeLucene(w) : `${escapeLucene(w)}~${n}`;
  });
  const phrase = `"${text.trim().replace(/["\\]/g, (c) => `\\${c}`)}"^4`;
  return `${phrase} OR (${fuzzy.join(' AND ')})`;
}
