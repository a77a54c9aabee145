// MET_WITH: "X met Y", "X and Y met", "X hosted Y and Z", "Y was received by X", "talks between
// X and Y", "X–Y talks", "X held talks with Y", "during a meeting with Y, X ...", "the meeting
// was hosted by Z", "who took part in the meeting". Everyone at one small meeting meets everyone.
import { clauseStart, isPassive, isUnrealized, mainSubject, passiveAgent, subjectOf } from './clauses';
import { emit, emitPairs, type Firing, homeOf, type MeetingEvent, objectRefs, refsOfAll, type SentenceContext, typeOfId } from './context';
import type { Item } from './items';
import { insultFollows, labelStart } from './labels';
import { ADVERBS, DETERMINERS, GOVERNMENT_NOUNS, HELD_VERBS, PREPOSITIONS, TIME_WORDS, MEETING_NOUN_INTRODUCERS, PARTICIPATION, TRIGGERS_BY_FIRST_WORD, type Trigger } from './lexicon';
import { isComma, isHyphen, isPredicateWord, isWord, matchesAt, type NounPhrase, readPhrase, readPhraseList } from './phrases';

export const MEETING_NOUNS: ReadonlySet<string> = new Set(
  [...TRIGGERS_BY_FIRST_WORD.values()].flat().filter((t) => t.relation === 'MET_WITH' && t.part === 'noun').map((t) => t.words.join(' ')),
);
const PERSONAL_RULES = new Set(['host', 'visit', 'brief']);
const GROUP_MEETING_RULES = new Set(['meet', 'discuss', 'phone-call', 'negotiate']);
const EVENT_MEMORY = 6;
const MEAL_NOUNS = new Set(['dinner', 'lunch', 'luncheon', 'breakfast', 'banquet', 'reception', 'ceremony']);
const JOINT_WORDS = new Set(['trilateral', 'three-way', 'four-way', 'joint', 'together', 'quadrilateral']);
const CALL_NOUNS = new Set(['call', 'phone call', 'telephone call', 'video call']);
const TOPIC_VERBS = new Set(['discussed', 'discuss', 'discusses', 'discussing', 'welcomed', 'welcomes', 'praised', 'hailed', 'reviewed', 'criticized', 'condemned', 'described', 'called', 'dismissed']);

function firing(items: Item[], t: number, end: number, trig: Trigger, suffix = ''): Firing {
  return { rule: `met_with:${trig.rule}${suffix}`, trigger: items.slice(t, end).map((i) => i.text).join(' '), confidence: trig.confidence };
}

export function metWithByVerb(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  // "After meeting Y, X said": a predicate in a fronted phrase belongs to the subject after it.
  const subject = subjectOf(items, t) ?? subjectOf(items, t, true);
  const c = subject?.clause ?? clauseStart(items, t);
  if (isUnrealized(items, c, t, end, 'verb')) return;
  const personal = PERSONAL_RULES.has(trig.rule);
  const keep = (ids: string[]): string[] => (personal ? ids.filter((id) => typeOfId(ctx, id) === 'Person') : ids);

  if (trig.words.length === 1 && isPassive(items, t)) {
    // "Y was received by X"; "The meeting was hosted by X and attended by Z".
    let agents = passiveAgent(items, end);
    const more = alsoBy(items, agents.length ? agents[agents.length - 1].end : end);
    agents = [...agents, ...more];
    const agentIds = keep(refsOfAll(ctx, agents, 'party'));
    const meetingRef = subject?.phrases.length === 1 && isMeetingReference(subject.phrases[0]);
    const guests = meetingRef ? lastMeeting(ctx) : subject ? keep(refsOfAll(ctx, subject.phrases, 'party')) : [];
    if (agentIds.length === 0 || guests.length === 0) return;
    const participants = [...guests, ...agentIds];
    remember(ctx, participants);
    emitPairs(ctx, 'MET_WITH', participants, firing(items, t, end, trig, ':passive'));
    return;
  }

  let hosts = subject ? keep(refsOfAll(ctx, subject.phrases, 'party')) : [];
  // "a joint committee of the three countries met": the body's members met each other
  if (hosts.length === 0 && subject?.phrases.length === 1 && GROUP_MEETING_RULES.has(trig.rule)) hosts = membersOfBody(ctx, subject.phrases[0]);
  if (hosts.length === 0) return;
  // "the two leaders sat down together, where Z joined them for coffee": Z joins the meeting just
  // told ("joined them in condemning ..." joins a stance, not a meeting)
  if (trig.rule === 'join') {
    if (isWord(items[end], 'in') && /ing$/.test(items[end + 1]?.lower ?? '')) return;
    const m = ctx.d.meetings[ctx.d.meetings.length - 1];
    const earlier = m && ctx.s - m.sentence <= 1 ? m.participants.filter((id) => !hosts.includes(id)) : [];
    for (const h of hosts) for (const g of earlier) emit(ctx, 'MET_WITH', h, g, firing(items, t, end, trig));
    if (earlier.length) remember(ctx, [...earlier, ...hosts]);
    return;
  }
  let k = end;
  while (k < items.length && items[k].kind === 'word' && ADVERBS.has(items[k].lower)) k++;
  const objects = readPhraseList(items, k);
  if (trig.rule === 'call' && !isPhoneCall(ctx, objects.phrases, objects.end)) return;
  // "hosted a dinner for Y": the guests of the meal
  const first = objects.phrases[0];
  if (trig.rule === 'host' && first?.kind === 'none' && first.headWord && MEAL_NOUNS.has(first.headWord) && isWord(items[first.end], 'for')) {
    const guests = keep(objectRefs(ctx, readPhraseList(items, first.end + 1).phrases, hosts)).filter((id) => !hosts.includes(id));
    for (const h of hosts) for (const g of guests) emit(ctx, 'MET_WITH', h, g, firing(items, t, end, trig, ':meal'));
    return;
  }
  // "welcomed X's election" is not a meeting with X: only named participants count.
  const later = items[end - 1].lower === 'with' ? laterWith(items, objects.end) : [];
  // "negotiated the release of Y": what is negotiated is never a party ("negotiated a deal with Y" is)
  // ("the FCA rebels", "NLA negotiators": members named after their body stand for it)
  const named = trig.rule === 'negotiate' ? [] : [...objects.phrases, ...later].filter((p) => p.kind !== 'owner' || namedMembers(items, p));
  let guests = keep(objectRefs(ctx, named, hosts)).filter((id) => !hosts.includes(id));
  const why = firing(items, t, end, trig);
  const topicIsMeeting = objects.phrases.some((p) => p.headWord !== undefined && MEETING_NOUNS.has(p.headWord));
  if (guests.length === 0 && GROUP_MEETING_RULES.has(trig.rule) && !topicIsMeeting) {
    // "discussed the war with Y"
    const withAt = findAfter(items, objects.end, 'with');
    if (withAt >= 0) guests = objectRefs(ctx, withList(items, withAt), hosts).filter((id) => !hosts.includes(id));
  }
  if (guests.length === 0) {
    // "Holloway and Kim met again", "the two governments discussed ...": the subjects met each other.
    const noEntityObject = objects.phrases.every((p) => p.kind === 'none');
    // "A and his wife B met supporters": whom they met is the object, not each other
    const metOthers = trig.rule === 'meet' && objects.phrases.some((p) => p.headWord !== undefined && !MEETING_TIME_HEADS.has(p.headWord) && !TIME_WORDS.has(p.headWord) && !MEETING_NOUNS.has(p.headWord));
    if (noEntityObject && !metOthers && hosts.length >= 2 && GROUP_MEETING_RULES.has(trig.rule)) {
      remember(ctx, hosts);
      emitPairs(ctx, 'MET_WITH', hosts, why);
    }
    return;
  }
  const separate = objects.phrases.some((p) => isWord(items[p.start], 'each'));
  for (const h of hosts) for (const g of guests) emit(ctx, 'MET_WITH', h, g, why);
  // "held talks with B and C in a three-way meeting": one meeting after all
  const joint = items.some((it) => it.kind === 'word' && JOINT_WORDS.has(it.lower));
  if ((trig.together || joint) && !separate && later.length === 0) emitPairs(ctx, 'MET_WITH', guests, why);
  remember(ctx, [...hosts, ...guests]);
}

const MEETING_TIME_HEADS = new Set(['week', 'weeks', 'day', 'days', 'month', 'months', 'year', 'years', 'time', 'times', 'night', 'morning', 'afternoon', 'evening', 'hour', 'hours', 'minutes', 'weekend', 'again', 'twice', 'once', 'privately', 'briefly', 'today', 'yesterday']);

const BODY_NOUNS = new Set(['committee', 'commission', 'panel', 'delegations', 'delegates', 'representatives', 'envoys', 'negotiators', 'officials', 'ministers', 'teams']);

/** "a follow-up committee of the three countries", "officials of A and B": the states behind the body. */
function membersOfBody(ctx: SentenceContext, p: NounPhrase): string[] {
  const { items } = ctx;
  for (let k = p.start; k < p.end - 1; k++) {
    if (!(items[k].kind === 'word' && BODY_NOUNS.has(items[k].lower) && isWord(items[k + 1], 'of'))) continue;
    const members = readPhraseList(items, k + 2);
    if (members.end !== p.end) return [];
    const ids = refsOfAll(ctx, members.phrases, 'party').filter((id) => typeOfId(ctx, id) === 'State');
    return ids.length >= 2 ? ids : [];
  }
  return [];
}

/**
 * "... met in Riyadh, where A, B and C reviewed progress": people named in a "where" clause right
 * after a meeting took part in it together.
 */
export function metWithAtWhere(ctx: SentenceContext, w: number): void {
  const { items } = ctx;
  if (!isComma(items[w - 1])) return;
  const m = ctx.d.meetings[ctx.d.meetings.length - 1];
  const met = m && m.sentence === ctx.s ? m.participants.filter((id) => typeOfId(ctx, id) === 'Person') : null;
  // "Y was summoned to the ministry, where Z condemned ...": Y met whoever received him there
  const summoned = met ? [] : summonedBefore(ctx, w);
  if (!met && summoned.length === 0) return;
  const list = readPhraseList(items, w + 1);
  const verb = items[list.end];
  if (verb?.kind !== 'word' || !/^[a-z]+ed$/.test(verb.text) || isUnrealized(items, w + 1, list.end, list.end + 1, 'verb')) return;
  const people = refsOfAll(ctx, list.phrases.filter((q) => q.kind === 'entity'), 'party').filter((id) => typeOfId(ctx, id) === 'Person');
  const why: Firing = { rule: 'met_with:where', trigger: `where ... ${verb.text}`, confidence: 0.7 };
  if (people.length >= 2) emitPairs(ctx, 'MET_WITH', people, why);
  for (const a of summoned) for (const b of people) if (a !== b) emit(ctx, 'MET_WITH', a, b, why);
}

/** "Ambassador Y was summoned to the ministry": Y, the subject of a passive summons before `w`. */
function summonedBefore(ctx: SentenceContext, w: number): string[] {
  const { items } = ctx;
  for (let k = w - 1; k > 0; k--) {
    if (isWord(items[k], 'summoned') && isPassive(items, k)) {
      const subject = subjectOf(items, k);
      return subject ? refsOfAll(ctx, subject.phrases, 'party').filter((id) => typeOfId(ctx, id) === 'Person') : [];
    }
    if (items[k].kind === 'punct' && !isComma(items[k])) return [];
  }
  return [];
}

const CALL_FOLLOWERS = new Set(['on', 'to', 'after', 'before', 'last', 'late', 'earlier', 'and', 'shortly', 'hours', 'days', 'from', 'twice', 'again', 'back', 'this', 'that']);

/**
 * "X called Y on Monday", "had also called Y": a phone call only when one named person is the
 * whole object ("called Y a liar", "called Y's bluff", "called on Y to" are not).
 */
function isPhoneCall(ctx: SentenceContext, objects: readonly NounPhrase[], end: number): boolean {
  if (objects.length !== 1 || objects[0].kind !== 'entity') return false;
  const type = typeOfId(ctx, objects[0].refs[0].entityId!);
  if (type !== 'Person') return false;
  if (insultFollows(ctx.items, labelStart(ctx.items, objects, end))) return false;
  const next = ctx.items[objects[0].end];
  // 'called Y "sleepy"': a quoted label, whatever its words
  if (next?.quoted && !ctx.items[objects[0].end - 1].quoted) return false;
  if (!next || (next.kind === 'punct' && next.text !== '(' && next.text !== '-')) return true;
  if (next.kind !== 'word') return false;
  if (isWord(next, 'to') && ctx.items[end + 1]?.kind === 'word' && /^(?:discuss|congratulate|express|offer|thank|brief|say|ask|urge|invite)/.test(ctx.items[end + 1].lower)) return true;
  return next.lower !== 'to' && (CALL_FOLLOWERS.has(next.lower) || TIME_WORDS.has(next.lower));
}

/** "... and attended by Z", "... and joined by Z" later in the sentence. */
function alsoBy(items: Item[], k: number): NounPhrase[] {
  for (const stop = Math.min(items.length - 3, k + 40); k < stop; k++) {
    if (isWord(items[k], 'and') && isWord(items[k + 1], 'attended', 'joined') && isWord(items[k + 2], 'by')) {
      return readPhraseList(items, k + 3).phrases;
    }
  }
  return [];
}

function isMeetingReference(p: NounPhrase): boolean {
  return p.kind === 'none' && p.headWord !== undefined && MEETING_NOUNS.has(p.headWord) && p.inner.length === 0;
}

function remember(ctx: SentenceContext, participants: string[]): void {
  ctx.d.meetings.push({ sentence: ctx.s, participants: [...new Set(participants)] });
}

function lastMeeting(ctx: SentenceContext): string[] {
  const m: MeetingEvent | undefined = ctx.d.meetings[ctx.d.meetings.length - 1];
  return m && ctx.s - m.sentence <= EVENT_MEMORY ? m.participants : [];
}

export function metWithByNoun(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  // "After meeting X in Cairo, Y flew on": a gerund with an object is the verb.
  if (items[t].lower === 'meeting' && isWord(items[t - 1], 'after', 'before', 'while', 'since', 'on', 'by') && readPhrase(items, end)?.kind === 'entity') {
    return metWithByVerb(ctx, t, end, { ...trig, part: 'verb', rule: 'meet', args: 'object', together: false });
  }
  const c = clauseStart(items, t);
  if (isUnrealized(items, c, t, end, 'noun')) return;
  const why = firing(items, t, end, trig);
  const participants: string[] = [];
  let together = true;

  // "the Holloway–Kim summit", "the past DPRK-US dialogue"
  const compound = compoundBefore(items, t);
  participants.push(...compound);

  // "talks in Beijing between A and B"
  const between = findAfter(items, end, 'between');
  if (between >= 0) {
    const list = readPhraseList(items, between + 1);
    const ids = refsOfAll(ctx, list.phrases, 'party');
    if (ids.length >= 2) participants.push(...ids);
  }

  // "talks with B": the other side is the owner of the talks or the clause's subject;
  // "received a call from B" likewise.
  const fromCall = CALL_NOUNS.has(items.slice(t, end).map((i) => i.lower).join(' ')) && isWord(items[end], 'from');
  const withAt = fromCall ? end : findAfter(items, end, 'with');
  if (participants.length < 2 && withAt >= 0) {
    const list = readPhraseList(items, withAt + 1);
    const phrases = withList(items, withAt);
    const others = refsOfAll(ctx, phrases, 'party');
    // "with B and later with C": two conversations
    if (phrases.length > list.phrases.length || list.phrases.some((p) => isWord(items[p.start], 'each'))) together = false;
    if (isWord(items[t - 1], 'separate') || isWord(items[t - 2], 'separate')) together = false;
    const own = ownerOf(ctx, t);
    if (others.length && own.length) {
      for (const a of own) for (const b of others) emit(ctx, 'MET_WITH', a, b, why);
      // "A and B held talks with C": one meeting of all three
      if (together) emitPairs(ctx, 'MET_WITH', own.length > 1 ? [...own, ...others] : others, why);
      remember(ctx, [...own, ...others]);
    }
    // "A and B wrapped up talks with agreement on ...": nobody after "with", so read on
    if (others.length || list.phrases.some((p) => p.kind !== 'none') || !heldBefore(items, c, t)) return;
  }

  // "X and Y held talks", "their first formal talks", "after tense face-to-face talks"
  if (participants.length < 2 && (heldOrIntroduced(items, c, t) || possessedByPronoun(items, t))) {
    const subject = subjectOf(items, t);
    if (subject && subject.phrases.every((p) => p.end <= t)) {
      const ids = refsOfAll(ctx, subject.phrases, 'party');
      if (ids.length >= 2) participants.push(...ids);
    }
    // "A and B announced the deal at the palace after talks": the main clause's subjects held them
    if (participants.length < 2 && introducedAfter(items, c, t)) {
      const ids = refsOfAll(ctx, mainSubject(items, t), 'party');
      if (ids.length >= 2) participants.push(...ids);
    }
  }

  // "who took part in the meeting": the subject joins the meeting just described.
  if (participants.length === 0 && participatesIn(items, t)) {
    const subject = subjectOf(items, t);
    const joiner = subject ? refsOfAll(ctx, subject.phrases, 'party') : [];
    const earlier = lastMeeting(ctx);
    if (joiner.length && earlier.length) {
      for (const a of joiner) for (const b of earlier) emit(ctx, 'MET_WITH', a, b, why);
      remember(ctx, [...earlier, ...joiner]);
    }
    return;
  }

  if (participants.length < 2) return;
  // ", hosted by Z"
  const hostedBy = findHostedBy(items, end);
  if (hostedBy >= 0) participants.push(...refsOfAll(ctx, readPhraseList(items, hostedBy).phrases, 'party'));
  if (together) emitPairs(ctx, 'MET_WITH', participants, why);
  remember(ctx, participants);
}

const REACH = 10;

const MEMBER_NOUNS = new Set(['rebels', 'fighters', 'militants', 'insurgents', 'negotiators', 'representatives', 'envoys', 'delegates', 'delegation', 'leaders', 'leadership']);

/** "the FCA rebels", "NLA negotiators": a body's members named by a noun right after its name (no "'s"). */
function namedMembers(items: Item[], p: NounPhrase): boolean {
  if (!p.headWord || !MEMBER_NOUNS.has(p.headWord) || p.refs.length !== 1 || p.refs[0].entityType !== 'Organization') return false;
  return !items.slice(p.start, p.end).some((it) => it.lower === "'s");
}

/** The people after "with", and those of a second "..., and later with Z" that adds to the call. */
function withList(items: Item[], withAt: number): NounPhrase[] {
  const list = readPhraseList(items, withAt + 1);
  return [...list.phrases, ...laterWith(items, list.end)];
}

function laterWith(items: Item[], k: number): NounPhrase[] {
  if (isComma(items[k])) k++;
  if (!isWord(items[k], 'and', 'then')) return [];
  k++;
  while (k < items.length && items[k].kind === 'word' && (ADVERBS.has(items[k].lower) || isWord(items[k], 'later', 'then', 'afterwards', 'afterward', 'subsequently'))) k++;
  return isWord(items[k], 'with') ? readPhraseList(items, k + 1).phrases : [];
}

/** Index of `word` after the noun, within reach and inside the clause. */
function findAfter(items: Item[], from: number, word: string): number {
  for (let k = from; k < Math.min(items.length, from + REACH); k++) {
    const it = items[k];
    if (isWord(it, word)) return k;
    if (it.kind === 'punct' && !isHyphen(it)) return -1;
    if (it.kind === 'word' && MEETING_NOUNS.has(it.lower)) return -1;
    if (isWord(it, 'that', 'which', 'who', 'where', 'and', 'but', 'when', 'while')) return -1;
    // "their meeting to deepen ties with Y": the purpose clause has its own object
    if (isWord(it, 'to') && items[k + 1]?.kind === 'word' && !DETERMINERS.has(items[k + 1].lower)) return -1;
  }
  return -1;
}

/** ", hosted by Z" after the participants of a meeting. */
function findHostedBy(items: Item[], from: number): number {
  for (let k = from; k < Math.min(items.length - 2, from + 40); k++) {
    if (isWord(items[k + 1], 'hosted', 'organized', 'organised', 'brokered', 'mediated', 'chaired') && isWord(items[k + 2], 'by')) return k + 3;
    // "talks ..., on the sidelines of a summit hosted by Z": Z hosted the summit, not the talks
    if (items[k + 1]?.kind === 'word' && MEETING_NOUNS.has(items[k + 1].lower)) return -1;
    if (items[k].kind === 'punct' && !isComma(items[k]) && !isHyphen(items[k])) return -1;
  }
  return -1;
}

function compoundBefore(items: Item[], t: number): string[] {
  let k = t - 1;
  while (k >= 0 && items[k].kind === 'word' && !isHyphen(items[k]) && /^[a-z]/.test(items[k].text) && t - k <= 3 && !isWord(items[k], 'and', 'of', 'with', 'between')) {
    // "the A–B talks followed a meeting": a determiner, verb or other meeting noun ends the modifiers
    if (DETERMINERS.has(items[k].lower) || MEETING_NOUNS.has(items[k].lower) || isPredicateWord(items[k].lower)) return [];
    k--;
  }
  const b = items[k];
  const dash = items[k - 1];
  const a = items[k - 2];
  if (b?.kind === 'ent' && isHyphen(dash) && a?.kind === 'ent' && a.entityId !== b.entityId) return [a.entityId!, b.entityId!];
  return [];
}

/** A held verb before the noun: "wrapped up two days of talks". */
function heldBefore(items: Item[], c: number, t: number): boolean {
  for (let k = t - 1; k >= Math.max(c, t - 9); k--) {
    const it = items[k];
    if (it.kind === 'word' && HELD_VERBS.some((p) => k - p.length + 1 >= 0 && matchesAt(items, k - p.length + 1, p))) return true;
    if (it.kind !== 'word') return false;
  }
  return false;
}

/** The noun is what the subject held ("held talks") or sits in a phrase like "after talks". */
function heldOrIntroduced(items: Item[], c: number, t: number): boolean {
  for (let k = t - 1; k >= Math.max(c, t - 9); k--) {
    const it = items[k];
    // multiword forms end at k: "wrapped up (two days of) talks"
    if (it.kind === 'word' && HELD_VERBS.some((p) => k - p.length + 1 >= 0 && matchesAt(items, k - p.length + 1, p))) return true;
    if (MEETING_NOUN_INTRODUCERS.some((p) => matchesAt(items, k, p) && k + p.length <= t)) return !isWord(items[k], 'at');
    if (it.kind === 'ent' || isComma(it)) return false;
  }
  return false;
}

/** "after talks", "following talks": a time phrase right before the noun (modifiers aside). */
function introducedAfter(items: Item[], c: number, t: number): boolean {
  for (let k = t - 1; k >= Math.max(c, t - 4); k--) {
    if (isWord(items[k], 'after', 'following')) return true;
    if (items[k].kind !== 'word' || DETERMINERS.has(items[k].lower) && !isWord(items[k], 'their')) return false;
  }
  return false;
}

function possessedByPronoun(items: Item[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    if (isWord(items[k], 'their')) return true;
    if (items[k].kind !== 'word') return false;
  }
  return false;
}

function participatesIn(items: Item[], t: number): boolean {
  for (let k = Math.max(0, t - 5); k < t; k++) {
    if (!PARTICIPATION.some((p) => matchesAt(items, k, p))) continue;
    // "attended the Arctic Forum leaders' meeting": a named gathering, not the one just described
    for (let q = k + 1; q < t; q++) if (items[q].entityType === 'Organization' || items[q].lower === "'s" || items[q].text === "'") return false;
    return true;
  }
  return false;
}

/**
 * The state behind "his government": the one its person is introduced with, else the one of
 * the person the sentence opens with (the pronoun may have been tied to someone else named).
 */
function governmentOf(ctx: SentenceContext, personId: string, before: number): string[] {
  const own = homeOf(ctx, personId);
  if (own?.entityType === 'State') return [own.entityId!];
  const first = mainSubject(ctx.items, before).flatMap((p) => (p.kind === 'entity' ? p.refs : []));
  const home = first.length === 1 && first[0].entityType === 'Person' ? homeOf(ctx, first[0].entityId!) : undefined;
  return home?.entityType === 'State' ? [home.entityId!] : [];
}

/** Who holds the talks: a possessor ("his own talks", "Kim's meeting") or the clause's subject. */
function ownerOf(ctx: SentenceContext, t: number): string[] {
  const { items } = ctx;
  // "discussed the talks with Y", "welcomed the talks with Y": the talks are only the topic.
  let d = t - 1;
  while (d >= 0 && items[d].kind === 'word' && !TOPIC_VERBS.has(items[d].lower) && !isPredicateWord(items[d].lower) && t - d <= 4) d--;
  if (d >= 0 && items[d].kind === 'word' && TOPIC_VERBS.has(items[d].lower)) return [];
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const it = items[k];
    if (it.lower === "'s" && items[k - 1]?.kind === 'ent') return [items[k - 1].entityId!];
    if (it.kind === 'ent' && it.mention?.kind === 'pronoun') {
      // "as his government opened talks": the state, not the person
      if (items[k + 1]?.kind === 'word' && GOVERNMENT_NOUNS.has(items[k + 1].lower)) return governmentOf(ctx, it.entityId!, k);
      return [it.entityId!];
    }
    // "thanked Britain for its support after talks with Y": the possessor must be the talks' own
    if (it.kind !== 'word' || PREPOSITIONS.has(it.lower)) break;
  }
  const subject = subjectOf(items, t) ?? subjectOf(items, t, true);
  const phrases = subject ? subject.phrases.filter((p) => p.end <= t || p.start > t) : [];
  const ids = refsOfAll(ctx, phrases, 'party');
  // "X announced the deployment after a phone call with Y": a reported object holds no subject,
  // and the call in a time adjunct is the main subject's
  if (ids.length === 0 && timeAdjunct(items, t)) return refsOfAll(ctx, mainSubject(items, t), 'party');
  return ids;
}

const TIME_PREPOSITIONS = new Set(['after', 'following', 'during', 'before']);

/** "after a phone call with", "following talks with": the meeting noun opens a time adjunct. */
function timeAdjunct(items: Item[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const it = items[k];
    if (it.kind !== 'word') return false;
    if (TIME_PREPOSITIONS.has(it.lower)) return true;
    if (!DETERMINERS.has(it.lower) && !/^(?:phone|telephone|video|brief|lengthy|two-hour|hour-long)$/.test(it.lower)) return false;
  }
  return false;
}

