// Titles and role nouns (data/roles.json) compiled into a token-sequence lookup.
import rolesData from '../data/roles.json';
import { tokenize } from './tokens';

export interface RoleEntry {
  words: string;
  role: 'leads' | 'member' | 'rank' | 'honorific';
  target?: 'state' | 'org' | 'any';
  body?: string;
  defaultState?: string;
  /** A consul or chargé d'affaires serves abroad: the state the story is about is no guess. */
  postedAbroad?: boolean;
  tokens: string[];
}

const ROLES = new Map<string, RoleEntry[]>();
for (const r of rolesData.roles as Omit<RoleEntry, 'tokens'>[]) {
  const tokens = tokenize(r.words).map((t) => t.norm.toLowerCase());
  const list = ROLES.get(tokens[0]) ?? [];
  list.push({ ...r, tokens });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  ROLES.set(tokens[0], list);
}

export const ROLE_MODIFIERS = new Set(rolesData.roleModifiers);
export const FAMILY_WORDS = new Set(rolesData.familyWords);
export const FORMER_MARKERS = new Set(rolesData.formerMarkers);
export const NOT_YET_MARKERS = new Set(rolesData.notYetMarkers);
export const COUNTERPART_WORDS = new Set(rolesData.counterpartWords);

/** Words naming a minister's portfolio after "of"/"for" ("Secretary of Foreign Affairs", "Undersecretary for Bilateral Relations"). */
export const PORTFOLIO_WORDS = new Set(['foreign', 'affairs', 'state', 'defense', 'defence', 'interior', 'justice', 'finance', 'treasury', 'commerce', 'energy', 'health', 'education', 'staff', 'house', 'security', 'trade', 'labor', 'labour', 'agriculture', 'transport', 'transportation', 'homeland', 'economy', 'public', 'national', 'external', 'home', 'international', 'development', 'cooperation', 'information', 'culture', 'environment', 'industry', 'bilateral', 'multilateral', 'relations', 'political', 'economic', 'consular', 'maritime', 'planning', 'tourism', 'immigration', 'employment', 'science', 'technology', 'investment', 'infrastructure', 'communications', 'digital', 'climate', 'reintegration', 'housing', 'women', 'youth', 'veterans']);

/** The longest role starting at lower-cased token i. */
export function matchRole(lower: string[], i: number): RoleEntry | undefined {
  const list = ROLES.get(lower[i]);
  if (!list) return undefined;
  for (const r of list) {
    if (i + r.tokens.length > lower.length) continue;
    let ok = true;
    for (let k = 1; k < r.tokens.length; k++) if (lower[i + k] !== r.tokens[k]) ok = false;
    if (ok) return r;
  }
  return undefined;
}

/** The role an arbitrary role phrase ends in ("vice foreign minister" → minister). */
export function roleOfPhrase(phrase: string): RoleEntry | undefined {
  const lower = tokenize(phrase).map((t) => t.norm.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    const r = matchRole(lower, i);
    if (r && i + r.tokens.length === lower.length) return r;
  }
  return undefined;
}

/** Every word that can be part of a title or role phrase, lower-cased. */
export const ROLE_VOCABULARY = new Set<string>([
  ...[...ROLES.values()].flat().flatMap((r) => r.tokens),
  ...ROLE_MODIFIERS,
  ...FAMILY_WORDS,
  ...COUNTERPART_WORDS,
  ...FORMER_MARKERS,
  ...NOT_YET_MARKERS,
]);

export interface RoleDecision {
  role: RoleEntry;
  /** "vice", "deputy": the holder serves under the head. */
  deputy: boolean;
  family?: string;
  counterpart: boolean;
}

const HEAD_NEUTRAL = new Set(['the', 'a', 'an', 'top', 'current', 'new', 'interim', 'acting', 'outgoing', 'then', 'longtime', 'long-time', 'powerful', 'influential', 'veteran', 'overall', 'sitting', 'chief']);
const DEPUTY = new Set(['vice', 'deputy', 'assistant', 'under', 'undersecretary', 'acting-deputy']);

/** What a sequence of role words ("the influential sister", "vice foreign minister") says. */
export function decideRole(words: string[]): RoleDecision | undefined {
  const lower = words.map((w) => singular(w.toLowerCase()));
  let best: RoleEntry | undefined;
  let family: string | undefined;
  let counterpart = false;
  const coordinated = lower.includes('and');
  for (let i = 0; i < lower.length; i++) {
    if (FAMILY_WORDS.has(lower[i])) family = lower[i];
    if (COUNTERPART_WORDS.has(lower[i])) counterpart = true;
    const r = matchRole(lower, i);
    if (!r) continue;
    // The last title decides ("chief foreign policy adviser"), except that of two coordinated
    // titles ("prime minister and foreign minister") the one that heads wins.
    if (r.role === 'leads' || r.role === 'member') {
      if (!(coordinated && best?.role === 'leads' && r.role === 'member')) best = r;
    }
    // "prime minister" is one role, not "prime" + "minister".
    i += r.tokens.length - 1;
  }
  if (!best && !family && !counterpart) return undefined;
  // "foreign policy chief", "intelligence chief": the head of a part, so a member of the whole.
  if (best && /^(chief|head|director|commander)$/.test(best.words)) {
    const at = lower.lastIndexOf(best.words);
    const before = lower.slice(0, at).filter((w) => !HEAD_NEUTRAL.has(w) && !FAMILY_WORDS.has(w));
    if (before.length > 0) best = { ...best, role: 'member' };
  }
  const deputy = lower.some((w) => DEPUTY.has(w)) && best !== undefined && !/^vice president|^vice-president/.test(best.words);
  const role = best ?? { words: family ?? 'counterpart', role: 'member', tokens: [] };
  return { role, deputy, family, counterpart };
}

function singular(w: string): string {
  if (ROLE_VOCABULARY.has(w)) return w;
  if (w.endsWith('s') && ROLE_VOCABULARY.has(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}
