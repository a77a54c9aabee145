// Runs of capitalized words: the candidates for names. Known names (gazetteer) are single
// pieces; hyphenated and dotted parts are glued ("Ho-jin", "Jr."); "of"/"and" join the parts of
// an organization's or a title's name ("Ministry of Foreign Affairs", "Peace and Security
// Council", "Secretary of State").
import { acronymAt, andJoinedBeforeAcronym } from './defined-acronyms';
import { matchGazetteer as matchKnown } from './gazetteer';
import { CALENDAR, isHead, MULTI_HEADS, PARTICLES } from './lexicon';
import { matchRole, PORTFOLIO_WORDS } from './roles';
import { type Piece, type SentenceContext, spanText } from './sentence-context';
import { isCapitalized, type Token } from './tokens';

const MAX_RUN = 16;

const ABBREV_WITH_DOT = new Set(['Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Maj', 'Adm', 'Sgt', 'Gov', 'Sen', 'Rep', 'Prof', 'Brig', 'Cmdr', 'Rev']);
/** Given names written short with a dot inside a name ("Ma. Elena Cruz", Filipino for María). */
const GIVEN_NAME_ABBREVS = new Set(['Ma']);
const QUIET_LOWER = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'IN', 'TO']);
const FOR_TITLE_CORES = new Set(['Undersecretary', 'Under-Secretary', 'Commissioner']);
const TITLE_CORES_WITH_OF = new Set(['Secretary', 'Minister', 'Ambassador', 'Envoy', 'Leader', 'President', 'Chairman', 'Director', 'Head', 'Chief', 'Commander', 'Speaker', 'Secretary-General']);

export function isNameToken(t: Token): boolean {
  return isCapitalized(t) || (/^\d+\p{L}/u.test(t.text) && !/^\d+(st|nd|rd|th|s)$/.test(t.text));
}

export function findRuns(ctx: SentenceContext): Piece[][] {
  const { toks, norms } = ctx;
  // A headline in capitals ("REPUBLIC OF THE PHILIPPINES"): known names are also looked up in
  // ordinary case.
  const quiet = ctx.shouting ? norms.map((n) => (/^\p{Lu}{2,}$/u.test(n) ? (QUIET_LOWER.has(n) ? n.toLowerCase() : n[0] + n.slice(1).toLowerCase()) : n)) : undefined;
  const matchGazetteer = (ns: string[], i: number) => matchKnown(ns, i) ?? (quiet ? matchKnown(quiet, i) : undefined);
  const runs: Piece[][] = [];
  let i = 0;
  while (i < toks.length) {
    const startsParticle = PARTICLES.has(toks[i].text) && /^(von|van|al|el|de|da|bin)$/.test(toks[i].text) && i + 1 < toks.length && (isNameToken(toks[i + 1]) || toks[i + 1].text === '-' || PARTICLES.has(toks[i + 1].text));
    const entry = ctx.demonyms?.get(norms[i]) ?? matchGazetteer(norms, i);
    // "The Institute's 21 Century Program": a numbered name owned by what precedes it.
    const numbered = /^\d+$/.test(toks[i].text) && i > 0 && norms[i - 1] === "'s" && i + 1 < toks.length && isCapitalized(toks[i + 1]);
    if (!entry && !isNameToken(toks[i]) && !startsParticle && !numbered && !lowerInitialName(ctx, i)) {
      i++;
      continue;
    }
    const run: Piece[] = [];
    // No name is longer than this; a longer stretch of capitals is split (keeps work linear).
    while (i < toks.length && run.length < MAX_RUN) {
      const e = ctx.demonyms?.get(norms[i]) ?? matchGazetteer(norms, i);
      if (e) {
        run.push({ from: i, to: i + e.tokens.length, text: spanText(ctx, i, i + e.tokens.length), entry: e });
        i += e.tokens.length;
        continue;
      }
      const t = toks[i];
      if (isNameToken(t) || (run.length === 0 && (startsParticle || numbered)) || lowerInitialName(ctx, i)) {
        let j = i + 1;
        // Glue hyphenated and dotted parts: "Dae-jung", "Secretary-General", "Jr.", "al-Sudani".
        while (j + 1 < toks.length && toks[j].text === '-' && !toks[j].spaced && !toks[j + 1].spaced && /^[\p{L}\d]/u.test(toks[j + 1].text) && !matchGazetteer(norms, j + 1)) j += 2;
        if (j < toks.length && toks[j].text === '.' && !toks[j].spaced && (ABBREV_WITH_DOT.has(toks[j - 1].text) || /^\p{Lu}$/u.test(toks[j - 1].text) || (GIVEN_NAME_ABBREVS.has(toks[j - 1].text) && j + 1 < toks.length && isNameToken(toks[j + 1])))) j++;
        if (run.length === 0 && startsParticle && !isNameToken(t)) {
          run.push({ from: i, to: j, text: spanText(ctx, i, j), particle: j === i + 1 });
        } else {
          run.push({ from: i, to: j, text: spanText(ctx, i, j) });
        }
        i = j;
        continue;
      }
      // "Uganda People's Defence Forces", "People's Party": "People's" is inside a name.
      if (t.norm === "'s" && run.length > 0 && (toks[i - 1].text === 'People' || toks[i - 1].text === 'Peoples') && i + 1 < toks.length && isCapitalized(toks[i + 1]) && !matchGazetteer(norms, i + 1)) {
        run[run.length - 1] = { ...run[run.length - 1], to: i + 1, text: spanText(ctx, run[run.length - 1].from, i + 1) };
        i++;
        continue;
      }
      // "Workers' Party": a plural possessive inside a name.
      if ((t.text === "'" || t.text === '’') && !t.spaced && run.length > 0 && i + 1 < toks.length && /s$/.test(toks[i - 1].text) && isCapitalized(toks[i + 1]) && !matchGazetteer(norms, i + 1)) {
        run[run.length - 1] = { ...run[run.length - 1], to: i + 1, text: spanText(ctx, run[run.length - 1].from, i + 1) };
        i++;
        continue;
      }
      // "Peace and Security Council", "Ministry of Trade and Industry": "and" inside a name
      // that ends in an organization head word.
      // Inside an "of" tail ("Ministry of Trade and Industry", "Secretariat of Security and
      // Citizen Protection") "and" goes on with the tail.
      if ((t.text === 'and' || t.text === '&') && run.some((p, k) => isHead(p.text) && run.slice(k + 1).some((q) => q.conn && q.text.startsWith('of'))) && i + 1 < toks.length && isCapitalized(toks[i + 1]) && !matchGazetteer(norms, i + 1)) {
        run.push({ from: i, to: i + 1, text: t.text, conn: true });
        i++;
        continue;
      }
      // "Law and Order (LO)": words joined by "and" before an acronym make one name.
      if (t.text === 'and' && run.length > 0 && run.length <= 4 && !run[run.length - 1].entry) {
        const end = andJoinedBeforeAcronym(ctx, i);
        if (end > 0) {
          run.push({ from: i, to: i + 1, text: t.text, conn: true });
          for (let k = i + 1; k < end; k++) run.push({ from: k, to: k + 1, text: toks[k].text });
          i = end;
          continue;
        }
      }
      // "Merrow & Cole": an ampersand between capitalized words joins a firm's name.
      if (t.text === '&' && run.length > 0 && run.length <= 4 && i + 1 < toks.length && isCapitalized(toks[i + 1]) && !CALENDAR.has(toks[i + 1].text)) {
        run.push({ from: i, to: i + 1, text: t.text, conn: true });
        i++;
        continue;
      }
      if ((t.text === 'and' || t.text === '&') && run.length > 0 && !run[run.length - 1].entry && run.length <= 3 && !run.some((p) => matchRole(ctx.lower, p.from) || isHead(p.text))) {
        // The head must come after another word ("and Security Council", not "and Congress").
        const headAt = headAhead(toks, i + 1);
        if (headAt > i + 1) {
          run.push({ from: i, to: i + 1, text: t.text, conn: true });
          for (let k = i + 1; k <= headAt; k++) run.push({ from: k, to: k + 1, text: toks[k].text });
          i = headAt + 1;
          continue;
        }
      }
      if (PARTICLES.has(t.text) && run.length > 0 && i + 1 < toks.length) {
        const nx = toks[i + 1];
        if (isNameToken(nx) || (nx.text === '-' && !nx.spaced) || PARTICLES.has(nx.text)) {
          // "al-Sudani" after a first name: glue the particle to the hyphenated part.
          let j = i + 1;
          while (j + 1 < toks.length && toks[j].text === '-' && !toks[j].spaced && !toks[j + 1].spaced) j += 2;
          run.push({ from: i, to: j, text: spanText(ctx, i, j), particle: j === i + 1 });
          i = j;
          continue;
        }
      }
      // "of"/"for"/"to" after an organization head or a title: "Ministry of Foreign Affairs",
      // "Secretary of State", "Ambassador to South Korea".
      // "United Nations Mission in South Sudan": a mission's name runs through "in".
      if (run.length > 0 && t.text === 'in' && run[run.length - 1].text === 'Mission' && i + 1 < toks.length && (matchGazetteer(norms, i + 1) || isNameToken(toks[i + 1]))) {
        run.push({ from: i, to: i + 1, text: 'in', conn: true });
        i++;
        continue;
      }
      if (run.length > 0 && /^(of|for|on|to)$/.test(t.text) && i + 1 < toks.length) {
        const last = run[run.length - 1];
        const lastWord = last.entry ? '' : last.text;
        // "House of Representatives", "Joint Chiefs of Staff": a multiword head through "of".
        const prevWord = run.length > 1 && !run[run.length - 2].entry ? run[run.length - 2].text : '';
        // "General Staff of the Armed Forces": a two-word head before "of" as well.
        const multiHead = t.text === 'of' && MULTI_HEADS.some((m) => (m.tokens[0] === lastWord && m.tokens[1] === 'of') || (m.tokens.length === 2 && m.tokens[0] === prevWord && m.tokens[1] === lastWord));
        // A connector after a title ("Minister for Foreign Affairs") opens no body's name.
        const titleConn = (k: number) => k > 0 && (TITLE_CORES_WITH_OF.has(run[k - 1].text) || FOR_TITLE_CORES.has(run[k - 1].text));
        // "Ministry of Foreign Affairs of Japan": a body's name ends in the state that owns it.
        const stateTail = t.text === 'of' && run.some((p) => !p.entry && isHead(p.text)) && matchGazetteer(norms, i + 1)?.kind === 'state';
        const headLike = isHead(lastWord) || multiHead || stateTail || run.some((p, k) => p.conn && !p.entry && p.text !== 'of' && !titleConn(k));
        // "Undersecretary for Bilateral Relations X": "for" joins a title only before a portfolio.
        const titleLike = (TITLE_CORES_WITH_OF.has(lastWord) || (t.text === 'for' && FOR_TITLE_CORES.has(lastWord))) && t.text !== 'on' && (t.text !== 'for' || PORTFOLIO_WORDS.has(toks[i + 1].text.toLowerCase()));
        if ((headLike && t.text !== 'to') || titleLike) {
          let j = i + 1;
          if (toks[j].text === 'the' && j + 1 < toks.length) j++;
          // "approved by X Partners on Monday": a day or month is no part of a name.
          if ((isNameToken(toks[j]) || matchGazetteer(norms, j)) && !CALENDAR.has(toks[j].text)) {
            run.push({ from: i, to: j, text: spanText(ctx, i, j), conn: true });
            i = j;
            continue;
          }
        }
      }
      break;
    }
    // A trailing particle is not part of the name.
    while (run.length > 0 && (run[run.length - 1].particle || run[run.length - 1].conn)) {
      run.pop();
    }
    if (run.length > 0) runs.push(run);
    if (run.length === 0) i++;
  }
  return runs;
}

/** Index of an organization head word within the next capitalized words, or -1. */
export function headAhead(toks: Token[], from: number): number {
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    if (!isCapitalized(toks[k])) return -1;
    if (isHead(toks[k].text)) return k;
  }
  return -1;
}


const INNER_CAPITAL = /^\p{Ll}{1,2}\p{Lu}\p{L}+$/u;

/** "uMkhonto weSizwe (MK)": words with a lower-case prefix before an inner capital are part of
 * a name when an acronym defined in parentheses follows them. */
function lowerInitialName(ctx: SentenceContext, i: number): boolean {
  const { toks } = ctx;
  if (!INNER_CAPITAL.test(toks[i].text)) return false;
  let k = i + 1;
  while (k < toks.length && k < i + 4 && (INNER_CAPITAL.test(toks[k].text) || isCapitalized(toks[k]))) k++;
  return acronymAt(ctx, k) !== undefined;
}
