// The state (or organization) a passage is about, for titles written without one ("President
// X" in a story about Iran): one named here and just before, else here, else the document's
// opening state if it is one of its main states.
import type { EntityMention } from '../analysis';
import { type Ctx, stateIdByIso, typeOf } from './context-state';
import { titleFitsState } from './government-titles';

export const NOT_NATIONAL = new Set(['party', 'company', 'news-agency', 'think-tank', 'ngo', 'armed-group', 'religious']);

export function statesInSentence(ctx: Ctx, sentence: number, skipClaimed = true, aside: [number, number][] = []): string[] {
  const out: string[] = [];
  for (const x of ctx.bySentence[sentence]) {
    if (x.kind === 'pronoun') continue;
    if (aside.some(([a, b]) => x.start >= a && x.end <= b)) continue;
    // "his Indian counterpart": that state is the other person's.
    if (x.kind === 'demonym' && /^\s+counterparts?\b/.test(ctx.doc.text.slice(x.end, x.end + 14))) continue;
    // "U.S." in "U.S. Secretary of State X" is X's state, not the sentence's topic.
    if (skipClaimed && ctx.claimedQualifiers.has(x.start)) continue;
    if (typeOf(ctx, x.entityId) === 'State' && !out.includes(x.entityId)) out.push(x.entityId);
  }
  return out;
}

/** The state a sentence is about: one named here and just before, else the first named here, else the last sentence's topic.
 * `title`: the bare title read ("prime minister"); a state with no such office is never its owner. */
export function stateInFocus(ctx: Ctx, m: EntityMention, title?: string): string | undefined {
  // A state this person criticized or met is the other side, not the person's own.
  const opposed = ctx.opposedStates.get(m.entityId);
  const other = counterpartStates(ctx, m);
  const fits = (id: string) => (title === undefined || titleFitsState(title, ctx.byId.get(id)?.iso)) && !other.has(id);
  // Nor is the state of a person this one criticized or was criticized by ("condemned a visit
  // by Israel's security minister, Y": Israel is Y's side). People who met may be colleagues.
  const opposedPeopleStates = new Set<string>();
  for (const id of ctx.rivals.get(m.entityId) ?? []) {
    const st = typeOf(ctx, id) === 'Person' ? ctx.personState.get(id) : undefined;
    if (st) opposedPeopleStates.add(st);
  }
  const own = (id: string) => !opposed?.has(id) && fits(id);
  const aside = relativeClauses(ctx, m);
  // The rival's state is set aside only where the sentence names it: a story's own state stays
  // the fallback for domestic rivals ("Vice-President X blamed President Y").
  const all = statesInSentence(ctx, m.sentence, true, aside).filter((id) => own(id) && !opposedPeopleStates.has(id));
  // "Prime Minister X said Thai artillery had struck …": a demonym inside what the person says
  // qualifies the other side's things; it is taken only when the story offers nothing else.
  // ("X said Japan regretted …" names the speaker's own state and stays.)
  const speech = reportedSpeech(ctx, m);
  const here = speech ? all.filter((id) => !onlyDemonymIn(ctx, m.sentence, id, speech)) : all;
  const before = new Set<string>();
  for (let s = Math.max(0, m.sentence - 2); s < m.sentence; s++) for (const id of statesInSentence(ctx, s)) before.add(id);
  const shared = here.find((id) => before.has(id));
  if (shared) return shared;
  if (here.length > 0) return here[0];
  // "Spanish Prime Minister X met King Y in Rabat": a bare-titled host met by a foreigner, in
  // a capital of another state that has the office, is that state's.
  const host = hostVenueState(ctx, m, fits);
  if (host) return host;
  // Nothing here: the state the document opens with, if it is one of its main states.
  const first = firstState(ctx);
  // In a story that has moved on to other states ("Prime Minister X" far below a dateline of
  // another country), the opening state is no longer in focus.
  const recentMain = (id: string | undefined) => id !== undefined && own(id) && mainStates(ctx).includes(id) && namedRecently(ctx, id, m.sentence);
  if (recentMain(first)) return first;
  // The opening state has no such office ("Prime Minister X" in a story datelined in a
  // presidential republic) or is the state of this person's counterpart: the other main state.
  if (first && !fits(first)) {
    const other = mainStates(ctx).find((id) => id !== first && recentMain(id));
    if (other) return other;
  }
  return all[0];
}

const SPEECH_VERBS = '(?:said|says|told|added|warned|claimed|stated|insisted|noted|argued|alleged|charged|declared)';
const SPEECH_AFTER = new RegExp(`^\\s+(?:[a-z]+\\s+)?${SPEECH_VERBS}\\b`);

function hostVenueState(ctx: Ctx, m: EntityMention, fits: (id: string) => boolean): string | undefined {
  const met = ctx.opposedStates.get(m.entityId);
  if (!met) return undefined;
  const visitors = new Set<string>();
  for (const x of ctx.bySentence[m.sentence]) {
    const st = met.has(x.entityId) && typeOf(ctx, x.entityId) === 'Person' ? ctx.personState.get(x.entityId) : undefined;
    if (st) visitors.add(st);
  }
  if (visitors.size === 0) return undefined;
  const s = ctx.doc.sentences[m.sentence];
  for (const v of ctx.facts.venues) {
    if (v.start < m.end || v.end > s.end || v.ref.type !== 'State') continue;
    const id = stateIdByIso(ctx, v.ref.iso);
    if (id && !visitors.has(id) && fits(id)) return id;
  }
  return undefined;
}

function onlyDemonymIn(ctx: Ctx, sentence: number, id: string, [a, b]: [number, number]): boolean {
  const ms = ctx.bySentence[sentence].filter((x) => x.entityId === id && x.kind !== 'pronoun');
  return ms.length > 0 && ms.every((x) => x.kind === 'demonym' && x.start >= a && x.end <= b);
}

/** The span of what the person says right after the name ("X said …"), to the sentence's end. */
function reportedSpeech(ctx: Ctx, m: EntityMention): [number, number] | undefined {
  const s = ctx.doc.sentences[m.sentence];
  const r = SPEECH_AFTER.exec(ctx.doc.text.slice(m.end, Math.min(s.end, m.end + 30)));
  return r ? [m.end + r[0].length, s.end] : undefined;
}

/** "X held talks with his Indonesian counterpart": the states of X's counterparts in this sentence. */
function counterpartStates(ctx: Ctx, m: EntityMention): Set<string> {
  const out = new Set<string>();
  const ms = ctx.bySentence[m.sentence];
  for (let i = 1; i < ms.length; i++) {
    const x = ms[i];
    const owner = ms[i - 1];
    if (x.kind !== 'demonym' || owner.kind !== 'pronoun' || owner.entityId !== m.entityId) continue;
    if (!/^\s*$/.test(ctx.doc.text.slice(owner.end, x.start))) continue;
    if (/^\s+counterparts?\b/.test(ctx.doc.text.slice(x.end, x.end + 14)) && typeOf(ctx, x.entityId) === 'State') out.add(x.entityId);
  }
  return out;
}

/** "Solomon Islands, which signed a pact with China in 2022, …": the spans of relative clauses
 * (not holding the person) whose states are no topic for a title outside them. */
function relativeClauses(ctx: Ctx, m: EntityMention): [number, number][] {
  const s = ctx.doc.sentences[m.sentence];
  const out: [number, number][] = [];
  for (const r of s.text.matchAll(/,\s+which\b[^,;]*,/g)) {
    const a = s.start + r.index!;
    const b = a + r[0].length;
    if (m.start >= a && m.end <= b) continue;
    out.push([a, b]);
  }
  return out;
}

export function firstState(ctx: Ctx): string | undefined {
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const here = statesInSentence(ctx, s, false);
    if (here.length > 0) return here[0];
  }
  return undefined;
}

/** The two states the document mentions most. */
export function mainStates(ctx: Ctx): string[] {
  if (!ctx.mainStates) {
    const counts: [string, number][] = [];
    for (const [id, ms] of ctx.byEntity) if (typeOf(ctx, id) === 'State') counts.push([id, ms.filter((x) => x.kind !== 'pronoun').length]);
    counts.sort((a, b) => b[1] - a[1]);
    ctx.mainStates = counts.slice(0, 2).map((c) => c[0]);
  }
  return ctx.mainStates;
}

/** The organization a title with no owner named belongs to: a state body named here or just
 * before; for a company title ("chief executive X"), also a company or club named here. */
export function orgInFocus(ctx: Ctx, m: EntityMention, companyTitle = false): string | undefined {
  for (let s = m.sentence; s >= Math.max(0, m.sentence - 2); s--) {
    for (const x of ctx.bySentence[s]) {
      if (typeOf(ctx, x.entityId) !== 'Organization') continue;
      const org = ctx.orgById.get(x.entityId);
      if (org && (!NOT_NATIONAL.has(org.category) || (companyTitle && s === m.sentence && org.category === 'company' && x.start < m.start))) return x.entityId;
    }
  }
  return undefined;
}

/** The state was named in this sentence or one of the few before it. */
function namedRecently(ctx: Ctx, state: string, sentence: number): boolean {
  for (let s = sentence; s >= Math.max(0, sentence - RECENT); s--) if (statesInSentence(ctx, s, false).includes(state)) return true;
  return false;
}

const RECENT = 4;
