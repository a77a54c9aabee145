// Per-document state shared by the core-relation rules: the sentences as items, how often each
// entity is mentioned (to pick what "the two men" means), recent meetings (for "the meeting
// was hosted by ..."), and the relations found so far.
import type { CoreRelationType, Relation } from '../../model';
import { SYMMETRIC_RELATION_TYPES } from '../../model';
import type { AnalyzedDocument } from '../analysis';
import type { Item } from './items';
import { GOVERNMENT_NOUNS, PLURAL_ROLE_NOUNS, ROLE_NOUNS, SPEECH_VERBS, VOICE_ROLES } from './lexicon';
import { isComma, isWord, type NounPhrase, readPhrase, readPhraseBefore, readPhraseList } from './phrases';

export interface MeetingEvent {
  sentence: number;
  participants: string[];
}

export interface DocContext {
  doc: AnalyzedDocument;
  sentences: Item[][];
  salience: ReadonlyMap<string, number>;
  meetings: MeetingEvent[];
  found: Map<string, Relation>;
  /** Entity id → type. */
  types: ReadonlyMap<string, string>;
  /** Per person, the state or body it was introduced with (filled lazily). */
  homes: Map<string, Item | undefined>;
  /** Act noun → the agents a criticized act was told with ("a visit ... by X"), for "the visit" later. */
  acts?: Map<string, { sentence: number; ids: string[] }>;
  /** The one state whose government the document names, null when none or several (computed once). */
  governed?: string | null;
  /** The parties of the alliances found in the latest sentence that told one. */
  lastAlliance?: { sentence: number; ids: string[] };
  /** Per person, whether a head-of-state or government title introduced it (filled lazily). */
  leaders?: Map<string, boolean>;
}

export function typeOfId(ctx: SentenceContext, id: string): string | undefined {
  return ctx.d.types.get(id);
}

export interface SentenceContext {
  d: DocContext;
  s: number;
  items: Item[];
}

export interface Firing {
  rule: string;
  trigger: string;
  confidence: number;
}

export function emit(ctx: SentenceContext, type: CoreRelationType, source: string, target: string, why: Firing): void {
  if (source === target) return;
  const [a, b] = SYMMETRIC_RELATION_TYPES.has(type) && target < source ? [target, source] : [source, target];
  const key = `${type}|${a}|${b}`;
  const prior = ctx.d.found.get(key);
  if (prior && prior.confidence >= why.confidence) return;
  const sentence = ctx.d.doc.sentences[ctx.s];
  ctx.d.found.set(key, {
    type,
    source,
    target,
    evidence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    confidence: why.confidence,
    rule: why.rule,
    trigger: why.trigger,
  });
}

export function emitPairs(ctx: SentenceContext, type: CoreRelationType, ids: readonly string[], why: Firing): void {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) emit(ctx, type, unique[i], unique[j], why);
}

export type ArgumentRole = 'source' | 'target' | 'party';

/**
 * Entity ids a phrase stands for in a given role. A possessor is a source only through "'s"
 * ("Kim's memo"); a thing owned by an entity is a fine target ("China's conduct" → China).
 */
export function refsOf(ctx: SentenceContext, p: NounPhrase, role: ArgumentRole, pronounOwner: string[] = []): string[] {
  switch (p.kind) {
    case 'entity':
      return p.refs.map((r) => r.entityId!);
    case 'owner':
      // "the Castellano brothers": every person of the document with that surname
      if (p.headWord && FAMILY_GROUPS.has(p.headWord) && p.refs[0].entityType === 'Person' && p.refs[0].mention?.kind !== 'pronoun') {
        const surname = p.refs[0].text.toLowerCase();
        const kin = ctx.d.doc.entities.filter((e) => e.type === 'Person' && e.name.toLowerCase().split(/\s+/).includes(surname)).map((e) => e.id);
        if (kin.length > 1) return kin;
      }
      // "his government", "Varela's administration": the state the person leads
      if (p.headWord && GOVERNMENT_NOUNS.has(p.headWord) && p.refs[0].entityType === 'Person') {
        const home = homeOf(ctx, p.refs[0].entityId!);
        if (home) return home.entityType === 'State' ? [home.entityId!] : [];
        // "President X" with no country named: the story's own head of state
        const focus = titledLeader(ctx, p.refs[0].entityId!) ? mostSalientState(ctx) : undefined;
        if (focus) return [focus];
        // "the Rojas government" with no title: the one state whose government the story names
        const only = namedGovernment(ctx);
        return only && p.pronoun === undefined ? [only] : [];
      }
      if (role === 'source' && !ownerIsPossessive(ctx.items, p)) return [];
      return p.refs.map((r) => r.entityId!);
    case 'group':
      return resolveGroup(ctx, p);
    case 'pronoun-owner':
      if (p.pronoun === 'our' && ctx.items[p.start]?.quoted) return speakerRefs(ctx, p.start, 'we');
      return role === 'source' ? [] : pronounOwner;
    case 'role': {
      // '"... insulted our president," the minister said': the speaker's state's head
      if (p.pronoun === 'our' && ctx.items[p.start]?.quoted && p.headWord && HEAD_TITLES.has(p.headWord)) {
        const state = speakerRefs(ctx, p.start, 'we')[0];
        const head = state ? headOf(ctx, state, p.headWord) : undefined;
        return head ? [head] : [];
      }
      // "Peru's PM accuses ...": the person the document introduces with that title for that state
      if (p.headWord && (HEAD_TITLES.has(p.headWord) || p.headWord === 'pm') && p.roleOf.length === 1 && p.roleOf[0].entityType === 'State' && ctx.items[p.start + 1]?.lower === "'s") {
        const head = headOf(ctx, p.roleOf[0].entityId!, p.headWord === 'pm' ? 'minister' : p.headWord);
        if (head) return [head];
      }
      // "the leaders of France and Poland": unnamed leaders or officials stand for their state;
      // "a spokesman for the ministry" voices the ministry.
      const speaksFor = p.headWord !== undefined && (PLURAL_ROLE_NOUNS.has(p.headWord) || (role === 'source' && VOICE_ROLES.has(p.headWord)));
      if (!speaksFor) return [];
      const bodies = p.roleOf.filter((r) => r.entityType !== 'Person').map((r) => r.entityId!);
      // a spokesman speaks for the most specific body named ("North Korean Foreign Ministry" → the ministry)
      return PLURAL_ROLE_NOUNS.has(p.headWord!) ? bodies : bodies.slice(-1);
    }
    default:
      if (p.end - p.start === 1 && p.headWord && SPEAKER_PRONOUNS.has(p.headWord) && ctx.items[p.start].quoted) {
        return speakerRefs(ctx, p.start, p.headWord);
      }
      if (p.end - p.start === 1 && (p.headWord === 'they' || p.headWord === 'them')) return lastList(ctx, p.start);
      if (p.end - p.start === 1 && p.headWord === 'it' && p.start === 0) return previousSubjectBody(ctx);
      return namedBodyFor(ctx, p);
  }
}

const SPEAKER_PRONOUNS = new Set(['we', 'i', 'us', 'me']);
const FAMILY_GROUPS = new Set(['brothers', 'sisters', 'siblings', 'family', 'clan', 'couple']);

/**
 * "We condemn ...," the minister said: inside a quotation, "I" is the speaker and "we"/"our" is
 * the state or body the speaker is introduced with ("North Korean Foreign Minister X").
 */
export function speakerRefs(ctx: SentenceContext, at: number, pronoun: string): string[] {
  const speaker = speakerOf(ctx, ctx.s, at) ?? (ctx.s > 0 ? speakerOf(ctx, ctx.s - 1, Infinity) : null);
  if (!speaker) return [];
  const person = speaker.refs.find((r) => r.entityType === 'Person');
  if (pronoun === 'i' || pronoun === 'me') return person ? [person.entityId!] : [];
  const body = speaker.inner.find((r) => r.entityType !== 'Person') ?? (person ? homeOf(ctx, person.entityId!) : undefined);
  if (body) return [body.entityId!];
  return speaker.kind === 'entity' && speaker.refs[0].entityType !== 'Person' ? [speaker.refs[0].entityId!] : [];
}

/** The phrase that says the quotation around item `at` of sentence s (outside the quotes). */
function speakerOf(ctx: SentenceContext, s: number, at: number): NounPhrase | null {
  const items = ctx.d.sentences[s];
  let best: NounPhrase | null = null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.quoted || it.kind !== 'word' || !SPEECH_VERBS.has(it.lower)) continue;
    const before = readPhraseBefore(items, k);
    const phrase = before && !items[before.start].quoted && before.kind === 'entity' ? before : readPhrase(items, k + 1);
    if (phrase && phrase.kind === 'entity' && !items[phrase.start].quoted) {
      best = phrase;
      if (k > at) break;
    }
  }
  return best;
}

const HEAD_TITLES = new Set(['president', 'leader', 'king', 'queen', 'emir', 'premier', 'minister', 'chancellor']);

/** The person the document introduces as the state's holder of a title ("Turkish President X"). */
function headOf(ctx: SentenceContext, stateId: string, title: string): string | undefined {
  const key = `head:${stateId}:${title}`;
  if (!ctx.d.homes.has(key)) {
    let found: Item | undefined;
    for (const items of ctx.d.sentences) {
      for (let k = 0; k < items.length && !found; k++) {
        const it = items[k];
        if (it.kind !== 'ent' || it.entityType !== 'Person' || it.mention?.kind !== 'name' || !isWord(items[k - 1], title)) continue;
        const p = readPhraseBefore(items, k + 1);
        if (p?.inner.some((r) => r.entityId === stateId)) found = it;
      }
      if (found) break;
    }
    ctx.d.homes.set(key, found);
  }
  return ctx.d.homes.get(key)?.entityId;
}

/** The state or body a person is introduced with somewhere in the document ("Russian President X"). */
export function homeOf(ctx: SentenceContext, personId: string): Item | undefined {
  if (!ctx.d.homes.has(personId)) ctx.d.homes.set(personId, findHome(ctx, personId));
  return ctx.d.homes.get(personId);
}

function findHome(ctx: SentenceContext, personId: string): Item | undefined {
  for (const items of ctx.d.sentences) {
    for (let k = 0; k < items.length; k++) {
      if (items[k].entityId !== personId || items[k].mention?.kind !== 'name') continue;
      const p = readPhraseBefore(items, k + 1);
      const home = p?.inner.find((r) => r.entityType === 'State' || r.entityType === 'Organization') ?? titledBy(items, k);
      if (home) return home;
    }
  }
  // "Ana Ruiz, a Peruvian lawmaker,", "X, a senator from Chile's ruling party,": a state in an apposition
  for (const items of ctx.d.sentences) {
    for (let k = 0; k < items.length; k++) {
      if (items[k].entityId !== personId || items[k].mention?.kind !== 'name' || !isComma(items[k + 1]) || !isWord(items[k + 2], 'a', 'an')) continue;
      let q = k + 2;
      while (q < Math.min(items.length, k + 14) && !(items[q].kind === 'punct' && items[q].text !== '-')) {
        // "X, a lawmaker from the opposition Peruvian Unity Party": a body named by a demonym
        if (items[q].kind === 'ent') return items[q].entityType === 'State' ? items[q] : items[q].entityType === 'Organization' ? demonymState(ctx, items[q]) : undefined;
        q++;
      }
    }
  }
  return undefined;
}

/** The state whose name or demonym opens a body's name ("Peruvian Unity Party" → Peru), as an item. */
function demonymState(ctx: SentenceContext, body: Item): Item | undefined {
  const first = body.text.split(/\s+/)[0];
  const state = ctx.d.doc.entities.find((e) => e.type === 'State' && (e.name === first || e.aliases.includes(first)));
  return state ? { ...body, entityId: state.id, entityType: 'State' } : undefined;
}

/**
 * "Venezuelan President X faces ...", "Chile's Foreign Minister X said": the state or body right
 * before the title words of a name (the phrase reader runs on into the verb there).
 */
function titledBy(items: Item[], k: number): Item | undefined {
  for (let q = k - 1; q >= Math.max(0, k - 5); q--) {
    const it = items[q];
    if (it.kind === 'ent') return it.entityType === 'State' || it.entityType === 'Organization' ? it : undefined;
    if (!(it.kind === 'word' && (it.lower === "'s" || ROLE_NOUNS.has(it.lower) || /^\p{Lu}/u.test(it.text)))) return undefined;
  }
  return undefined;
}

function ownerIsPossessive(items: Item[], p: NounPhrase): boolean {
  const owner = p.refs[0];
  const at = items.indexOf(owner, p.start);
  return at >= 0 && items[at + 1]?.lower === "'s";
}

export function refsOfAll(ctx: SentenceContext, ps: readonly NounPhrase[], role: ArgumentRole, pronounOwner: string[] = []): string[] {
  return [...new Set(ps.flatMap((p) => refsOf(ctx, p, role, pronounOwner)))];
}

/**
 * Objects of a predicate, with a guard: an object pronoun ("received him") never means the
 * subject of its own clause, so such a pronoun falls back to the last other person mentioned.
 */
export function objectRefs(ctx: SentenceContext, ps: readonly NounPhrase[], subjectIds: readonly string[], pronounOwner: string[] = []): string[] {
  const ids = ps.flatMap((p) => {
    const ownedThing = p.kind === 'owner' && p.pronoun === undefined && !(p.headWord && GOVERNMENT_NOUNS.has(p.headWord));
    const only = (p.kind === 'entity' || ownedThing) && p.refs.length === 1 ? p.refs[0] : undefined;
    // "X called his approach shameful": nobody's own approach, so the pronoun is someone else
    if (only?.mention?.kind === 'pronoun' && subjectIds.includes(only.entityId!) && !isWord(ctx.items[p.start + 1], 'own')) {
      const other = firstPersonBefore(ctx, p.start, subjectIds);
      return other ? [other] : [];
    }
    // "X hit back, accusing his government of ...": a head of government does not accuse his own
    // ("his own government" he may), so the pronoun is the other person the story is about
    const owner = p.kind === 'owner' && p.refs.length === 1 ? p.refs[0] : undefined;
    if (owner?.mention?.kind === 'pronoun' && p.headWord && GOVERNMENT_NOUNS.has(p.headWord) && subjectIds.includes(owner.entityId!) && !isWord(ctx.items[p.start + 1], 'own') && leadsItsState(ctx, owner.entityId!)) {
      const other = firstPersonBefore(ctx, p.start, subjectIds);
      const home = other ? homeOf(ctx, other) : undefined;
      return home?.entityType === 'State' ? [home.entityId!] : [];
    }
    return refsOf(ctx, p, 'target', pronounOwner);
  });
  return [...new Set(ids)];
}

/** The person a sentence is about comes first in it; look in this sentence, then earlier ones. */
function firstPersonBefore(ctx: SentenceContext, before: number, exclude: readonly string[]): string | undefined {
  for (let s = ctx.s; s >= Math.max(0, ctx.s - 3); s--) {
    const items = ctx.d.sentences[s];
    const limit = s === ctx.s ? before : items.length;
    for (let i = 0; i < limit; i++) {
      const it = items[i];
      if (it.kind === 'ent' && it.entityType === 'Person' && !exclude.includes(it.entityId!)) return it.entityId;
    }
  }
  return undefined;
}

const GROUP_LOOKBACK = 10;

/**
 * "the two men", "all three governments", "the juntas": the most salient earlier list of that
 * many entities of the type ("Mali, Burkina Faso and Niger"), else the last ones mentioned.
 */
export function resolveGroup(ctx: SentenceContext, p: NounPhrase): string[] {
  const { type, count } = p.group!;
  const candidates: Array<{ ids: string[]; score: number; order: number }> = [];
  let order = 0;
  for (let s = ctx.s; s >= Math.max(0, ctx.s - GROUP_LOOKBACK); s--) {
    const items = ctx.d.sentences[s];
    const limit = s === ctx.s ? p.start : items.length;
    for (let i = 0; i < limit; i++) {
      if (items[i].kind !== 'ent' || (type !== null ? items[i].entityType !== type : items[i].entityType === 'Organization')) continue;

      const prev = items[i - 1];
      if (prev && (prev.kind === 'ent' || prev.lower === 'and' || prev.text === ',')) continue;
      const list = readPhraseList(items, i);
      if (list.end > limit || list.phrases[0].kind !== 'entity') continue;
      const listType = type ?? list.phrases[0].refs[0].entityType;
      const ids = [
        ...new Set(list.phrases.filter((q) => q.kind === 'entity' && q.refs[0].entityType === listType).map((q) => q.refs[0].entityId!)),
      ];
      if (ids.length < 2 || (count !== null && ids.length !== count)) continue;
      const score = ids.reduce((sum, id) => sum + (ctx.d.salience.get(id) ?? 0), 0);
      candidates.push({ ids, score, order: order++ });
    }
  }
  const meeting = recentMeeting(ctx);
  if (candidates.length > 0) {
    candidates.sort((a, b) => b.score - a.score || a.order - b.order);
    const best = candidates[0].ids;
    // "hosted A and B for a summit ... the leaders condemned": everyone at the summit
    if (count === null && type === 'Person' && meeting.length > best.length && best.every((id) => meeting.includes(id))) return meeting;
    return best;
  }
  if (count === null) return [];
  // "A hosted B and C ... The three countries agreed": the states of those who met
  if (type === 'State' && meeting.length === count) {
    const homes = [...new Set(meeting.map((id) => (ctx.d.types.get(id) === 'State' ? id : homeOf(ctx, id)?.entityType === 'State' ? homeOf(ctx, id)!.entityId! : '')))];
    if (homes.length === count && !homes.includes('')) return homes;
  }
  // "the two leaders": the last two introduced as heads of state or government, when named so
  if (type === 'Person' && p.headWord && LEADER_NOUNS.has(p.headWord)) {
    const leaders = lastMentioned(ctx, type, count, p.start, true);
    if (leaders.length) return leaders;
  }
  if (type !== null) return lastMentioned(ctx, type, count, p.start);
  const people = lastMentioned(ctx, 'Person', count, p.start);
  return people.length ? people : lastMentioned(ctx, 'State', count, p.start);
}

/** The participants of a meeting told in this or the previous two sentences. */
function recentMeeting(ctx: SentenceContext): string[] {
  const m = ctx.d.meetings[ctx.d.meetings.length - 1];
  return m && ctx.s - m.sentence <= 2 ? m.participants : [];
}

/**
 * "the council" after "the Arctic Council": a definite description whose noun is a
 * word of an organization's name means the last such organization mentioned before it.
 */
function namedBodyFor(ctx: SentenceContext, p: NounPhrase): string[] {
  if (p.end - p.start < 2 || p.end - p.start > 3 || !isWord(ctx.items[p.start], 'the') || !p.headWord || p.inner.length) return [];
  // "the council", "the central bank": every word of the description is a word of the name
  const words = ctx.items.slice(p.start + 1, p.end).map((i) => i.lower);
  for (let s = ctx.s; s >= Math.max(0, ctx.s - 6); s--) {
    const items = ctx.d.sentences[s];
    for (let i = (s === ctx.s ? p.start : items.length) - 1; i >= 0; i--) {
      const it = items[i];
      if (it.kind !== 'ent' || it.entityType !== 'Organization') continue;
      const name = ctx.d.doc.entities.find((e) => e.id === it.entityId)?.name ?? it.text;
      const nameWords = name.toLowerCase().split(/[\s-]+/);
      if (words.every((w) => nameWords.includes(w))) return [it.entityId!];
    }
  }
  return [];
}

/** A sentence opening with an unresolved "It": the state or body the sentence before was about. */
function previousSubjectBody(ctx: SentenceContext): string[] {
  if (ctx.s === 0) return [];
  const prev = ctx.d.sentences[ctx.s - 1];
  const first = readPhraseList(prev, 0).phrases[0];
  const ref = first?.kind === 'entity' ? first.refs[0] : undefined;
  return ref && ref.entityType !== 'Person' ? [ref.entityId!] : [];
}

/** "they": the entities of the most recent list ("France, Germany and Poland") in this or the previous sentence. */
function lastList(ctx: SentenceContext, before: number): string[] {
  for (let s = ctx.s; s >= Math.max(0, ctx.s - 1); s--) {
    const items = ctx.d.sentences[s];
    const limit = s === ctx.s ? before : items.length;
    for (let i = limit - 1; i >= 0; i--) {
      const prev = items[i - 1];
      if (prev && (prev.kind === 'ent' || prev.lower === 'and' || prev.text === ',' || prev.lower === 'of')) continue;
      const list = readPhraseList(items, i);
      if (list.phrases.length < 2 || list.end > limit) continue;
      const sub: SentenceContext = { d: ctx.d, s, items };
      const ids = refsOfAll(sub, list.phrases, 'party');
      if (ids.length >= 2) return ids;
    }
  }
  return [];
}

const LEADER_NOUNS = new Set(['leaders', 'presidents', 'heads', 'rulers', 'strongmen']);
const LEADER_TITLES = new Set(['president', 'minister', 'premier', 'king', 'queen', 'emir', 'chancellor', 'leader', 'sultan']);
const LEADER_TITLE_QUALIFIERS = new Set(['foreign', 'defence', 'defense', 'deputy', 'vice', 'finance', 'interior', 'trade', 'former', 'economy', 'justice']);

/** Was the person introduced with a head-of-state or government title ("Greek Prime Minister X", "President X")? */
export function titledLeader(ctx: SentenceContext, personId: string): boolean {
  const known = (ctx.d.leaders ??= new Map()).get(personId);
  if (known !== undefined) return known;
  const titled = ctx.d.sentences.some((items) =>
    items.some((it, k) => {
      if (it.entityId !== personId || it.mention?.kind !== 'name' || !isWord(items[k - 1], ...LEADER_TITLES)) return false;
      const q = isWord(items[k - 1], 'minister') ? items[k - 2] : items[k - 1];
      return !(isWord(items[k - 1], 'minister') && !isWord(q, 'prime')) && !isWord(items[k - 2], ...LEADER_TITLE_QUALIFIERS);
    }),
  );
  ctx.d.leaders.set(personId, titled);
  return titled;
}

/** The one state the document names a government of ("Bangladesh's interim government", "the Thai government"). */
function namedGovernment(ctx: SentenceContext): string | undefined {
  if (ctx.d.governed === undefined) {
    const states = new Set<string>();
    for (const items of ctx.d.sentences) {
      items.forEach((it, k) => {
        if (it.kind !== 'ent' || it.entityType !== 'State') return;
        let q = k + 1;
        if (items[q]?.lower === "'s") q++;
        while (q < k + 4 && items[q]?.kind === 'word' && !GOVERNMENT_NOUNS.has(items[q].lower) && /^[a-z-]+$/.test(items[q].text)) q++;
        if (items[q]?.kind === 'word' && GOVERNMENT_NOUNS.has(items[q].lower) && items[q].lower !== 'authorities') states.add(it.entityId!);
      });
    }
    ctx.d.governed = states.size === 1 ? [...states][0] : null;
  }
  return ctx.d.governed ?? undefined;
}

/** The state the document mentions most: the one a story without a country named is about. */
export function mostSalientState(ctx: SentenceContext): string | undefined {
  let best: string | undefined;
  for (const [id, n] of ctx.d.salience) if (ctx.d.types.get(id) === 'State' && (best === undefined || n > (ctx.d.salience.get(best) ?? 0))) best = id;
  return best;
}

function leadsItsState(ctx: SentenceContext, personId: string): boolean {
  return titledLeader(ctx, personId) && homeOf(ctx, personId)?.entityType === 'State';
}

function lastMentioned(ctx: SentenceContext, type: string, count: number, before: number, leaders = false): string[] {
  const ids: string[] = [];
  for (let s = ctx.s; s >= 0 && ids.length < count; s--) {
    const items = ctx.d.sentences[s];
    const limit = s === ctx.s ? before : items.length;
    for (let i = limit - 1; i >= 0 && ids.length < count; i--) {
      const it = items[i];
      if (it.kind === 'ent' && it.entityType === type && !ids.includes(it.entityId!) && (!leaders || titledLeader(ctx, it.entityId!))) ids.push(it.entityId!);
    }
  }
  return ids.length === count ? ids : [];
}
