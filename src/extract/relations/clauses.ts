// Clause-level reading: where the clause of a trigger starts, who its subject is (through
// appositions, relative clauses, participles and coordinated predicates), whether the
// predicate is passive, and whether it is negated, planned or hypothetical.
import type { Item } from './items';
import {
  ADVERBS,
  isAdverb,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_OPENERS,
  CONDITIONAL_OPENERS,
  DENIAL_VERBS,
  DETERMINERS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  MODAL_CUES,
  NEGATORS,
  NON_OCCURRENCE,
  PREPOSITIONS,
  REALIZED_INFINITIVE_GOVERNORS,
  RELATIVE_PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOFT_CLAUSE_OPENERS,
  SPEECH_VERBS,
  STRONG_MODALS,
  TIME_WORDS,
  HELD_VERBS,
  UNREALIZED_MODIFIERS,
  type Phrase,
} from './lexicon';
import {
  closingComma,
  isComma,
  isHyphen,
  isPredicateWord,
  isWord,
  matchesAt,
  type NounPhrase,
  readPhrase,
  readPhraseBefore,
  readPhraseList,
  startsParenthetical,
} from './phrases';

const GROUP_WORDS: ReadonlySet<string> = new Set([...GROUP_NOUNS.Person, ...GROUP_NOUNS.State]);
/** Long run-on text is read in clauses of at most this many items, keeping the pass linear. */
const MAX_CLAUSE = 120;
const HARD_BOUNDARIES = new Set([';', ':', '—', '(', ')', '[', ']']);

const isHardBoundary = (it: Item): boolean => it.kind === 'punct' && HARD_BOUNDARIES.has(it.text);
const isParticiple = (it: Item | undefined): boolean => it !== undefined && it.kind === 'word' && /^[a-z]+ing$/.test(it.text);

/** Where the clause containing item t starts; a relative pronoun is returned as the start itself. */
export function clauseStart(items: Item[], t: number, participle = isParticiple(items[t]) && isComma(items[t - 1])): number {
  let seenPhrase = false;
  // "X said Y should ... and warned Z": a predicate coordinated after a report is the reporter's.
  let before = t - 1;
  while (before >= 0 && items[before].kind === 'word' && isAdverb(items[before].lower)) before--;
  const coordinated = isWord(items[before], 'and', 'but');
  let k = t - 1;
  while (k >= 0) {
    const it = items[k];
    // "LIMA, May 3 (Reuters) - X said": the dash after a dateline's agency opens the clause
    if (isHardBoundary(it) && it.text === ')' && isHyphen(items[k + 1]) && k + 2 < t) return k + 2;
    if (isHardBoundary(it) || t - k > MAX_CLAUSE) return k + 1;
    if (it.kind === 'punct' && isComma(it)) {
      // "Mali, Burkina Faso and Niger": a list comma
      if (items[k - 1]?.kind === 'ent' && items[k + 1]?.kind === 'ent' && listContinues(items, k + 1, t)) {
        k--;
        continue;
      }
      const open = openingComma(items, k);
      // "X, in a statement, condemned Y": a prepositional aside right before the predicate
      const asideBeforePredicate = open >= 0 && k === t - 1 && PREPOSITIONS.has(items[open + 1]?.lower ?? '') && items[open + 1].kind === 'word';
      if (open >= 0 && (startsParenthetical(items, open + 1) || namesPrecedingRole(items, open, k) || isAppositionSegment(items, open, k) || asideBeforePredicate)) {
        // "X, Y's party, which ..., criticized": the opening comma may itself close an apposition
        const opener = openingComma(items, open);
        k = opener >= 0 && isAppositionSegment(items, opener, open) ? opener - 1 : open - 1;
        continue;
      }
      if (isParticiple(items[k + 1])) {
        // ", accusing X": the participle's subject is the main clause's.
        seenPhrase = false;
        participle = true;
        k--;
        continue;
      }
      if (seenPhrase) return k + 1;
      k--;
      continue;
    }
    if (it.kind === 'word') {
      const lw = it.lower;
      if (RELATIVE_PRONOUNS.has(lw) && !(lw === 'that' && !isComma(items[k - 1]))) return k;
      const reported = SPEECH_VERBS.has(lw) || (lw === 'that' && k > 0 && SPEECH_VERBS.has(items[k - 1].lower));
      if (coordinated && reported) {
        seenPhrase = false;
      } else if (CLAUSE_OPENERS.has(lw) || (SPEECH_VERBS.has(lw) && readPhrase(items, k + 1) !== null)) {
        if (!participle || subjectAfter(items, k + 1, t)) return k + 1;
      } else if ((lw === 'and' || lw === 'but') && seenPhrase && isComma(items[k - 1])) {
        return k + 1;
      } else if (SOFT_CLAUSE_OPENERS.has(lw) && seenPhrase && !participle && opensClause(items, k + 1, t)) {
        return k + 1;
      }
      if ((ROLE_NOUNS.has(lw) && !ROLE_MODIFIERS.has(lw)) || GROUP_WORDS.has(lw) || lw === 'the' || lw === 'a' || lw === 'an' || lw === 'both') seenPhrase = true;
    } else if (it.kind === 'ent') {
      seenPhrase = true;
    }
    k--;
  }
  return 0;
}

/** After "A, B": an "and" joins one more entity before the predicate ("A, B and C signed"). */
function listContinues(items: Item[], from: number, t: number): boolean {
  for (let k = from; k < t - 1; k++) {
    const next = isWord(items[k + 1], 'the') ? items[k + 2] : items[k + 1];
    if (isWord(items[k], 'and', 'or') && next?.kind === 'ent') return true;
  }
  return false;
}

/** "Lukashenko, Russia's closest ally, blamed": a bare noun phrase between commas after a name. */
function isAppositionSegment(items: Item[], open: number, close: number): boolean {
  const before = items[open - 1];
  if (!before || before.kind !== 'ent') return false;
  const p = readPhrase(items, open + 1);
  return p !== null && p.end === close && p.kind !== 'entity';
}

/** "his counterpart, Razak Hamid, pledged": the name between the commas only names the role before. */
function namesPrecedingRole(items: Item[], open: number, close: number): boolean {
  const before = items[open - 1];
  if (!before) return false;
  const p = readPhrase(items, open + 1);
  if (p === null || p.kind !== 'entity' || p.end !== close) return false;
  if (before.kind === 'word') return ROLE_NOUNS.has(before.lower);
  // "Peru's ambassador to the United Nations, Jorge Salas, ...": a role whose complement is a body
  if (before.kind !== 'ent' || p.refs[0].entityType !== 'Person') return false;
  for (let k = open - 2; k >= Math.max(1, open - 5); k--) {
    if (isWord(items[k], 'to', 'of', 'for')) return items[k - 1].kind === 'word' && ROLE_NOUNS.has(items[k - 1].lower);
    if (items[k].kind !== 'word' || !DETERMINERS.has(items[k].lower)) return false;
  }
  return false;
}

function openingComma(items: Item[], close: number): number {
  for (let k = close - 1; k >= 0; k--) {
    if (isComma(items[k])) return k;
    if (isHardBoundary(items[k])) return -1;
  }
  return -1;
}

/** "after American officials concluded": a subordinate clause, not a prepositional phrase. */
function opensClause(items: Item[], i: number, t: number): boolean {
  const p = readPhrase(items, i);
  if (!p || p.end > t) return false;
  if (p.end === t) return true;
  const next = items[p.end];
  return next !== undefined && next.kind === 'word' && (isPredicateWord(next.lower) || /^[a-z]+ed$/.test(next.text));
}

function subjectAfter(items: Item[], i: number, t: number): boolean {
  const list = readPhraseList(items, skipFronted(items, i, t));
  return list.phrases.length > 0 && list.phrases[0].start < t && ['entity', 'group'].includes(list.phrases[0].kind);
}

/** Skips adverbs and fronted adverbials ("In Washington,", "Weeks later,") at a clause start. */
export function skipFronted(items: Item[], c: number, t: number): number {
  for (;;) {
    while (c < t && items[c].kind === 'word' && isAdverb(items[c].lower)) c++;
    const it = items[c];
    if (!it || c >= t) return c;
    const frontedStart =
      it.kind === 'word' &&
      (PREPOSITIONS.has(it.lower) || isParticiple(it) || /^\d/.test(it.lower) || readPhraseIsTime(items, c));
    if (!frontedStart) return c;
    // "Hours later Bolivia fired ...": a bare time phrase without a comma ends at the name
    if (!PREPOSITIONS.has(it.lower) && !isParticiple(it)) {
      let e = c;
      while (e < t && e - c < 3 && items[e].kind === 'word' && (FRONTED_TIME_WORDS.has(items[e].lower) || TIME_WORDS.has(items[e].lower) || /^\d/.test(items[e].lower) || COUNT_WORDS.has(items[e].lower) || TIME_UNITS.has(items[e].lower) || isWord(items[e], 'ago', 'after'))) e++;
      if (e > c && e < t && items[e].kind === 'ent') return e;
    }
    const comma = closingComma(items, c);
    if (comma >= t || !isComma(items[comma])) {
      // "in April Ferrante received ...": a short fronted phrase without a comma
      if (PREPOSITIONS.has(it.lower) && items[c + 1]?.kind === 'word' && TIME_WORDS.has(items[c + 1].lower)) {
        let e = c + 1;
        while (e < t && items[e].kind === 'word' && (TIME_WORDS.has(items[e].lower) || /^\d/.test(items[e].lower))) e++;
        return e;
      }
      // "in the week Tokayev ...", "during that morning X ...": a determiner and a time unit
      if (PREPOSITIONS.has(it.lower) && isWord(items[c + 1], 'the', 'this', 'that') && items[c + 2]?.kind === 'word' && TIME_UNITS.has(items[c + 2].lower) && c + 3 < t) {
        return c + 3;
      }
      const p = PREPOSITIONS.has(it.lower) ? readPhrase(items, c + 1) : null;
      return p && p.kind === 'none' && p.end < t ? p.end : c;
    }
    c = comma + 1;
  }
}

const COUNT_WORDS = new Set(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many']);
const FRONTED_TIME_WORDS = new Set(['weeks', 'days', 'months', 'years', 'hours', 'minutes', 'moments', 'decades', 'later', 'earlier', 'meanwhile', 'there', 'here', 'then', 'now', 'today', 'yesterday', 'closer', 'last', 'this', 'next']);
function readPhraseIsTime(items: Item[], c: number): boolean {
  for (let k = c; k < Math.min(items.length, c + 3); k++) if (items[k].kind === 'word' && (FRONTED_TIME_WORDS.has(items[k].lower) || TIME_WORDS.has(items[k].lower))) return true;
  return false;
}

export interface Subject {
  phrases: NounPhrase[];
  /** Where the clause starts (after any relative pronoun). */
  clause: number;
}

/** The subject of the predicate at item t (its grammatical subject, before passive swapping). */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'since', 'while', 'when', 'by', 'upon', 'without']);

export function subjectOf(items: Item[], t: number, allowAfter = false): Subject | null {
  // "X received Y, a day after speaking with Z": a gerund's subject is the main clause's
  if (isParticiple(items[t]) && isWord(items[t - 1], ...GERUND_PREPOSITIONS)) {
    const main = mainSubject(items, t - 1);
    if (main.length && main[0].kind === 'entity') return { phrases: main, clause: t };
  }
  const c = clauseStart(items, t);
  const first = items[c];
  if (isWord(first, 'whose')) {
    // "Niger, whose military government accused ...": the government is its state's voice
    const own = readPhrase(items, c + 1);
    const e = isComma(items[c - 1]) ? c - 1 : c;
    const antecedent = own && own.end <= t && own.headWord && GOVERNMENT_NOUNS.has(own.headWord) ? readPhraseBefore(items, e) : null;
    if (antecedent) return { phrases: [antecedent], clause: c + 1 };
  }
  if (first && first.kind === 'word' && RELATIVE_PRONOUNS.has(first.lower)) {
    // "the pact, which Beijing condemned": a subject after the pronoun makes it the object
    // "which Japan and South Korea condemned": the relative clause's own subject may be a list
    const ownList = first.lower === 'who' ? null : readPhraseList(items, c + 1);
    const own = ownList?.phrases[0] ?? null;
    let k = ownList && own ? ownList.end : t;
    while (k < t && items[k].kind === 'word' && (AUXILIARIES.has(items[k].lower) || isAdverb(items[k].lower))) k++;
    // "the group, which it calls ...": an unresolved pronoun is a subject of its own too
    const pronounSubject = own !== null && own.end - own.start === 1 && isWord(items[own.start], 'it', 'they', 'we', 'he', 'she');
    const objectRelative = own !== null && own.end <= t && k === t && (own.kind !== 'none' || pronounSubject);
    if (!objectRelative && (first.lower === 'who' || first.lower === 'which' || first.lower === 'that')) {
      let e = c;
      if (isComma(items[e - 1])) e--;
      let antecedent = readPhraseBefore(items, e);
      if (!antecedent) return null;
      // "Ana Ruiz, president of the commission, who ...": the name the apposition describes
      if ((antecedent.kind === 'role' || antecedent.kind === 'none') && isComma(items[antecedent.start - 1])) {
        const named = readPhraseBefore(items, antecedent.start - 1);
        if (named?.kind === 'entity' && named.refs[0].entityType === 'Person') antecedent = named;
      }
      // "Marchetti and Pembroke, who met in London": the whole list the clause follows
      const outer = e > 0 && e === c - 1 ? subjectOf(items, e) : null;
      const list = outer && outer.phrases.length > 1 && outer.phrases[outer.phrases.length - 1].end === e ? outer.phrases : [antecedent];
      return { phrases: list, clause: c + 1 };
    }
    const list = readPhraseList(items, c + 1);
    return list.phrases.length && list.phrases[0].start < t ? { phrases: list.phrases, clause: c + 1 } : null;
  }
  // A noun inside a fronted phrase ("During a meeting with B, A said") belongs to the subject after it.
  const s = skipFronted(items, c, allowAfter ? items.length : t);
  const list = readPhraseList(items, s);
  if (list.phrases.length === 0 || (list.phrases[0].start >= t && !allowAfter)) return null;
  return { phrases: allowAfter ? list.phrases : list.phrases.filter((p) => p.start < t), clause: c };
}

const ACCUSING = /^(?:accus|blam|criticiz|criticis|condemn|fault)/;

/**
 * "accused Y's government of failing to consult it before signing ...": Y, the doer of the
 * gerunds in the accusation's complement that ends at `before`.
 */
export function accusedBefore(items: Item[], before: number): NounPhrase | null {
  for (let k = before - 1; k >= Math.max(1, before - 14); k--) {
    const it = items[k];
    if (it.kind === 'punct') return null;
    if (!isWord(it, 'of', 'for') || !isParticiple(items[k + 1])) continue;
    const accused = readPhraseBefore(items, k);
    const verb = accused ? items[accused.start - 1] : undefined;
    return accused && verb?.kind === 'word' && ACCUSING.test(verb.lower) && accused.kind !== 'none' ? accused : null;
  }
  return null;
}

/**
 * The subject of the sentence's main clause before item `before` (after any fronted phrase):
 * whose act a trailing "a move X denounced" or ", which X condemned" is about.
 */
export function mainSubject(items: Item[], before: number): NounPhrase[] {
  let start = 0;
  for (let k = before - 1; k >= 0; k--) {
    if (isHardBoundary(items[k])) {
      start = k + 1;
      break;
    }
  }
  const list = readPhraseList(items, skipFronted(items, start, before));
  return list.phrases.filter((p) => p.end <= before);
}

/** The antecedent of "whom"/"which" when a relative clause's object is the noun it follows. */
export function relativeAntecedent(items: Item[], c: number): NounPhrase | null {
  const at = isWord(items[c], 'whom', 'which', 'that') ? c : c - 1;
  const rel = items[at];
  if (!rel || !isWord(rel, 'whom', 'which', 'that')) return null;
  let e = at;
  if (isComma(items[e - 1])) e--;
  return readPhraseBefore(items, e);
}

/** "was accused by", "were blamed by": the trigger is a passive participle. */
export function isPassive(items: Item[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && items[k].kind === 'word' && (isAdverb(items[k].lower) || isWord(items[k], 'so', 'far'))) k--;
  return k >= 0 && items[k].kind === 'word' && BE_FORMS.has(items[k].lower) && /(?:ed|en|met|held|sat)$/.test(items[t].lower);
}

/** The agent after a passive: "by X" right after the trigger (possibly after an adverb). */
export function passiveAgent(items: Item[], after: number): NounPhrase[] {
  let k = skipTimeAdverbials(items, after);
  // "was greeted at the airport by X": a short place phrase before the agent
  if (!isWord(items[k], 'by') && items[k]?.kind === 'word' && PREPOSITIONS.has(items[k].lower)) {
    for (let q = k + 1; q < Math.min(items.length, k + 6); q++) {
      if (isWord(items[q], 'by')) {
        k = q;
        break;
      }
      if (items[q].kind === 'punct') break;
    }
  }
  if (!isWord(items[k], 'by')) return [];
  const list = readPhraseList(items, k + 1);
  // "by opposition leaders and by Kenya"
  let e = list.end;
  if (isComma(items[e])) e++;
  if (isWord(items[e], 'and') && isWord(items[e + 1], 'by')) return [...list.phrases, ...readPhraseList(items, e + 2).phrases];
  return list.phrases;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'last', 'this', 'earlier', 'late', 'early', 'overnight', 'at']);
const TIME_UNITS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'day', 'time']);

/** Skips adverbs and time phrases after a participle: "was rebuked on Monday by", "last week by". */
export function skipTimeAdverbials(items: Item[], k: number): number {
  for (;;) {
    const it = items[k];
    if (!it || it.kind !== 'word') return k;
    if (ADVERBS.has(it.lower)) {
      k++;
      continue;
    }
    let e = k;
    if (TIME_PREPOSITIONS.has(it.lower)) e++;
    const start = e;
    while (e < items.length && items[e].kind === 'word' && (TIME_WORDS.has(items[e].lower) || TIME_UNITS.has(items[e].lower) || /^\d/.test(items[e].lower) || isWord(items[e], 'this', 'last', 'the'))) e++;
    const timeSeen = items.slice(start, e).some((x) => TIME_WORDS.has(x.lower) || TIME_UNITS.has(x.lower));
    if (e === k || !timeSeen) return k;
    k = e;
  }
}

/** Is the clause starting at c the complement of a denial ("denied that X had met Y")? */
function deniedClause(items: Item[], c: number): boolean {
  let k = c - 1;
  if (isWord(items[k], 'that')) k--;
  while (k >= 0 && items[k].kind === 'word' && isAdverb(items[k].lower)) k--;
  for (const p of DENIAL_VERBS) if (k - p.length + 1 >= 0 && matchesAt(items, k - p.length + 1, p)) return true;
  return false;
}

const WINDOW = 7;
const AFTER_NOUN_PLANS = new Set(['planned', 'scheduled', 'expected', 'proposed', 'envisaged', 'due', 'set', 'possible', 'likely', 'unlikely', 'impossible']);
const STRONG_MODAL_WINDOW = 11;

function anyPhraseIn(items: Item[], from: number, to: number, phrases: readonly Phrase[]): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (isMonthMay(items, k)) continue;
    for (const p of phrases) if (matchesAt(items, k, p) && k + p.length <= to && !toNounPhrase(items, k + p.length, p)) return true;
  }
  return false;
}

/** "in May" is a month, not the modal. */
function isMonthMay(items: Item[], k: number): boolean {
  return items[k].text === 'May' && k > 0;
}

function isModal(items: Item[], k: number): boolean {
  return items[k].kind === 'word' && STRONG_MODALS.has(items[k].lower) && !isMonthMay(items, k);
}

/** "agreed to a ceasefire": a cue ending in "to" marks a plan only before a verb. */
function toNounPhrase(items: Item[], after: number, p: Phrase): boolean {
  if (p[p.length - 1] !== 'to') return false;
  const next = items[after];
  return next !== undefined && (next.kind === 'ent' || (next.kind === 'word' && (DETERMINERS.has(next.lower) || /^\d/.test(next.lower))));
}

export function negatedIn(items: Item[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const it = items[k];
    if (it.kind === 'word' && (NEGATORS.has(it.lower) || it.lower.endsWith("n't"))) return true;
  }
  return false;
}

/**
 * Whether the predicate or event at item t (spanning to `end`) in the clause starting at c is
 * negated, planned, hoped for, refused, conditional or future — in which case nothing is stated.
 */
export function isUnrealized(items: Item[], c: number, t: number, end: number, part: 'verb' | 'noun'): boolean {
  // Cues act within the stretch of the clause before the trigger that no comma interrupts.
  let reach = t;
  while (reach > c && t - reach < STRONG_MODAL_WINDOW && !isComma(items[reach - 1]) && !isWord(items[reach - 1], 'and', 'but')) reach--;
  const from = Math.max(reach, t - WINDOW);
  const opener = items[c - 1];
  if (opener && opener.kind === 'word' && CONDITIONAL_OPENERS.has(opener.lower)) return true;
  if (deniedClause(items, c)) return true;
  if (negatedIn(items, from, t) || anyPhraseIn(items, from, t, MODAL_CUES)) return true;
  for (let k = reach; k < from; k++) if (isModal(items, k)) return true;
  if (part === 'verb' && infinitiveUnrealized(items, t)) return true;
  if (part === 'noun') {
    // "called for the two to open talks": a noun that is the object of an infinitive
    const inf = infinitiveBefore(items, t);
    if (inf >= 0 && infinitiveUnrealized(items, inf)) return true;
    // "a planned summit", "future negotiations": the modifier sits right before the noun.
    if (anyPhraseIn(items, Math.max(c, t - 3), t, UNREALIZED_MODIFIERS) && !hostedRound(items, t)) return true;
    // "A meeting between them has yet to take place": the noun opens its clause (not when it sits
    // in a prepositional phrase: "after talks that ran past their scheduled hour")
    if (!hasPredicateBetween(items, c, t) && !afterPreposition(items, c, t)) {
      if (anyPhraseIn(items, end, Math.min(items.length, end + 40), NON_OCCURRENCE)) return true;
      // "talks between them would resume next month", "a summit is planned for May"
      for (let k = end; k < Math.min(items.length, end + 14) && !isComma(items[k]); k++) {
        if (isModal(items, k) || (items[k].kind === 'word' && AFTER_NOUN_PLANS.has(items[k].lower))) return true;
      }
    }
  }
  return false;
}

const HOSTING = new Set(['hosted', 'hosting', 'hosts', 'convened', 'convening']);

/** "hosting a new round of talks", "held a new round of talks": a round that takes place. */
function hostedRound(items: Item[], t: number): boolean {
  const k = t - 3;
  if (!(isWord(items[k], 'new') && isWord(items[k + 1], 'round') && isWord(items[k + 2], 'of'))) return false;
  const verb = items[k - 2];
  if (!isWord(items[k - 1], 'a', 'another', 'the') || verb?.kind !== 'word') return false;
  return HOSTING.has(verb.lower) || HELD_VERBS.some((p) => p.length === 1 && p[0] === verb.lower && verb.lower !== 'hold' && verb.lower !== 'have');
}

function afterPreposition(items: Item[], c: number, t: number): boolean {
  for (let k = t - 1; k >= Math.max(c, t - 4); k--) {
    const it = items[k];
    if (it.kind !== 'word') return false;
    if (PREPOSITIONS.has(it.lower)) return true;
  }
  return false;
}

function hasPredicateBetween(items: Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind === 'word' && (isPredicateWord(it.lower) || AUXILIARIES.has(it.lower))) return true;
  }
  return false;
}

/** "refused to meet" is caught by the cues; a bare infinitive is unrealized unless its governor states a fact. */
function infinitiveUnrealized(items: Item[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && items[k].kind === 'word' && ADVERBS.has(items[k].lower)) k--;
  if (!isWord(items[k], 'to')) return false;
  for (let g = Math.max(0, k - 4); g < k; g++) {
    for (const p of REALIZED_INFINITIVE_GOVERNORS) if (matchesAt(items, g, p)) return false;
  }
  // "summoned a senior Chilean diplomat to protest": the summons is the protest
  for (let g = Math.max(0, k - 7); g < k; g++) if (isWord(items[g], 'summoned', 'summons', 'summoning') && !isUnrealizedSummons(items, g)) return false;
  return true;
}

function isUnrealizedSummons(items: Item[], g: number): boolean {
  return isWord(items[g - 1], 'to', 'will', 'would', 'could', 'might', 'not');
}

/** "to open talks", "to hold a summit": the verb of an infinitive whose object is the noun at t. */
function infinitiveBefore(items: Item[], t: number): number {
  for (let k = t - 2; k >= Math.max(0, t - 4); k--) {
    if (isWord(items[k], 'to') && /^[a-z]/.test(items[k + 1].text) && !DETERMINERS.has(items[k + 1].lower)) return k + 1;
    if (items[k].kind !== 'word' || PREPOSITIONS.has(items[k].lower)) return -1;
  }
  return -1;
}
