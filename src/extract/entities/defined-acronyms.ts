// "The Freedom and Renewal (FR) bloc", "the National Unity Government (NUG)": a name followed by
// an acronym in parentheses is an organization (people are not given acronyms), and the acronym
// is its alias for later bare uses ("blamed NUG").
import { matchGazetteer } from './gazetteer';
import type { Piece, SentenceContext } from './sentence-context';
import { isCapitalized, type Token } from './tokens';

/** Letters and digits, opening with a capital, two or more capitals ("NUG", "PiS", "K2"). */
const ACRONYM = /^(?=\p{Lu})[\p{L}\d]{2,8}$/u;

/** The acronym defined in parentheses right after token i, if any. */
export function acronymAt(ctx: SentenceContext, i: number): string | undefined {
  const { toks, norms } = ctx;
  if (toks[i]?.text !== '(') return undefined;
  // "(SPLM-IO)": two acronyms joined by a hyphen are one.
  const joined = toks[i + 2]?.text === '-' && !toks[i + 2].spaced && !toks[i + 3]?.spaced && toks[i + 4]?.text === ')' && ACRONYM.test(toks[i + 3].text);
  if (toks[i + 2]?.text !== ')' && !joined) return undefined;
  const a = joined ? `${toks[i + 1].text}-${toks[i + 3].text}` : toks[i + 1].text;
  if (joined) return /^\p{Lu}{2,}$/u.test(toks[i + 1].text) && /^\p{Lu}{2,}$/u.test(toks[i + 3].text) ? a : undefined;
  if (!ACRONYM.test(a) || (a.match(/\p{Lu}/gu) ?? []).length < 2) return undefined;
  // "(U.S.)", "(ITA)": a state's code names where someone is from, not an acronym of the name.
  if (matchGazetteer(norms, i + 1)?.kind === 'state') return undefined;
  return a;
}

/** Kinds of body written in lower case after a name joined by "and" ("Law and Order party"). */
const KIND_AFTER_AND = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc', 'group']);

/** Capitalized words joined by "and" just before an acronym or a kind of body ("Law and Order
 * (LO)", "the Law and Order party"): index of the token after the joined words, or -1. */
export function andJoinedBeforeAcronym(ctx: SentenceContext, andAt: number): number {
  const toks: Token[] = ctx.toks;
  let k = andAt + 1;
  while (k < toks.length && k < andAt + 4 && isCapitalized(toks[k])) k++;
  return k > andAt + 1 && (acronymAt(ctx, k) || KIND_AFTER_AND.has(toks[k]?.text ?? '')) ? k : -1;
}

/** The run ends right before a defined acronym: "(ABC)", ", known as ABC", ", known by its
 * French acronym ABC". */
export function definedAcronym(ctx: SentenceContext, pieces: Piece[]): string | undefined {
  const end = pieces[pieces.length - 1].to;
  return acronymAt(ctx, end) ?? knownAs(ctx, end);
}

const ACRONYM_NOUNS = new Set(['acronym', 'initials', 'abbreviation']);

function knownAs(ctx: SentenceContext, i: number): string | undefined {
  const { toks, lower } = ctx;
  let k = i;
  if (toks[k]?.text === ',') k++;
  if (lower[k] !== 'known') return undefined;
  k++;
  if (lower[k] === 'as') k++;
  else if (lower[k] === 'by' && lower[k + 1] === 'its') {
    k += 2;
    if (!ACRONYM_NOUNS.has(lower[k])) k++;
    if (!ACRONYM_NOUNS.has(lower[k])) return undefined;
    k++;
  } else return undefined;
  const a = toks[k]?.text ?? '';
  return /^\p{Lu}{2,8}$/u.test(a) && matchGazetteer(ctx.norms, k)?.kind !== 'state' ? a : undefined;
}
