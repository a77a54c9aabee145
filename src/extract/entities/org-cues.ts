// Contexts that make a capitalized name with no head word a company or a club, not a person
// ("shares of X", "X's chief executive", "X raised its forecast", "a match against X"). Word
// lists in data/org-cues.json.
import cues from '../data/org-cues.json';
import type { SentenceContext } from './sentence-context';
import { tokenize } from './tokens';

type Phrases = Map<string, string[][]>;

/** Phrases indexed by their last word (for looking back) or first word (looking ahead). */
function compile(list: string[], byLast: boolean): Phrases {
  const out: Phrases = new Map();
  for (const p of list) {
    const toks = tokenize(p).map((t) => t.norm.toLowerCase());
    const key = byLast ? toks[toks.length - 1] : toks[0];
    const l = out.get(key) ?? [];
    l.push(toks);
    out.set(key, l);
  }
  return out;
}

const BEFORE = compile(cues.before, true);
const POSSESSED = compile(cues.possessed, false);
const AFTER = new Set(cues.after);
const ITS_VERBS = new Set(cues.itsVerbs);
const MATCH_WORDS = new Set(cues.matchWords);
const MATCH_BEFORE = compile(cues.matchPrepositions, true);
const MATCH_AFTER = compile(cues.matchPrepositions, false);
export const COMPANY_TITLES = new Set(cues.companyTitles);
const SPORTS_WORDS = new Set(cues.sportsWords);

/** A sports report: "Italy's X won the stage" names an athlete, not a leader. */
export function sportsSentence(lower: string[]): boolean {
  return lower.some((w) => SPORTS_WORDS.has(w));
}

const SCORE = /\b\d{1,2}-\d{1,2}\b/;

/** A phrase of `phrases` ending right before token i (skipping one "the"). */
function endsBefore(lower: string[], i: number, phrases: Phrases): boolean {
  let j = i - 1;
  if (lower[j] === 'the' && j > 0) j--;
  for (const p of phrases.get(lower[j]) ?? []) {
    const s = j - p.length + 1;
    if (s >= 0 && p.every((w, k) => lower[s + k] === w)) return true;
  }
  return false;
}

function startsAt(lower: string[], i: number, phrases: Phrases): boolean {
  for (const p of phrases.get(lower[i]) ?? []) if (p.every((w, k) => lower[i + k] === w)) return true;
  return false;
}

function matchReport(ctx: SentenceContext): boolean {
  const { toks } = ctx;
  return ctx.lower.some((w) => MATCH_WORDS.has(w)) || SCORE.test(ctx.text.slice(toks[0].start, toks[toks.length - 1].end));
}

/** Whether the name at tokens [from, to) reads as an organization from the words around it. */
export function organizationContext(ctx: SentenceContext, from: number, to: number, single: boolean): boolean {
  const { lower } = ctx;
  if (from > 0 && endsBefore(lower, from, BEFORE)) return true;
  // "X's chief executive", "X's new factory".
  if (lower[to] === "'s") {
    if (startsAt(lower, to + 1, POSSESSED)) return true;
    if (/^(new|former|top|largest|biggest|main|own|latest)$/.test(lower[to + 1] ?? '') && startsAt(lower, to + 2, POSSESSED)) return true;
  }
  // "Orvalis, based in Zurich, …": people are from places, bodies are based in them.
  if (lower[to] === ',' && /^(based|headquartered)$/.test(lower[to + 1] ?? '') && lower[to + 2] === 'in') return true;
  if (AFTER.has(lower[to]) && !/^\p{Lu}/u.test(ctx.toks[to].text)) return true;
  // "X raised its forecast", "X said its profit rose": people act on "his"/"her" things.
  let v = to;
  if (/ly$/.test(lower[v] ?? '')) v++;
  if (ITS_VERBS.has(lower[v]) && lower[v + 1] === 'its') return true;
  // "Alan Pike (Dunmore) 14": a player's club in parentheses after the name.
  // Not a party and a state ("(R-Texas)").
  if (from >= 2 && lower[from - 1] === '(' && lower[to] === ')' && !/^[a-z]-/.test(lower[from] + (lower[from + 1] ?? ''))) {
    const prev = ctx.out.mentions[ctx.out.mentions.length - 1];
    if (prev && prev.sentence === ctx.sentence && prev.ref.type === 'Person' && prev.end === ctx.toks[from - 2].end) return true;
  }
  // A result line: "Pellham 3 Ashcombe 1", "Aston Hill 2 Dunmore Town 0".
  if (scoreLine(ctx, to)) return true;
  // A match report: "scored against X", "X beat Y 2-1". Only for a lone word: players are
  // introduced by full name ("A B beat C D 6-4") and their surnames are known by then.
  // "Ashcombe's Paul Grant pulled one back": a side owning a player in a match report.
  if (single && lower[to] === "'s" && /^\p{Lu}/u.test(ctx.toks[to + 1]?.text ?? '') && matchReport(ctx)) return true;
  if (single && (endsBefore(lower, from, MATCH_BEFORE) || startsAt(lower, to, MATCH_AFTER)) && matchReport(ctx)) return true;
  return false;
}

/** The sentence is a result line of two sides, each followed by its score, and the name ends
 * right before one of the scores. */
function scoreLine(ctx: SentenceContext, to: number): boolean {
  const { toks } = ctx;
  if (!/^\d{1,2}$/.test(toks[to]?.text ?? '') || toks.length > 12) return false;
  const shape = toks.map((t) => (/^\d{1,2}$/.test(t.text) ? 'N' : /^\p{Lu}/u.test(t.text) ? 'C' : t.text === '.' ? '' : 'x')).join('');
  return /^C{1,4}NC{1,4}N$/.test(shape);
}
