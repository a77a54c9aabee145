// What pass 02 knows while it reads one sentence, and the small helpers every part of it
// shares: spans, organization records, possessors ("China's …").
import { matchGazetteer, type GazetteerEntry } from './gazetteer';
import { CATEGORIES } from './lexicon';
import { nameKey } from './names';
import type { EntityRef, OrgRecord, Recognition } from './recognition';
import type { Token } from './tokens';

/** A unit of a run of capitalized words: one known name, or one word (hyphen parts glued). */
export interface Piece {
  /** Token index range [from, to). */
  from: number;
  to: number;
  text: string;
  entry?: GazetteerEntry;
  /** A connector ("of", "the", "for", "and") merged into an organization or title. */
  conn?: boolean;
  particle?: boolean;
}

export interface SentenceContext {
  text: string;
  sentence: number;
  toks: Token[];
  norms: string[];
  lower: string[];
  /** Words the document writes in lower case somewhere (so a capital is only sentence case). */
  docLower: Set<string>;
  /** Shared demonyms ("Congolese") this document resolves to one state. */
  demonyms?: Map<string, GazetteerEntry>;
  out: Recognition;
  /** Token index where the dateline ends in the first sentence, or -1. */
  dateline: number;
  /** The sentence is written in capitals (a headline). */
  shouting: boolean;
  /** A headline in title case: names come only from the gazetteer and head words. */
  titleCase?: boolean;
}

export function spanText(ctx: SentenceContext, from: number, to: number): string {
  return ctx.text.slice(ctx.toks[from].start, ctx.toks[to - 1].end);
}

export function refOfEntry(e: GazetteerEntry, ctx: SentenceContext): EntityRef {
  if (e.kind === 'org') return { type: 'Organization', key: orgKeyOfKnown(ctx, e) };
  return { type: 'State', iso: e.iso! };
}

export function registerOrg(ctx: SentenceContext, name: string, category: string, genericIso: string | undefined): OrgRecord {
  const key = nameKey(name) + (CATEGORIES[category]?.generic ? '@' + (genericIso ?? '') : '');
  let rec = ctx.out.orgs.get(key);
  if (!rec) {
    rec = { key, name, aliases: new Set(), category };
    ctx.out.orgs.set(key, rec);
  }
  return rec;
}

export function orgKeyOfKnown(ctx: SentenceContext, e: GazetteerEntry): string {
  const org = e.org!;
  const key = nameKey(org.name);
  let rec = ctx.out.orgs.get(key);
  if (!rec) {
    rec = { key, name: org.name, aliases: new Set(), category: org.category, knownState: org.state };
    if (org.parent) rec.parentKey = nameKey(org.parent);
    ctx.out.orgs.set(key, rec);
  }
  if (e.surface !== org.name) rec.aliases.add(e.surface);
  return key;
}

/** "China's Foreign Ministry": the state or organization owning the name at token i. */
export function possessorBefore(ctx: SentenceContext, i: number): EntityRef | undefined {
  const s = possessorStart(ctx, i);
  if (s < 0) return undefined;
  const e = matchGazetteer(ctx.norms, s);
  if (e) return refOfEntry(e, ctx);
  return undefined;
}

/** Adjectives that may stand between a possessor and what it owns ("Sudan's ruling …"). */
const OWNED_ADJECTIVES = new Set(['ruling', 'main', 'powerful', 'national', 'official', 'federal', 'opposition', 'leading', 'largest', 'biggest', 'influential', 'military', 'elite', 'paramilitary', 'governing', 'central', 'own', 'top', 'state-run', 'state-owned', 'feared', 'notorious']);

export function possessorStart(ctx: SentenceContext, i: number): number {
  for (let n = 0; n < 2 && i >= 3 && OWNED_ADJECTIVES.has(ctx.norms[i - 1]); n++) i--;
  if (i < 2 || ctx.norms[i - 1] !== "'s") return -1;
  // Find the gazetteer entry ending right before the 's.
  for (let s = Math.max(0, i - 8); s < i - 1; s++) {
    const e = matchGazetteer(ctx.norms, s);
    if (e && s + e.tokens.length === i - 1) return s;
  }
  // An organization named by head words ("The Brookings Institution's").
  const prior = ctx.out.mentions[ctx.out.mentions.length - 1];
  if (prior && prior.sentence === ctx.sentence && prior.end === ctx.toks[i - 2].end) {
    for (let s = i - 2; s >= 0; s--) if (ctx.toks[s].start === prior.start) return s;
  }
  return -1;
}

export function ownedByOrganization(ctx: SentenceContext, i: number): boolean {
  if (possessorStart(ctx, i) < 0) return false;
  const owner = ctx.out.mentions[ctx.out.mentions.length - 1];
  return owner !== undefined && owner.ref.type === 'Organization' && owner.end === ctx.toks[i - 2].end;
}
