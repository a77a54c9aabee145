// Mentions of known names (states, capitals, seats, demonyms, known organizations), with the
// venue test: a capital or state named only as the place where something happened is no actor.
import type { MentionKind } from '../analysis';
import { CAPITAL_NAMES } from './gazetteer';
import type { EntityRef } from './recognition';
import { orgKeyOfKnown, type Piece, type SentenceContext } from './sentence-context';
import { isAllCaps, isCapitalized, type Token } from './tokens';

const VENUE_BEFORE_CAPITAL = new Set(['in', 'at', 'into', 'near', 'outside', 'inside', 'via', 'across', 'around', 'throughout', 'on']);
const DIRECTION_PREPS = new Set(['to', 'from', 'toward', 'towards']);
const TRAVEL_WORDS = new Set(['flew', 'fly', 'flying', 'flown', 'travelled', 'traveled', 'travel', 'travelling', 'traveling', 'went', 'go', 'going', 'gone', 'came', 'come', 'coming', 'returned', 'return', 'returning', 'arrived', 'arriving', 'trip', 'trips', 'visit', 'visits', 'journey', 'headed', 'heading', 'moved', 'fled', 'flee', 'relocated', 'back', 'way', 'drove', 'sailed', 'flight', 'flights', 'tour', 'mission', 'route', 'road']);

/** A travel word shortly before the preposition at j. */
function travelBefore(ctx: SentenceContext, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) if (TRAVEL_WORDS.has(ctx.lower[k])) return true;
  return false;
}
/** "the London club", "a Paris court": a capital naming where a body sits is no actor. */
const LOCAL_BODY_AFTER = new Set(['club', 'side', 'team', 'firm', 'company', 'court', 'bourse', 'exchange', 'market', 'markets', 'office', 'branch', 'prosecutor', 'prosecutors', 'police', 'hospital', 'airport', 'stadium', 'university', 'newspaper', 'daily', 'mayor', 'council']);
/** Names listed as a state's written forms that are cities ("London" for the United Kingdom). */
function isCityName(text: string): boolean {
  return CAPITAL_NAMES.has(text);
}
/** "allies in Havana", "officials in Beijing": the capital stands for its government. */
const GOVERNMENT_PEOPLE = new Set(['ally', 'allies', 'partner', 'partners', 'backer', 'backers', 'patron', 'patrons', 'friends', 'officials', 'authorities', 'leaders', 'leadership', 'rulers', 'policymakers', 'counterparts', 'hardliners']);
/** Words after a demonym that make it a language. */
const LANGUAGE_AFTER = new Set(['acronym', 'acronyms', 'initials', 'abbreviation', 'translation', 'spelling', 'language', 'speakers', 'speaking', 'subtitles']);
const VENUE_BEFORE_STATE = new Set(['in', 'across', 'throughout', 'inside']);
const VISIT_VERBS = new Set(['visited', 'visiting', 'visits', 'toured', 'touring', 'tours']);
const AREA_WORDS = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'greater', 'suburban', 'rural', 'coastal', 'war-torn', 'neighboring', 'neighbouring']);
const SITUATION_NOUNS = new Set(['war', 'conflict', 'crisis', 'fighting', 'invasion', 'election', 'elections', 'peace', 'interest', 'interests', 'investment', 'investments', 'rights', 'situation', 'stability', 'instability', 'crackdown', 'intervention', 'involvement', 'role', 'stake', 'unrest', 'violence', 'coup', 'ceasefire', 'insurgency', 'genocide', 'famine', 'occupation', 'aggression', 'offensive', 'operations', 'presence', 'democracy', 'influence', 'regime', 'government', 'policy', 'reforms', 'protests', 'uprising', 'revolution', 'civil']);

export function emitEntry(ctx: SentenceContext, piece: Piece): void {
  const e = piece.entry!;
  switch (e.kind) {
    case 'state':
      addMention(ctx, piece, 'name', { type: 'State', iso: e.iso! }, venueBefore(ctx, piece.from, VENUE_BEFORE_STATE) || (isCityName(piece.text) && LOCAL_BODY_AFTER.has(ctx.lower[piece.to] ?? '')));
      break;
    case 'capital':
    case 'seat':
      addMention(ctx, piece, 'capital', { type: 'State', iso: e.iso! }, venueBefore(ctx, piece.from, VENUE_BEFORE_CAPITAL) || (e.kind === 'capital' && LOCAL_BODY_AFTER.has(ctx.lower[piece.to] ?? '')));
      break;
    case 'demonym':
      // "its French acronym", "Arabic-language": a language, not the state.
      if (LANGUAGE_AFTER.has(ctx.lower[piece.to] ?? '') || (ctx.lower[piece.to] === '-' && LANGUAGE_AFTER.has(ctx.lower[piece.to + 1] ?? ''))) break;
      addMention(ctx, piece, 'demonym', { type: 'State', iso: e.iso! }, false);
      break;
    case 'people':
      addMention(ctx, piece, 'descriptor', { type: 'State', iso: e.iso! }, false);
      break;
    case 'org': {
      const key = orgKeyOfKnown(ctx, e);
      ctx.out.mentions.push({ start: ctx.toks[piece.from].start, end: ctx.toks[piece.to - 1].end, text: piece.text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key } });
      break;
    }
    case 'place':
      break;
  }
}

export function addMention(ctx: SentenceContext, piece: Piece, kind: MentionKind, ref: EntityRef, venue: boolean): void {
  const inDateline = ctx.dateline >= 0 && piece.from < ctx.dateline;
  ctx.out.mentions.push({
    start: ctx.toks[piece.from].start,
    end: ctx.toks[piece.to - 1].end,
    text: piece.text,
    sentence: ctx.sentence,
    kind,
    ref,
    venue: venue || inDateline || undefined,
  });
}

export function venueBefore(ctx: SentenceContext, i: number, preps: Set<string>): boolean {
  // A possessive makes it an actor ("in Moscow's view"), unless it owns a place
  // ("on Singapore's Sentosa island").
  if (ctx.norms[i + 1] === "'s") return ownsPlace(ctx, i + 2);
  let j = i - 1;
  if (j >= 0 && ctx.lower[j] === 'the') j--;
  // "in central Sofia", "in northern Mali".
  if (j >= 0 && AREA_WORDS.has(ctx.lower[j])) j--;
  if (j < 0) return false;
  // "its allies in Moscow", "officials in Beijing": people of the government seated there act.
  // Not "U.S. officials in Stockholm": people another state's name qualifies are only there.
  if (preps === VENUE_BEFORE_CAPITAL && ctx.lower[j] === 'in' && j > 0 && GOVERNMENT_PEOPLE.has(ctx.lower[j - 1]) && !(j > 1 && isCapitalized(ctx.toks[j - 2]))) return false;
  // "the war in Ukraine" names the state; "a summit in Paraguay" only places the summit.
  // "flew to Washington" is a trip; "sent arms to Pyongyang" names a recipient.
  if (DIRECTION_PREPS.has(ctx.lower[j])) return travelBefore(ctx, j);
  if (preps.has(ctx.lower[j])) return !(preps === VENUE_BEFORE_STATE && j > 0 && SITUATION_NOUNS.has(ctx.lower[j - 1]));
  // "visited Hanoi", "toured Kenya": a place travelled to.
  if (VISIT_VERBS.has(ctx.lower[j])) return true;
  // "in Gyeongju, South Korea.": the state that locates a venue just named.
  if (ctx.lower[j] === ',' && locatesVenue(ctx, i, j)) return true;
  // "in Baghdad and Muscat": the second of coordinated venues.
  if (ctx.lower[j] === 'and' || ctx.lower[j] === 'or') {
    const prev = ctx.out.mentions[ctx.out.mentions.length - 1];
    return prev !== undefined && prev.sentence === ctx.sentence && prev.end === ctx.toks[j - 1]?.end && prev.venue === true;
  }
  return false;
}

/** The name at i closes "in <Place>, <name>" and its clause ("in Gyeongju, South Korea, on
 * Monday"; not "In Paris, France criticized ..."). */
function locatesVenue(ctx: SentenceContext, i: number, comma: number): boolean {
  let end = i;
  while (end < ctx.toks.length && isCapitalized(ctx.toks[end])) end++;
  if (end < ctx.toks.length && !/^[,.;:)—–]$/.test(ctx.toks[end].norm)) return false;
  let k = comma - 1;
  while (k >= 0 && comma - k <= 4 && isCapitalized(ctx.toks[k])) k--;
  return k < comma - 1 && k >= 0 && VENUE_BEFORE_CAPITAL.has(ctx.lower[k]);
}

function ownsPlace(ctx: SentenceContext, i: number): boolean {
  let j = i;
  while (j < ctx.toks.length && j < i + 4 && isCapitalized(ctx.toks[j])) j++;
  return j > i && j < ctx.toks.length && PLACE_NOUNS.has(ctx.lower[j]);
}

export function isShouting(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!/^\p{L}{2,}/u.test(t.text)) continue;
    words++;
    if (isAllCaps(t)) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/** Small words a title-case headline capitalizes ("Velorix Says Profit Rose In May"). */
const HEADLINE_SMALL = new Set(['To', 'In', 'Of', 'For', 'On', 'At', 'With', 'As', 'By', 'From', 'Over', 'After', 'Says', 'Said', 'Is', 'Are', 'Will', 'Be', 'Up', 'Down']);

/** A headline in title case: nearly every word capitalized, small words too. */
export function isTitleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  let small = 0;
  toks.forEach((t, i) => {
    if (!/^\p{L}{2,}/u.test(t.text)) return;
    words++;
    if (isCapitalized(t)) caps++;
    if (i > 0 && HEADLINE_SMALL.has(t.text)) small++;
  });
  return words >= 4 && small > 0 && caps / words >= 0.85;
}

/** Short function words and name particles a title-case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'over', 'with', 'from', 'as', 'into', 'onto', 'upon', 'via', 'per', 'amid', 'after', 'off', 'vs', 'de', 'del', 'da', 'do', 'dos', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'bin']);

const HEADLINE_LINKS = new Set(['and', 'or', 'but', 'nor', 'a', 'an', 'the', 'de', 'del', 'da', 'do', 'dos', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'bin']);

/** "Ministry Files Complaint over Navy Drills at Corvo Shoal": a line with no final
 * stop in which every word but short function words is capitalized, a preposition among them
 * and some capitalized word one the document writes in lower case elsewhere. */
export function lowerSmallTitleCase(toks: Token[], docLower: Set<string>): boolean {
  const last = toks[toks.length - 1];
  if (!last || /^[.!?…"”'’:;,]$/.test(last.text)) return false;
  let caps = 0;
  let preposition = false;
  let common = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!/^\p{L}/u.test(t.text)) continue;
    if (isCapitalized(t)) {
      caps++;
      if (i > 0 && docLower.has(t.text.toLowerCase())) common = true;
    } else if (HEADLINE_LOWER.has(t.text)) {
      if (!HEADLINE_LINKS.has(t.text)) preposition = true;
    } else return false;
  }
  return caps >= 4 && preposition && common;
}

/** "KAZAN, Russia —": a capitalized place opening the first sentence, before a dash. */
export function datelineEnd(toks: Token[]): number {
  if (toks.length < 3 || !isAllCaps(toks[0])) return -1;
  // "RIO DE JANEIRO, July 6 (Reuters) -": a longer opening when a wire service closes it.
  for (let i = 1; i < Math.min(toks.length, 16); i++) if ((toks[i].text === '—' || toks[i].text === '–' || toks[i].text === '-') && (i < 8 || toks[i - 1].text === ')')) return i;
  return -1;
}

export const PLACE_NOUNS = new Set(['island', 'village', 'county', 'municipality', 'oblast', 'governorate', 'islands', 'city', 'region', 'province', 'port', 'coast', 'border', 'town', 'district', 'capital', 'state', 'resort', 'airport', 'base', 'territory', 'waters', 'peninsula', 'mountains', 'desert']);
