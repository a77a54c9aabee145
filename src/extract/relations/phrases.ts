// Reading noun phrases out of a sentence's items, without a parser: which entity a phrase
// stands for ("Pyongyang's Vice Foreign Minister Ri" → Ri), who owns an act ("China's
// dangerous conduct" → China), role phrases that an apposition names ("the head of the agency,
// Jane Doe"), group references ("the three leaders"), and coordinated lists.
import type { Item } from './items';
import {
  AUXILIARIES,
  isAdverb,
  CLAUSE_OPENERS,
  COMMON_VERBS,
  DETERMINERS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  GROUP_NUMBERS,
  NEGATORS,
  PARENTHETICAL_OPENERS,
  PLURAL_NOUNS_TAKING_FROM,
  PLURAL_ROLE_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TRIGGER_VERB_WORDS,
  type Phrase,
} from './lexicon';

export type PhraseKind =
  | 'entity' // the phrase names an entity: "U.S. Secretary of State John Kerry"
  | 'owner' // an act, remark or thing of an entity: "the North's launches", "the Iranian attack"
  | 'role' // a role without a name: "China's most senior diplomat", "the rulers of Mali and Niger"
  | 'group' // "the two men", "all three governments"
  | 'pronoun-owner' // "its rebuke", "their talks": the owner is whoever the pronoun means
  | 'none';

export interface NounPhrase {
  /** Item indices, [start, end). */
  start: number;
  end: number;
  kind: PhraseKind;
  /** The entity items it stands for (for 'entity' and 'owner'); groups are resolved later. */
  refs: Item[];
  /** Every entity item inside the phrase, modifiers included. */
  inner: Item[];
  /** For role phrases: the entities after "of" or before "'s" ("the rulers of Mali"). */
  roleOf: Item[];
  /** A group reference; a null type is "the two" with no noun, which may mean people or states. */
  group?: { type: 'Person' | 'State' | null; count: number | null };
  /** The last word when it is not an entity ("conduct", "talks"). */
  headWord?: string;
  /** A possessive pronoun that opens the phrase ("its", "their"). */
  pronoun?: string;
  /** A common noun before "'s" ("the government's Afghan policy"): the owner, not the entities after it. */
  possessorWord?: string;
}

const MAX_PHRASE = 16;
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these']);
const ORG_TYPE_NOUNS = new Set(['party', 'group', 'movement', 'company', 'firm', 'bank', 'alliance', 'coalition', 'militia', 'network', 'bloc', 'agency', 'organization', 'organisation']);

export function isWord(it: Item | undefined, ...words: string[]): boolean {
  return it !== undefined && it.kind === 'word' && words.includes(it.lower);
}

export function isComma(it: Item | undefined): boolean {
  return it !== undefined && it.kind === 'punct' && it.text === ',';
}

const HYPHENS = new Set(['-', '–', '‑', '‐']);
export const isHyphen = (it: Item | undefined): boolean => it !== undefined && it.kind === 'punct' && HYPHENS.has(it.text);

function isCapitalized(it: Item): boolean {
  return /^\p{Lu}/u.test(it.text);
}

/** Words that can never be inside a noun phrase: verbs, prepositions, conjunctions. */
export function isPredicateWord(lw: string): boolean {
  return (
    COMMON_VERBS.has(lw) ||
    TRIGGER_VERB_WORDS.has(lw) ||
    SPEECH_VERBS.has(lw) ||
    AUXILIARIES.has(lw) ||
    NEGATORS.has(lw) ||
    lw.endsWith("n't")
  );
}

function isStopWord(lw: string): boolean {
  return (
    PREPOSITIONS.has(lw) ||
    CLAUSE_OPENERS.has(lw) ||
    RELATIVE_PRONOUNS.has(lw) ||
    lw === 'and' ||
    lw === 'or' ||
    lw === 'but' ||
    lw === 'nor' ||
    lw === 'to' ||
    isPredicateWord(lw) ||
    (isAdverb(lw) && !ROLE_NOUNS.has(lw)) ||
    TIME_WORDS.has(lw)
  );
}

/** Whether the word can sit inside a noun phrase, given what came before it in the phrase. */
function isContentWord(it: Item, prev: Item | undefined, next?: Item): boolean {
  const lw = it.lower;
  if (ROLE_NOUNS.has(lw)) return true;
  // "the planned drills", "the continuing strikes": a participle right after a determiner modifies
  if (/^[a-z]+(?:ed|ing)$/.test(it.text) && prev?.kind === 'word' && DETERMINERS.has(prev.lower) && !AUXILIARIES.has(lw) && !TRIGGER_VERB_WORDS.has(lw)) return true;
  // "the visit", "an attack": after an article a verb form is a noun
  if (/^[a-z]+$/.test(it.text) && prev?.kind === 'word' && ARTICLES.has(prev.lower) && !AUXILIARIES.has(lw) && !NEGATORS.has(lw) && !PREPOSITIONS.has(lw)) return true;
  if (isStopWord(lw)) return false;
  if (/^\d/.test(lw)) return true;
  if (isCapitalized(it)) return true;
  // A lowercase word ending like a past tense is a verb unless a determiner or another
  // modifier introduces it ("the disputed region").
  if (/(?:ed|ing)$/.test(lw) && !lw.includes('-')) {
    // "Peruvian fishing trawlers": an -ing modifier between a demonym and its noun
    if (prev?.kind === 'ent' && prev.mention?.kind === 'demonym' && /ing$/.test(lw) && next !== undefined && next.kind === 'word' && /^[a-z]+s$/.test(next.text) && !isPredicateWord(next.lower)) return true;
    return prev !== undefined && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || prev.lower === "'s");
  }
  return true;
}

/** After "of"/"from": does a noun phrase follow (an entity, a determiner, a name, a role)? */
function phraseFollows(items: Item[], i: number): boolean {
  const it = items[i];
  if (!it) return false;
  if (it.kind === 'ent') return true;
  if (it.kind !== 'word') return false;
  if (DETERMINERS.has(it.lower) && !POSSESSIVE_PRONOUNS.has(it.lower)) return phraseFollows(items, i + 1) || isNounLike(items[i + 1]);
  return ROLE_NOUNS.has(it.lower) || (isCapitalized(it) && !isStopWord(it.lower));
}

function isNounLike(it: Item | undefined): boolean {
  return it !== undefined && it.kind === 'word' && !isStopWord(it.lower);
}

/** Reads the noun phrase starting at item i, or null if none starts there. */
export function readPhrase(items: Item[], i: number): NounPhrase | null {
  let j = i;
  // "each of the two men", "both of his guests"
  if (isWord(items[j], 'each', 'both', 'all', 'one') && isWord(items[j + 1], 'of')) j += 2;
  const start = j;
  let pronoun: string | undefined;
  const inner: Item[] = [];
  let possessor: Item | undefined;
  let last: Item | undefined;
  let lastIndex = -1;
  let firstContent: Item | undefined;
  let ofAt = -1;
  let lastLink = -1;
  let count: number | null = null;
  let possessorWord: string | undefined;
  while (j < items.length && j - start < MAX_PHRASE) {
    const it = items[j];
    const prev = j > start ? items[j - 1] : undefined;
    // 'called the deal "dangerous"': a quotation opening after the head starts something else
    if (last && it.quoted && prev && !prev.quoted) break;
    if (it.kind === 'ent') {
      inner.push(it);
      last = it;
      lastIndex = j;
      firstContent ??= it;
      j++;
      continue;
    }
    if (it.kind === 'punct') {
      // "Gen. John Doe": the period of an abbreviated title stays inside the phrase.
      const abbreviation = it.text === '.' && prev?.kind === 'word' && /^\p{Lu}\p{Ll}{1,3}$/u.test(prev.text);
      if ((isHyphen(it) || abbreviation) && j > start && items[j + 1] && items[j + 1].kind !== 'punct') {
        j++;
        continue;
      }
      break;
    }
    const lw = it.lower;
    if (lw === "'s") {
      if (!last) break;
      if (last.kind === 'ent') possessor = last;
      else if (inner.length === 0) possessorWord = last.lower;
      j++;
      continue;
    }
    if (DETERMINERS.has(lw)) {
      if (j !== start && !(prev && j - 1 === lastLink)) break;
      if (POSSESSIVE_PRONOUNS.has(lw)) pronoun = lw;
      j++;
      continue;
    }
    if (GROUP_NUMBERS.has(lw) && !last) {
      count = GROUP_NUMBERS.get(lw)!;
      j++;
      continue;
    }
    const roleTo = (lw === 'to' || lw === 'for') && last?.kind === 'word' && ROLE_NOUNS.has(last.lower);
    if (lw === 'of' || roleTo || (lw === 'from' && last && PLURAL_NOUNS_TAKING_FROM.has(last.lower))) {
      if (last && phraseFollows(items, j + 1)) {
        ofAt = ofAt < 0 ? j : ofAt;
        lastLink = j;
        j++;
        continue;
      }
      break;
    }
    // "North Korea worries Japan": after a full name, a lower-case -s word before another name or
    // a determiner is a verb
    const next = items[j + 1];
    if (prev?.kind === 'ent' && prev.mention?.kind === 'name' && /^[a-z]+s$/.test(it.text) && !ROLE_NOUNS.has(lw) && !PLURAL_ROLE_NOUNS.has(lw) && !GROUP_NOUNS.State.has(lw) && !GROUP_NOUNS.Person.has(lw) && next !== undefined && (next.kind === 'ent' || (next.kind === 'word' && DETERMINERS.has(next.lower)))) break;
    if (isContentWord(it, prev, next)) {
      last = it;
      lastIndex = j;
      firstContent ??= it;
      j++;
      continue;
    }
    break;
  }
  if (!last) {
    // "the two signed ...": a number alone after "the" refers back to a group
    if (count !== null && j > start && isWord(items[i], 'the', 'both', 'all')) {
      return { start: i, end: j, kind: 'group', refs: [], inner: [], roleOf: [], group: { type: null, count } };
    }
    return null;
  }
  const end = lastIndex + 1;
  const phrase: NounPhrase = { start: i, end, kind: 'none', refs: [], inner, roleOf: [], pronoun };
  const ofRefs = ofAt >= 0 ? inner.filter((m) => m.start > items[ofAt].start) : [];

  if (last.kind === 'ent') {
    // "the head of the agency", "Peru's ambassador to the United Nations"
    const linkedRole = ofAt > 0 && items[ofAt - 1].kind === 'word' && ROLE_NOUNS.has(items[ofAt - 1].lower);
    const headIsRole = ((firstContent?.kind === 'word' && ROLE_NOUNS.has(firstContent.lower)) || linkedRole) && ofAt >= 0;
    if (headIsRole && last.entityType !== 'Person') {
      return { ...phrase, kind: 'role', roleOf: ofRefs.length ? ofRefs : [last], headWord: items[ofAt - 1].lower };
    }
    // "the government of Prime Minister X": the state X leads, as "X's government" is
    const headWord = firstContent?.kind === 'word' ? firstContent.lower : undefined;
    if (headWord && GOVERNMENT_NOUNS.has(headWord) && ofAt >= 0 && last.entityType === 'Person') return { ...phrase, kind: 'owner', refs: [last], headWord };
    // "Bishop Jan Novak of Brno", "Ana Ruiz of the Green Party": a named person is the head, what
    // follows "of" only says where he is from
    const named = ofAt > start ? items[ofAt - 1] : undefined;
    if (named?.kind === 'ent' && named.entityType === 'Person' && named.mention?.kind === 'name') return { ...phrase, kind: 'entity', refs: [named] };
    return { ...phrase, kind: 'entity', refs: [last] };
  }
  // "the EU's special envoy for the Belgrade dialogue": the role noun before the link is the head
  const linked = ofAt > 0 ? items[ofAt - 1] : undefined;
  if (linked?.kind === 'word' && ROLE_NOUNS.has(linked.lower) && !ROLE_MODIFIERS.has(linked.lower) && !GROUP_NOUNS.Person.has(linked.lower)) {
    const before = inner.filter((m) => m.start < linked.start);
    return { ...phrase, kind: 'role', headWord: linked.lower, roleOf: possessor ? [possessor] : before.length ? before : ofRefs };
  }
  const head = last.lower;
  phrase.headWord = head;
  // "Sheinbaum's Morena party", "the Wagner group": a type noun after a body's name is that body
  const before = items[lastIndex - 1];
  if (ORG_TYPE_NOUNS.has(head) && before?.kind === 'ent' && before.entityType === 'Organization') return { ...phrase, kind: 'entity', refs: [before] };
  if (PLURAL_ROLE_NOUNS.has(head)) {
    // "Russian officials" → Russia; "NATO representatives" → NATO
    const body = inner.find((m) => m.entityType === 'State') ?? inner.find((m) => m.entityType === 'Organization');
    if (body && ofAt < 0) return { ...phrase, kind: 'entity', refs: [body] };
  }
  for (const type of ['Person', 'State'] as const) {
    if (GROUP_NOUNS[type].has(head) && (count !== null || isWord(items[i], 'the', 'all', 'both', 'these', 'those'))) {
      // "both governments" counts two
      if (inner.length === 0 || count !== null) return { ...phrase, kind: 'group', group: { type, count: count ?? (isWord(items[i], 'both') ? 2 : null) } };
    }
  }
  if (ROLE_NOUNS.has(head) && !ROLE_MODIFIERS.has(head)) return { ...phrase, kind: 'role', roleOf: ofRefs.length ? ofRefs : possessor ? [possessor] : inner };
  if (possessor) return { ...phrase, kind: 'owner', refs: [possessor] };
  // "the government's Afghan policy": the demonym says what the policy is about, not whose it is
  if (possessorWord) return { ...phrase, possessorWord };
  if (inner.length > 0) return { ...phrase, kind: 'owner', refs: [inner[inner.length - 1]] };
  if (pronoun) return { ...phrase, kind: 'pronoun-owner' };
  return phrase;
}

/** Is the phrase after a comma an apposition (", the head of the agency,") rather than a list item? */
export function isApposition(items: Item[], p: NounPhrase): boolean {
  const first = items[p.start];
  if (first.kind === 'word' && DETERMINERS.has(first.lower)) return true;
  return p.kind === 'role' || p.kind === 'owner';
}

/** Index of the comma closing a parenthetical that opens at `from`, or the sentence end. */
export function closingComma(items: Item[], from: number): number {
  for (let k = from; k < Math.min(items.length, from + 40); k++) {
    const it = items[k];
    if (isComma(it)) return k;
    if (it.kind === 'punct' && (it.text === ';' || it.text === ':' || it.text === '—' || it.text === '(' || it.text === ')')) return k;
  }
  return items.length;
}

export interface PhraseList {
  phrases: NounPhrase[];
  /** Item index just after the list. */
  end: number;
}

/**
 * Reads "A, B and C" starting at i, resolving appositions: a role phrase followed by a named
 * person becomes that person ("his counterpart, Razak Hamid"); a description after a name is
 * skipped ("Shell, the British oil major, ...").
 */
export function readPhraseList(items: Item[], i: number): PhraseList {
  const first = readPhrase(items, i);
  if (!first) return { phrases: [], end: i };
  const phrases = [first];
  let j = first.end;
  for (;;) {
    const current = phrases[phrases.length - 1];
    // '"... of a terrorist," Kurti said': a list never runs out of a quotation
    if (items[j] && items[j + 1] && Boolean(items[j - 1]?.quoted) !== Boolean(items[j + 1].quoted)) break;
    if (isComma(items[j]) && !isWord(items[j + 1], 'and', 'or')) {
      const next = readPhrase(items, j + 1);
      if (next && (current.kind === 'role' || current.kind === 'none' || current.kind === 'pronoun-owner') && next.kind === 'entity' && next.refs[0].entityType === 'Person') {
        phrases[phrases.length - 1] = { ...next, start: current.start };
        j = next.end;
        continue;
      }
      // "Peru's main opposition, the Popular Force Party, ...": a description before a name it
      // stands in apposition to is that name (not a list: the name is closed by a comma of its own)
      if (next && (current.kind === 'owner' || current.kind === 'none') && next.kind === 'entity' && next.refs[0].mention?.kind === 'name' && isComma(items[next.end]) && !isWord(items[next.end + 1], 'and', 'or')) {
        phrases[phrases.length - 1] = { ...next, start: current.start };
        j = next.end;
        continue;
      }
      if (next && isApposition(items, next) && current.kind === 'entity') {
        j = closingComma(items, next.end);
        continue;
      }
      if (next && next.kind === 'entity' && !startsParenthetical(items, j + 1)) {
        phrases.push(next);
        j = next.end;
        continue;
      }
      break;
    }
    let k = -1;
    if (isComma(items[j]) && isWord(items[j + 1], 'and')) k = j + 2;
    else if (isWord(items[j], 'and')) k = j + 1;
    else if (isWord(items[j], 'as') && isWord(items[j + 1], 'well') && isWord(items[j + 2], 'as')) k = j + 3;
    if (k < 0) break;
    const next = readPhrase(items, k);
    if (!next || next.kind === 'none' || next.kind === 'pronoun-owner' || demonymBeforeNoun(items, next)) break;
    // "..., and he will answer for it": a new clause's subject, not one more list item
    if (k === j + 2 && items[next.end]?.kind === 'word' && isPredicateWord(items[next.end].lower)) break;
    phrases.push(next);
    j = next.end;
  }
  return { phrases, end: j };
}

/** "the Chinese and Pakistani delegations": a demonym coordinated with another before their noun. */
function demonymBeforeNoun(items: Item[], p: NounPhrase): boolean {
  if (p.kind !== 'entity' || p.refs[0].mention?.kind !== 'demonym' || !isWord(items[p.end], 'and')) return false;
  const other = items[p.end + 1];
  const noun = items[p.end + 2];
  return other?.kind === 'ent' && other.mention?.kind === 'demonym' && noun?.kind === 'word' && /^[a-z]/.test(noun.text);
}

/** Does a parenthetical (relative clause, participle, apposition, aside) open at item i? */
export function startsParenthetical(items: Item[], i: number): boolean {
  const it = items[i];
  if (!it) return false;
  if (PARENTHETICAL_OPENERS.some((p) => matchesAt(items, i, p))) return true;
  if (it.kind === 'word') {
    const lw = it.lower;
    if (RELATIVE_PRONOUNS.has(lw)) return true;
    if (/^[a-z]+ing$/.test(it.text)) return true;
    // a reduced passive: ", hosted by X,"; a bare past tense after a comma is the main verb
    if (/^[a-z]+ed$/.test(it.text) && isWord(items[i + 1], 'by')) return true;
    if (DETERMINERS.has(lw) || ROLE_NOUNS.has(lw)) return true;
  }
  const p = readPhrase(items, i);
  return p !== null && p.kind === 'role' && !isPredicateWord(items[p.end]?.lower ?? '');
}

export function matchesAt(items: Item[], i: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const it = items[i + k];
    if (!it || it.lower !== phrase[k]) return false;
  }
  return true;
}

/** The phrase that ends just before item e (exclusive), read backwards then forwards. */
export function readPhraseBefore(items: Item[], e: number): NounPhrase | null {
  let s = e;
  while (s > 0) {
    const it = items[s - 1];
    const ok =
      it.kind === 'ent' ||
      isHyphen(it) ||
      (it.kind === 'word' &&
        (it.lower === "'s" ||
          ROLE_NOUNS.has(it.lower) ||
          DETERMINERS.has(it.lower) ||
          !isStopWord(it.lower) ||
          ((it.lower === 'of' || it.lower === 'to' || it.lower === 'for') && s - 2 >= 0 && items[s - 2].kind === 'word' && ROLE_NOUNS.has(items[s - 2].lower))));
    if (!ok || e - s >= MAX_PHRASE) break;
    s--;
  }
  // The longest phrase that ends exactly at e.
  for (; s < e; s++) {
    if (isWord(items[s], 'of', 'to', 'for')) continue;
    const p = readPhrase(items, s);
    if (p && p.end === e) return p;
  }
  return null;
}
