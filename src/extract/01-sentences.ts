// Pass 01: split the document into sentences with offsets into the original text.
import type { Sentence } from '../model';
import abbreviations from './data/abbreviations.json';

const NEVER_FINAL = new Set(abbreviations.neverFinal.map((w) => w.toLowerCase()));
const MAY_END = new Set(abbreviations.mayEnd.map((w) => w.toLowerCase()));
const STARTERS = new Set(abbreviations.sentenceStarters);

// A candidate end: terminal punctuation, closing quotes/brackets, then whitespace and something
// that can open a sentence. Blank lines and line breaks after a complete line are hard breaks.
const CANDIDATE = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\d])|\n[ \t]*\n\s*|\n(?=[ \t]*\S)/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (m[1] === undefined) {
      // A line break: a blank line always ends a sentence; a single one only after a line that
      // does not continue (no trailing comma/lowercase word run-on is assumed for wrapped text).
      if (!/\n[ \t]*\n/.test(m[0]) && continuesOnNextLine(text, m.index)) continue;
      push(sentences, text, from, m.index);
      from = m.index + m[0].length;
      continue;
    }
    const endOfSentence = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && !periodEnds(text, m.index, endOfSentence + m[3].length)) continue;
    push(sentences, text, from, endOfSentence);
    from = endOfSentence + m[3].length;
  }
  push(sentences, text, from, text.length);
  return sentences;
}

function continuesOnNextLine(text: string, newline: number): boolean {
  let i = newline - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  if (i < 0) return false;
  const prev = text[i];
  if (/[.!?…"”:;]/.test(prev)) return false;
  // A wrapped line ends in a lowercase word or a comma; a heading or a byline does not.
  return /[\p{Ll},]/u.test(prev) && /^[ \t]*[\p{Ll}]/u.test(text.slice(newline + 1, newline + 4));
}

function periodEnds(text: string, dot: number, next: number): boolean {
  const before = /([\p{L}][\p{L}.'’]*)$/u.exec(text.slice(Math.max(0, dot - 20), dot));
  if (!before) return true;
  const word = before[1];
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || MAY_END.has(lower)) {
    const following = /^["“‘'(\[]?([\p{L}]+)/u.exec(text.slice(next, next + 30));
    return following !== null && STARTERS.has(following[1]);
  }
  return true;
}

/** Longer "sentences" (lists, tables, text without punctuation) are cut into pieces so that
 * no later pass ever works on an unbounded span. */
const MAX_SENTENCE = 1500;

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    push(sentences, text, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
