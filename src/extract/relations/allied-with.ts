// ALLIED_WITH between states (and organizations): "an alliance between A and B", "A's alliance
// with B", "A and B signed a partnership treaty", "A is an ally of B", "B, A's closest ally",
// "A has supplied B with drones", "A's fighters battled alongside B's troops". Agreements that end
// or calm a dispute are not alliances; leaders who sign one stand for their states.
import { accusedBefore, clauseStart, isPassive, isUnrealized, mainSubject, subjectOf } from './clauses';
import { emit, type Firing, homeOf, mostSalientState, refsOfAll, type SentenceContext, typeOfId } from './context';
import type { Item } from './items';
import { AUXILIARIES, DETERMINERS, FIGHT_VERBS, isAdverb, NOT_ALLIANCE, SUPPLY_OBJECTS, type Trigger } from './lexicon';
import { isComma, isHyphen, isWord, type NounPhrase, readPhrase, readPhraseBefore, readPhraseList } from './phrases';

const ALLIANCE_PREDICATES = new Set([
  'signed', 'sign', 'signs', 'bound', 'tied', 'linked', 'formed', 'form', 'forged', 'concluded', 'sealed', 'have', 'has', 'had', 'are', 'were', 'is', 'was', 'became', 'become', 'remain', 'remained', 'remains', 'renewed', 'reaffirmed', 'upgraded', 'cemented', 'deepened', 'strengthened',
]);
const REACH = 10;

/**
 * States a phrase stands for in an alliance: a state or organization itself, the rulers'
 * states, and with `leaders` a signing leader's state. "An ally of Orlov" is a personal
 * ally, so the ally forms pass `leaders = false`.
 */
function allianceParties(ctx: SentenceContext, phrases: readonly NounPhrase[], leaders = true): string[] {
  const ids: string[] = [];
  for (const p of phrases) {
    if (p.kind === 'role') {
      ids.push(...p.roleOf.filter((r) => r.entityType !== 'Person').map((r) => r.entityId!));
      continue;
    }
    if (p.kind === 'entity' && p.refs[0].entityType === 'Person') {
      if (!leaders) continue;
      const state = p.inner.find((r) => r.entityType === 'State') ?? homeOf(ctx, p.refs[0].entityId!);
      if (state && state.entityType === 'State') ids.push(state.entityId!);
      else if (!state) ids.push(...stateInFocus(ctx, p.refs[0].entityId!));
      continue;
    }
    // leaders referred to as a group stand for their states too ("the two signed a pact")
    for (const id of refsOfAll(ctx, [p], 'party')) {
      if (typeOfId(ctx, id) !== 'Person') ids.push(id);
      else if (leaders) {
        const home = homeOf(ctx, id);
        if (home?.entityType === 'State') ids.push(home.entityId!);
      }
    }
  }
  return [...new Set(ids)];
}

const HEAD_OF_STATE_TITLES = new Set(['president', 'minister', 'premier', 'king', 'emir', 'chancellor']);

/**
 * "President X" with no country named anywhere: in a story about one country, its own head of
 * state goes without a demonym. The document's most mentioned state stands in.
 */
function stateInFocus(ctx: SentenceContext, personId: string): string[] {
  const titled = ctx.d.sentences.some((items) =>
    items.some((it, k) => it.entityId === personId && it.mention?.kind === 'name' && isWord(items[k - 1], ...HEAD_OF_STATE_TITLES)),
  );
  if (!titled) return [];
  const best = mostSalientState(ctx);
  return best ? [best] : [];
}

/** Alliances in the guide's sense bind states: a pair needs at least one state in it. */
function emitAlliance(ctx: SentenceContext, a: string, b: string, why: Firing): void {
  if (typeOfId(ctx, a) !== 'State' && typeOfId(ctx, b) !== 'State') return;
  emit(ctx, 'ALLIED_WITH', a, b, why);
  // remembered for "that cooperation was condemned" in a later sentence
  const last = ctx.d.lastAlliance;
  if (last?.sentence === ctx.s) last.ids = [...new Set([...last.ids, a, b])];
  else ctx.d.lastAlliance = { sentence: ctx.s, ids: [a, b] };
}

function emitAlliancePairs(ctx: SentenceContext, ids: readonly string[], why: Firing): void {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) emitAlliance(ctx, unique[i], unique[j], why);
}


function firing(items: Item[], t: number, end: number, rule: string, confidence: number): Firing {
  return { rule: `allied_with:${rule}`, trigger: items.slice(t, end).map((i) => i.text).join(' '), confidence };
}

export function alliedByNoun(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  // "treaty allies": the head noun speaks for the phrase.
  if (items[end]?.kind === 'word' && /^(?:ally|allies|alliance|partnership|pact|treaty)$/.test(items[end].lower)) return;
  for (let k = Math.max(0, t - 4); k <= Math.min(items.length - 1, end + 1); k++) {
    if (items[k].kind === 'word' && NOT_ALLIANCE.has(items[k].lower)) return;
  }
  const c = clauseStart(items, t);
  if (isUnrealized(items, c, t, end, 'noun')) return;
  const why = firing(items, t, end, trig.rule, trig.confidence);

  // "ties between Pyongyang and Moscow had been raised to the level of an alliance"
  for (let k = c; k < items.length; k++) {
    if (k > t + REACH) break;
    // ", has also played a role between A and B": the pair of another clause
    if (k >= end && items[k].kind === 'punct' && !isHyphen(items[k])) break;
    if (isWord(items[k], 'between')) {
      const ids = allianceParties(ctx, readPhraseList(items, k + 1).phrases);
      if (ids.length >= 2) return emitAlliancePairs(ctx, ids, why);
    }
  }

  // "A is bound to B and C by a 1990 treaty", "A remains tied to B through the partnership"
  const bound = boundTo(ctx, c, t);
  if (bound) {
    for (const a of bound.own) for (const b of bound.partners) emitAlliance(ctx, a, b, why);
    if (bound.own.length && bound.partners.length) return;
  }

  // "the defense treaty the two countries signed"
  const signers = signersAfter(ctx, end);
  if (signers.length >= 2) return emitAlliancePairs(ctx, signers, why);

  const subject = subjectOf(items, t);
  const subjectBefore = subject && subject.phrases.every((p) => p.end <= t) ? subject.phrases : [];

  // "A has deployed troops to B under a security agreement", "a body the two set up under a defense pact"
  const under = underBefore(items, t);
  if (under >= 0) {
    const own = allianceParties(ctx, subjectBefore);
    const hosted = hostedForces(items, subject?.clause ?? c, under).filter((id) => !own.includes(id));
    if (own.length && hosted.length) {
      for (const a of own) for (const b of hosted) emitAlliance(ctx, a, b, why);
      return;
    }
    const ids = [...own, ...partnersBetween(ctx, subject?.clause ?? c, under)];
    if (new Set(ids).size >= 2) return emitAlliancePairs(ctx, ids, why);
  }

  // "X, their common treaty ally": X is the ally of each of them
  if (/^all(?:y|ies)$/.test(items[t].lower) && possessivePronounBefore(items, t, 'their')) {
    const head = appositionHead(ctx, t);
    if (head) {
      const theirs = allianceParties(ctx, mainSubject(items, t)).filter((id) => !head.includes(id));
      for (const a of head) for (const b of theirs) emitAlliance(ctx, a, b, why);
      if (theirs.length) return;
    }
  }

  // "its alliance with Russia", "signed a defense accord with Russia"
  const withAt = wordAfter(items, end, 'with');
  if (withAt >= 0) {
    const others = allianceParties(ctx, readPhraseList(items, withAt + 1).phrases);
    const own = possessor(items, t) ?? allianceParties(ctx, signingAccused(items, t) ?? subjectBefore);
    for (const a of own) for (const b of others) emitAlliance(ctx, a, b, why);
    return;
  }

  // "A is a major ally of B", "A and B are treaty allies of C"
  if (/^all(?:y|ies)$/.test(items[t].lower) && isWord(items[end], 'of')) {
    const others = allianceParties(ctx, readPhraseList(items, end + 1).phrases, false);
    const own = appositionHead(ctx, t) ?? allianceParties(ctx, subjectBefore, false);
    for (const a of own) for (const b of others) emitAlliance(ctx, a, b, why);
    return;
  }

  // "the US-Japan alliance"
  const compound = compoundBefore(items, t);
  if (compound.length === 2) return emitAlliancePairs(ctx, allianceParties(ctx, compound), why);

  // "Russia's ally Belarus", "its allies Japan and South Korea"
  const owner = possessor(items, t);

  // "the regime's allies in Minsk and Tehran", "Perez's allies in Caracas": the capitals stand
  // for their states; a leader owner for his state
  if (owner && /^all(?:y|ies)$/.test(items[t].lower) && isWord(items[end], 'in')) {
    const list = readPhraseList(items, end + 1).phrases;
    const partners = list.every((p) => p.kind === 'entity' && p.refs.every((r) => r.entityType === 'State'))
      ? allianceParties(ctx, list, false)
      : [];
    const own = owner.flatMap((id) => {
      if (typeOfId(ctx, id) !== 'Person') return [id];
      const home = homeOf(ctx, id);
      if (!home) return stateInFocus(ctx, id);
      return home.entityType === 'State' ? [home.entityId!] : [];
    });
    for (const a of own) for (const b of partners) if (a !== b) emitAlliance(ctx, a, b, why);
    if (own.length && partners.length) return;
  }
  const named = /^all(?:y|ies)$/.test(items[t].lower) ? readPhraseList(items, end).phrases.filter((p) => p.kind === 'entity') : [];
  if (named.length) {
    const own = owner ?? (isWord(items[t - 1], 'its', 'their') || isWord(items[t - 2], 'its', 'their') ? allianceParties(ctx, subjectBefore, false) : []);
    const partners = allianceParties(ctx, named, false);
    for (const a of own) for (const b of partners) emitAlliance(ctx, a, b, why);
    if (own.length) return;
  }

  // "Washington, Israel's closest ally," / "A is B's ally"
  if (owner && /^all(?:y|ies)$/.test(items[t].lower)) {
    // a leader called a state's ally stands for his state ("Lukashenko, Russia's closest ally");
    // one called a person's ally does not ("Halvorsen, Orlov's ally")
    const ofState = owner.every((id) => typeOfId(ctx, id) === 'State');
    const own = appositionHead(ctx, t, ofState) ?? allianceParties(ctx, subjectBefore, ofState);
    for (const a of own) for (const b of owner) emitAlliance(ctx, a, b, why);
    // "A and B are NATO allies": fellow members of an alliance are allies of each other
    if (items[t].lower === 'allies' && owner.every((id) => typeOfId(ctx, id) === 'Organization') && predicateOrApposition(items, subjectBefore[subjectBefore.length - 1]?.end ?? t, t)) {
      emitAlliancePairs(ctx, allianceParties(ctx, subjectBefore), why);
    }
    return;
  }

  // "A and B signed a partnership treaty", "Sweden and Finland, now treaty allies,"
  if (subjectBefore.length && predicateOrApposition(items, subjectBefore[subjectBefore.length - 1].end, t)) {
    const ids = allianceParties(ctx, subjectBefore);
    if (ids.length >= 2) emitAlliancePairs(ctx, ids, why);
  }
}

const BOUND_WORDS = new Set(['bound', 'tied', 'linked']);
const BOUND_MEANS = new Set(['by', 'through', 'under', 'via', 'in']);
const BOUND_REACH = 14;

/**
 * "A is bound to B (and C) by/through <agreement>": the subject of "bound" and the list after
 * "to" are the parties; the agreement noun must follow the list within a short stretch, after
 * one of by/through/under/via/in (possibly inside an apposition naming the agreement).
 */
function boundTo(ctx: SentenceContext, c: number, t: number): { own: string[]; partners: string[] } | null {
  const { items } = ctx;
  // the agreement may sit in an apposition after the means ("by the Lisbon Accord, a defence pact"),
  // which starts a clause of its own: look back from the clause start too
  for (let k = Math.max(0, Math.min(c, t - BOUND_REACH - 4)); k < t; k++) {
    if (!(items[k].kind === 'word' && BOUND_WORDS.has(items[k].lower) && isWord(items[k + 1], 'to'))) continue;
    const list = readPhraseList(items, k + 2);
    if (!list.phrases.length || !(items[list.end]?.kind === 'word' && BOUND_MEANS.has(items[list.end].lower))) continue;
    if (t - list.end > BOUND_REACH || items.slice(list.end, t).some((it) => (it.kind === 'punct' && !isComma(it) && !isHyphen(it)) || isWord(it, 'and', 'but', 'while', 'which', 'who', 'that'))) continue;
    const subject = subjectOf(items, k);
    if (!subject || isUnrealized(items, subject.clause, k, k + 1, 'verb')) return null;
    return { own: allianceParties(ctx, subject.phrases), partners: allianceParties(ctx, list.phrases) };
  }
  return null;
}

/** "accused Y of failing to consult before signing a pact with Z": Y signs, not the accuser. */
function signingAccused(items: Item[], t: number): NounPhrase[] | null {
  for (let k = t - 1; k >= Math.max(1, t - 6); k--) {
    if (items[k].kind === 'punct') return null;
    if (items[k].kind === 'word' && SIGN_VERBS.has(items[k].lower.replace(/ing$/, 'ed')) && /ing$/.test(items[k].lower)) {
      const accused = accusedBefore(items, k);
      return accused ? [accused] : null;
    }
  }
  return null;
}

const SIGN_VERBS = new Set(['signed', 'concluded', 'forged', 'sealed', 'struck', 'ratified', 'renewed', 'agreed', 'inked']);

/** "the treaty (that) the two countries signed [with C]": the parties of a reduced relative clause. */
function signersAfter(ctx: SentenceContext, end: number): string[] {
  const { items } = ctx;
  let k = end;
  if (isWord(items[k], 'that', 'which')) k++;
  const list = readPhraseList(items, k);
  if (list.phrases.length === 0) return [];
  let v = list.end;
  while (v < items.length && items[v].kind === 'word' && (AUXILIARIES.has(items[v].lower) || isAdverb(items[v].lower))) v++;
  if (!(items[v]?.kind === 'word' && SIGN_VERBS.has(items[v].lower))) return [];
  const ids = allianceParties(ctx, list.phrases);
  if (isWord(items[v + 1], 'with')) ids.push(...allianceParties(ctx, readPhraseList(items, v + 2).phrases));
  return [...new Set(ids)];
}

/** "under a 2014 defense agreement": index of "under" a few modifiers before the noun, else -1. */
function underBefore(items: Item[], t: number): number {
  for (let k = t - 1; k >= Math.max(0, t - 5); k--) {
    if (isWord(items[k], 'under')) return k;
    if (items[k].kind !== 'word' && !isHyphen(items[k])) return -1;
  }
  return -1;
}

const HOST_WORDS = ['hosts', 'hosted', 'hosting', 'host', 'houses', 'housed', 'stations', 'stationed'];

/** Entities after "to"/"with" between the clause start and `before` ("deployed troops to B under ..."). */
function partnersBetween(ctx: SentenceContext, from: number, before: number): string[] {
  const { items } = ctx;
  const ids: string[] = [];
  for (let k = from; k < before; k++) {
    if (isWord(items[k], 'to', 'with') && items[k + 1]?.kind === 'ent') ids.push(...allianceParties(ctx, readPhraseList(items, k + 1).phrases));
  }
  return ids;
}

/** "hosts British and American forces under ...": the states whose troops the subject hosts. */
function hostedForces(items: Item[], from: number, before: number): string[] {
  const ids: string[] = [];
  for (let k = from; k < before; k++) {
    if (!isWord(items[k], ...HOST_WORDS)) continue;
    for (let q = k + 1; q < before; q++) if (items[q].entityType === 'State' && items[q].mention?.kind === 'demonym') ids.push(items[q].entityId!);
  }
  return ids;
}

function possessivePronounBefore(items: Item[], t: number, pronoun: string): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    if (items[k].lower === pronoun) return true;
    if (items[k].kind !== 'word') return false;
  }
  return false;
}

/** "the US-Japan alliance": two entities joined by a hyphen right before the noun. */
function compoundBefore(items: Item[], t: number): NounPhrase[] {
  let k = t - 1;
  while (k >= 0 && items[k].kind === 'word' && /^[a-z]/.test(items[k].text) && t - k <= 3 && !DETERMINERS.has(items[k].lower)) k--;
  const b = items[k];
  const a = items[k - 2];
  if (b?.kind !== 'ent' || a?.kind !== 'ent' || !isHyphen(items[k - 1]) || a.entityId === b.entityId) return [];
  const one = (it: Item, at: number): NounPhrase => ({ start: at, end: at + 1, kind: 'entity', refs: [it], inner: [it], roleOf: [] });
  return [one(a, k - 2), one(b, k)];
}

function wordAfter(items: Item[], from: number, word: string): number {
  for (let k = from; k < Math.min(items.length, from + 4); k++) {
    if (isWord(items[k], word)) return k;
    if (items[k].kind !== 'word') return -1;
  }
  return -1;
}

/** "Israel's closest ally" / "Kremlin ally Belarus" → the owner; "its alliance" → null (the caller uses the subject). */
function possessor(items: Item[], t: number): string[] | null {
  if (items[t - 1]?.kind === 'ent' && items[t - 1].mention?.kind !== 'pronoun' && !isHyphen(items[t - 2])) return [items[t - 1].entityId!];
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const it = items[k];
    if (it.lower === "'s" && items[k - 1]?.kind === 'ent') return [items[k - 1].entityId!];
    if (it.kind === 'ent' && it.mention?.kind === 'pronoun') return [it.entityId!];
    if (it.kind !== 'word') return null;
  }
  return null;
}

/** "Washington, Israel's closest ally,": the phrase an apposition describes. */
function appositionHead(ctx: SentenceContext, t: number, leaders = false): string[] | null {
  const { items } = ctx;
  for (let k = t - 1; k >= Math.max(0, t - 6); k--) {
    if (isComma(items[k])) {
      // "Cuba and Nicaragua, Caracas's closest allies,": the whole list the apposition follows
      const subject = subjectOf(items, k);
      const list = subject && subject.phrases.length && subject.phrases[subject.phrases.length - 1].end === k ? subject.phrases : null;
      const head = list ?? [readPhraseBefore(items, k)].filter((p): p is NounPhrase => p !== null);
      const ids = allianceParties(ctx, head, leaders);
      return ids.length ? ids : null;
    }
    if (items[k].kind === 'punct') return null;
  }
  return null;
}

function predicateOrApposition(items: Item[], from: number, t: number): boolean {
  for (let k = from; k < t; k++) {
    const it = items[k];
    if (isComma(it) && k === from) return true;
    if (it.kind === 'word' && ALLIANCE_PREDICATES.has(it.lower)) return true;
  }
  return false;
}

const SUPPLY_REACH = 8;

/** "Iran has supplied Russia with drones", "shipped missiles to Russia": arms already supplied. */
export function alliedBySupply(ctx: SentenceContext, t: number): void {
  const { items } = ctx;
  if (isPassive(items, t)) return;
  const subject = subjectOf(items, t);
  if (!subject) return;
  const c = subject.clause;
  if (isUnrealized(items, c, t, t + 1, 'verb') && !deliveriesArrived(items, t)) return;
  const suppliers = allianceParties(ctx, subject.phrases);
  if (suppliers.length === 0) return;
  let recipients: string[] = [];
  const direct = readPhraseList(items, t + 1);
  const first = items[t + 1];
  if (direct.phrases.length && isWord(items[direct.end], 'with') && supplyObjectWithin(items, direct.end + 1)) {
    recipients = allianceParties(ctx, direct.phrases);
  } else if (first?.kind === 'ent' && first.entityType !== 'Person' && supplyObjectWithin(items, t + 2)) {
    // "sent Ukraine hundreds of armored vehicles"
    recipients = [first.entityId!];
  } else if (supplyObjectWithin(items, t + 1)) {
    for (let k = t + 1; k < Math.min(items.length, t + 1 + SUPPLY_REACH + 4); k++) {
      if (isWord(items[k], 'to')) {
        // "sent troops to fight for Russia"
        const forAt = isWord(items[k + 1], 'fight', 'help', 'support', 'assist', 'serve') ? [k + 2, k + 3].find((f) => isWord(items[f], 'for', 'alongside', 'with')) : undefined;
        recipients = allianceParties(ctx, readPhraseList(items, forAt !== undefined ? forAt + 1 : k + 1).phrases);
        break;
      }
      if (items[k].kind === 'punct' && !isHyphen(items[k]) && !/^\d/.test(items[k + 1]?.text ?? '')) break;
    }
  }
  const why = firing(items, t, t + 1, 'supply', 0.7);
  for (const a of suppliers) for (const b of recipients) emitAlliance(ctx, a, b, why);
}

const DELIVERY_NOUNS = new Set(['deliveries', 'delivery', 'shipments', 'shipment', 'consignment', 'consignments']);
const ARRIVAL_VERBS = new Set(['arrived', 'began', 'started', 'reached', 'landed', 'followed']);

/** "agreed to supply Y with radars, and the first deliveries arrived last year": the plan came true. */
function deliveriesArrived(items: Item[], t: number): boolean {
  for (let k = t + 1; k < items.length - 1; k++) {
    if (items[k].kind === 'word' && DELIVERY_NOUNS.has(items[k].lower) && ARRIVAL_VERBS.has(items[k + 1].lower)) return true;
  }
  return false;
}

const RECEIPT_VERBS = new Set(['received', 'receives', 'receiving', 'obtained']);
export const isReceiptVerb = (lw: string): boolean => RECEIPT_VERBS.has(lw);

/** "Ukraine received air defense systems from Germany": the same supply, told from the other side. */
export function alliedByReceipt(ctx: SentenceContext, t: number): void {
  const { items } = ctx;
  if (isPassive(items, t) || !supplyObjectWithin(items, t + 1)) return;
  let from = -1;
  for (let k = t + 1; k < Math.min(items.length, t + 1 + SUPPLY_REACH + 2); k++) {
    if (isWord(items[k], 'from')) {
      from = k;
      break;
    }
    if (items[k].kind === 'punct') return;
  }
  if (from < 0) return;
  const subject = subjectOf(items, t);
  if (!subject || isUnrealized(items, subject.clause, t, t + 1, 'verb')) return;
  const recipients = allianceParties(ctx, subject.phrases);
  const suppliers = allianceParties(ctx, readPhraseList(items, from + 1).phrases);
  const why = firing(items, t, t + 1, 'supply-received', 0.7);
  for (const a of suppliers) for (const b of recipients) emitAlliance(ctx, a, b, why);
}

function supplyObjectWithin(items: Item[], from: number): boolean {
  for (let k = from; k < Math.min(items.length, from + SUPPLY_REACH); k++) {
    if (items[k].kind === 'word' && SUPPLY_OBJECTS.has(items[k].lower)) return true;
    const digitsComma = items[k].text === ',' && /^\d/.test(items[k - 1]?.text ?? '') && /^\d/.test(items[k + 1]?.text ?? '');
    if (items[k].kind === 'punct' && items[k].text !== '-' && !digitsComma) return false;
  }
  return false;
}

/** "Fighters from Russia's private army have fought alongside Syrian troops". */
export function alliedByFighting(ctx: SentenceContext, t: number): void {
  const { items } = ctx;
  let verb = -1;
  for (let k = t - 1; k >= Math.max(0, t - 5); k--) if (items[k].kind === 'word' && FIGHT_VERBS.has(items[k].lower)) verb = k;
  if (verb < 0) return;
  const subject = subjectOf(items, verb);
  if (!subject || isUnrealized(items, subject.clause, verb, verb + 1, 'verb')) return;
  const partner = readPhrase(items, t + 1);
  if (!partner) return;
  const a = allianceParties(ctx, subject.phrases);
  const b = allianceParties(ctx, [partner]);
  const why = firing(items, verb, t + 1, 'fought-alongside', 0.7);
  for (const x of a) for (const y of b) emitAlliance(ctx, x, y, why);
}
