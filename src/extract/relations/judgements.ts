// Reported judgements: "X said Y's actions were unacceptable", "... and that Y was a threat",
// '"Y's policy is reckless," X said'. A predicate insult word makes the report a criticism.
import { isUnrealized, negatedIn, subjectOf } from './clauses';
import { eventOwners } from './criticized';
import { emit, type Firing, refsOf, refsOfAll, type SentenceContext, speakerRefs } from './context';
import { AUXILIARIES, BE_FORMS, HARBOURED_OBJECTS, HARM_VERBS, HOSTILE_ACT_VERBS, INSULT_WORDS, isAdverb, SPEECH_VERBS, STATEMENT_NOUNS, TIME_WORDS } from './lexicon';
import type { Item } from './items';
import { isWord, type NounPhrase, readPhrase, readPhraseBefore, readPhraseList } from './phrases';

const LISTENER_VERBS = new Set(['told', 'tells', 'telling']);
const REVEAL_VERBS = ['showed', 'shows', 'revealed', 'reveals', 'exposed', 'exposes', 'reflected', 'reflects', 'betrayed', 'betrays'];
const DEGREE_WORDS = new Set(['deeply', 'highly', 'completely', 'utterly', 'totally', 'simply', 'clearly', 'very', 'extremely', 'absolutely', 'a', 'an', 'clear', 'flagrant', 'gross', 'blatant', 'serious']);

/**
 * "X said Y's actions were unacceptable", "X told reporters that Y was a threat": a reported
 * judgement on Y or on an act of Y, with an insult word as its predicate.
 */
export function criticizedBySpeech(ctx: SentenceContext, t: number, complement = t + 1, claimants?: string[]): void {
  const { items } = ctx;
  if (items[t].quoted && !claimants) return;
  let k = complement;
  if (complement === t + 1 && LISTENER_VERBS.has(items[t].lower)) k = readPhrase(items, k)?.end ?? k;
  k = afterTimeAdjunct(items, k);
  if (isWord(items[k], 'that')) k++;
  let judged = readPhrase(items, k);
  // "the post by Consul General X was inappropriate": an act told with its agent is the agent's
  if (judged?.kind === 'none' && isWord(items[judged.end], 'by')) {
    const agents = readPhraseList(items, judged.end + 1);
    const agent = agents.phrases.length === 1 && agents.phrases[0].kind === 'entity' ? agents.phrases[0] : null;
    judged = agent ? { ...agent, start: judged.start, end: agents.end } : judged;
  }
  // "said the remarks showed Y's hostile mindset": what an act reveals about its owner
  if (judged?.kind === 'none' && isWord(items[judged.end], ...REVEAL_VERBS)) {
    const revealed = readPhrase(items, judged.end + 1);
    const possessive = revealed && items.slice(revealed.start, revealed.end + 1).some((it) => it.lower === "'s");
    if (revealed && (revealed.kind === 'owner' || revealed.kind === 'entity') && possessive) {
      // the noun may stand in quotation marks after the possessive ("Y's "hostile mindset"")
      const insult = items.slice(revealed.start, Math.min(items.length, revealed.end + 4)).find((it) => it.kind === 'word' && INSULT_WORDS.has(it.lower));
      const sources = insult ? speakers(ctx, t, claimants) : null;
      if (insult && sources) {
        const why: Firing = { rule: 'criticized:judged-reveals', trigger: `${items[t].text} … ${insult.text}`, confidence: 0.6 };
        for (const s of sources) for (const g of refsOf(ctx, revealed, 'target')) if (s !== g) emit(ctx, 'CRITICIZED', s, g, why);
      }
      return;
    }
  }
  // "said that the strikes were a violation": a definite act noun told with its doer earlier
  const actOwners = judged?.kind === 'none' && !claimants ? eventOwners(ctx, judged, judged.start) : [];
  if (!judged || (judged.kind !== 'owner' && judged.kind !== 'entity' && actOwners.length === 0)) return;
  let v = judged.end;
  // "Y's tariffs had paralysed the body": an act of Y that harms
  let h = v;
  while (h < items.length && items[h].kind === 'word' && (AUXILIARIES.has(items[h].lower) || isAdverb(items[h].lower)) && h - v < 3) h++;
  const harms =
    items[h]?.kind === 'word' &&
    ((HARM_VERBS.has(items[h].lower) && (!ARMED_OBJECT_VERBS.test(items[h].lower) || harbouredFollows(items, h + 1))) || (items[h].quoted === true && !items[t].quoted && QUOTED_CHARGES.has(items[h].lower)));
  if (!harms && !(items[v]?.kind === 'word' && BE_FORMS.has(items[v].lower))) return;
  if (harms) v = h;
  else v++;
  while (!harms && v < items.length && items[v].kind === 'word' && (isAdverb(items[v].lower) || DEGREE_WORDS.has(items[v].lower)) && !INSULT_WORDS.has(items[v].lower)) v++;
  // "Y was waging a war of aggression": the insult word sits in the object of a hostile act
  if (items[v]?.kind === 'word' && HOSTILE_ACT_VERBS.has(items[v].lower)) {
    for (let q = v + 1; q < Math.min(items.length, v + 7) && items[q].kind === 'word'; q++) {
      if (INSULT_WORDS.has(items[q].lower)) {
        v = q;
        break;
      }
    }
  }
  if (!harms && !(items[v]?.kind === 'word' && INSULT_WORDS.has(items[v].lower))) return;
  const sources = speakers(ctx, t, claimants);
  if (!sources || negatedIn(items, judged.end, v)) return;
  const targets = (actOwners.length ? actOwners : refsOf(ctx, judged, 'target')).filter((id) => !sources.includes(id));
  const why: Firing = { rule: 'criticized:judged', trigger: `${items[t].text} … ${items[v].text}`, confidence: 0.65 };
  for (const s of sources) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, why);
}

const TIME_ADJUNCT_WORDS = new Set(['on', 'in', 'last', 'this', 'late', 'early', 'earlier', 'week', 'month', 'night', 'morning', 'evening', 'afternoon']);

/**
 * "said on Wednesday that", "said last week that", "said in a statement (on Sunday) that": the
 * "that" after short time adjuncts and a medium adjunct.
 */
function afterTimeAdjunct(items: Item[], k: number): number {
  let q = k;
  let adjunct = false;
  while (q < Math.min(items.length, k + 8) && items[q].kind === 'word') {
    const lw = items[q].lower;
    // "in a statement", "in a written statement", "in an interview"
    const medium = isWord(items[q], 'in') && isWord(items[q + 1], 'a', 'an') ? [q + 2, q + 3].find((m) => isWord(items[m], ...MEDIUM_NOUNS)) : undefined;
    if (medium !== undefined) {
      adjunct = true;
      q = medium + 1;
      continue;
    }
    if (!TIME_ADJUNCT_WORDS.has(lw) && !TIME_WORDS.has(lw)) break;
    adjunct ||= TIME_WORDS.has(lw) || /^(?:week|month|night|morning|evening|afternoon)$/.test(lw);
    q++;
  }
  return adjunct && isWord(items[q], 'that') ? q : k;
}

const MEDIUM_NOUNS = [...STATEMENT_NOUNS, 'interview', 'briefing', 'video'];

/** Who voiced a report: the given claimants, or the subject of a realized speech verb. */
function speakers(ctx: SentenceContext, t: number, claimants?: string[]): string[] | null {
  if (claimants) return claimants;
  const subject = subjectOf(ctx.items, t);
  if (!subject || isUnrealized(ctx.items, subject.clause, t, t + 1, 'verb')) return null;
  return refsOfAll(ctx, subject.phrases, 'source');
}

const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'assertion', 'accusation', 'accusations', 'charge']);

/**
 * "the claim by X (, Name,) that Y had rammed Z's ships", "X's allegation that Y's policy was
 * illegal": a claim noun with its author and a "that" complement is a report by the author.
 */
export function criticizedByClaimNoun(ctx: SentenceContext, t: number): void {
  const { items } = ctx;
  if (!CLAIM_NOUNS.has(items[t].lower)) return;
  let authors: NounPhrase[] = [];
  let owners: string[] = [];
  let k = t + 1;
  if (isWord(items[k], 'by')) {
    const author = readPhrase(items, k + 1);
    if (!author) return;
    authors = [author];
    k = author.end;
    // "the claim by the ministry's spokesperson, Name, that": the apposition names him
    if (items[k]?.kind === 'punct' && items[k].text === ',') {
      const named = readPhrase(items, k + 1);
      if (named?.kind === 'entity' && items[named.end]?.text === ',') {
        authors = [named];
        k = named.end + 1;
      } else k++;
    }
  } else if (items[t - 1]?.lower === "'s" && items[t - 2]?.kind === 'ent') {
    owners = [items[t - 2].entityId!];
  } else if (items[t - 1]?.kind === 'ent' && items[t - 1].mention?.kind === 'pronoun') {
    // "his claim that ..."
    owners = [items[t - 1].entityId!];
  }
  if (!isWord(items[k], 'that')) return;
  const claimants = [...owners, ...refsOfAll(ctx, authors, 'source')];
  if (claimants.length) criticizedBySpeech(ctx, t, k, claimants);
}

/**
 * Verbs that charge the judged party when the reporter quotes them as the speaker's own words
 * ('said Y had "abandoned the border"', 'said Y was "clinging to a colonial relic"').
 */
const QUOTED_CHARGES = new Set(['abandoned', 'surrendered', 'capitulated', 'clinging', 'betraying', 'plundering', 'looting', 'persecuting', 'persecuted']);

/** Harm verbs that judge only with an armed or wanted object ("sheltering refugees", "arming itself" do not). */
const ARMED_OBJECT_VERBS = /^(?:shelter|harbo|arm)/;

/**
 * "sheltering fighters of the group", "harbouring armed groups", "arming the FNL" (a named armed
 * group): an armed or wanted object.
 */
function harbouredFollows(items: Item[], from: number): boolean {
  if (isWord(items[from], 'the') && items[from + 1]?.kind === 'ent' && items[from + 1].entityType === 'Organization') return true;
  for (let q = from; q < Math.min(items.length, from + 4) && items[q].kind === 'word'; q++) if (HARBOURED_OBJECTS.has(items[q].lower)) return true;
  return false;
}

/** "He said X was sovereign and that Y's threats were unacceptable": a second complement. */
export function criticizedBySecondComplement(ctx: SentenceContext, that: number): void {
  const { items } = ctx;
  if (!isWord(items[that - 1], 'and')) return;
  for (let k = that - 2; k >= Math.max(0, that - 30); k--) {
    if (items[k].kind === 'punct' && items[k].text !== ',') return;
    if (items[k].kind === 'word' && SPEECH_VERBS.has(items[k].lower)) return criticizedBySpeech(ctx, k, that);
  }
}

/**
 * '"Y is a threat to peace," X said', 'X said: "Y's policy is reckless."': a judgement inside a
 * quotation is its speaker's.
 */
export function criticizedInQuote(ctx: SentenceContext, be: number): void {
  const { items } = ctx;
  if (!items[be].quoted) return;
  const judged = readPhraseBefore(items, be);
  if (!judged || (judged.kind !== 'owner' && judged.kind !== 'entity') || !items[judged.start].quoted) return;
  // only a clause opener: the phrase starts the quotation or follows "that"
  const before = items[judged.start - 1];
  if (before && before.quoted && !isWord(before, 'that')) return;
  let v = be + 1;
  while (v < items.length && items[v].kind === 'word' && (isAdverb(items[v].lower) || DEGREE_WORDS.has(items[v].lower)) && !INSULT_WORDS.has(items[v].lower)) v++;
  // '"Y is sheltering a fugitive," X said': a harmful act in the quotation judges Y too
  const harms = items[v]?.kind === 'word' && items[v].quoted && HARM_VERBS.has(items[v].lower) && (!ARMED_OBJECT_VERBS.test(items[v].lower) || harbouredFollows(items, v + 1));
  if (!harms && !(items[v]?.kind === 'word' && items[v].quoted && INSULT_WORDS.has(items[v].lower))) return;
  const speaker = speakerRefs(ctx, be, 'i');
  const ours = new Set([...speaker, ...speakerRefs(ctx, be, 'we')]);
  const targets = refsOf(ctx, judged, 'target').filter((id) => !ours.has(id));
  const why: Firing = { rule: 'criticized:judged-in-quote', trigger: `${items[be].text} … ${items[v].text}`, confidence: 0.6 };
  for (const s of speaker) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, why);
}
