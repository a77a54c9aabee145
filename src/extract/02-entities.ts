// Pass 02: find names in each sentence — states (gazetteer), organizations (known names and
// head words such as Ministry/Agency/Party), people (titles, name shapes) — and the titles
// and qualifiers around them. Coreference (pass 03) turns this into entities.
import type { Sentence } from '../model';
import type { MentionKind } from './analysis';
import { matchGazetteer, type GazetteerEntry } from './entities/gazetteer';
import { acronymOf, nameKey } from './entities/names';
import type { EntityRef, OrgRecord, PersonRecord, RawMention, Recognition, TitleFact, Unresolved } from './entities/recognition';
import { FORMER_MARKERS, matchRole, NOT_YET_MARKERS, ROLE_MODIFIERS } from './entities/roles';
import { isAllCaps, isCapitalized, tokenize, type Token } from './entities/tokens';
import orgHeads from './data/org-heads.json';
import places from './data/places.json';
import words from './data/words.json';

const FUNCTION_WORDS = new Set(words.capitalizedFunctionWords);
const PARTICLES = new Set(words.nameParticles.map((p) => p.toLowerCase()));
const SUFFIXES = new Set(words.nameSuffixes);
const HEADS = orgHeads.heads as Record<string, string>;
const HEAD_SET = new Set(Object.keys(HEADS));
const MULTI_HEADS = Object.entries(orgHeads.multiwordHeads as Record<string, string>).map(([k, v]) => ({
  tokens: k.split(' '),
  category: v,
}));
const CATEGORIES = orgHeads.categories as Record<string, { partOfState: boolean; generic: boolean }>;
const PLACE_TAILS = new Set(places.tailWords);
const CALENDAR = new Set(places.weekdaysMonths);
const ABBREV_WITH_DOT = new Set(['Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Maj', 'Adm', 'Sgt', 'Gov', 'Sen', 'Rep', 'Prof', 'Brig', 'Cmdr', 'Rev']);
const TITLE_CORES_WITH_OF = new Set(['Secretary', 'Minister', 'Ambassador', 'Envoy', 'Leader', 'President', 'Chairman', 'Director', 'Head', 'Chief', 'Commander', 'Speaker', 'Secretary-General']);
const VENUE_BEFORE_CAPITAL = new Set(['in', 'at', 'to', 'from', 'into', 'near', 'outside', 'inside', 'toward', 'towards', 'via', 'across', 'around', 'throughout', 'over', 'on']);
const VENUE_BEFORE_STATE = new Set(['in', 'across', 'throughout', 'inside']);
const ORG_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(company|firm|major|giant|group|agency|organization|organisation|party|bank|network|newspaper|broadcaster|outlet|think tank|institute|program|programme|militia|movement|bloc|alliance|body|watchdog|manufacturer|maker|producer|conglomerate|carrier|airline|startup|insurer|lender|fund|union|coalition|publication|daily|channel|news agency)\b/i;
const PERSON_APPOSITION = /^,\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.'’ -]*?['’]s)?\s*(?:[\w-]+\s+){0,4}?(spokesman|spokeswoman|spokesperson|minister|president|leader|adviser|advisor|official|ambassador|envoy|chief|head|director|chairman|chairwoman|secretary|sister|brother|wife|husband|son|daughter|father|mother|analyst|researcher|diplomat|negotiator|general|commander|senator|lawmaker|governor|mayor|premier|chancellor|king|queen|prince|emir|founder|professor|economist|expert|correspondent|aide)\b/iu;

/** "the state nuclear corporation Rosatom": a common noun for a kind of body, then its name. */
const ORG_NOUN_BEFORE = new Set(['company', 'corporation', 'firm', 'conglomerate', 'group', 'party', 'bank', 'broadcaster', 'newspaper', 'daily', 'network', 'militia', 'movement', 'carrier', 'airline', 'giant', 'outlet', 'agency', 'tank', 'institute', 'organization', 'organisation', 'alliance', 'coalition', 'union', 'manufacturer', 'producer', 'maker', 'insurer', 'lender', 'bloc']);

interface Piece {
  /** Token index range [from, to). */
  from: number;
  to: number;
  text: string;
  entry?: GazetteerEntry;
  /** A connector ("of", "the", "for") merged into an organization or title. */
  conn?: boolean;
  particle?: boolean;
}

interface Ctx {
  text: string;
  sentence: number;
  toks: Token[];
  norms: string[];
  lower: string[];
  docLower: Set<string>;
  out: Recognition;
  dateline: number;
  /** The sentence is written in capitals (a headline). */
  shouting: boolean;
}

export function recognizeEntities(text: string, sentences: Sentence[]): Recognition {
  const out: Recognition = {
    text,
    sentences,
    tokens: [],
    mentions: [],
    persons: new Map(),
    orgs: new Map(),
    unresolved: [],
  };
  const allTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  out.tokens = allTokens;
  const docLower = new Set<string>();
  for (const toks of allTokens) for (const t of toks) if (!isCapitalized(t)) docLower.add(t.norm);
  allTokens.forEach((toks, si) => {
    const norms = toks.map((t) => t.norm);
    const ctx: Ctx = { text, sentence: si, toks, norms, lower: norms.map((n) => n.toLowerCase()), docLower, out, dateline: -1, shouting: isShouting(toks) };
    if (si === 0) ctx.dateline = datelineEnd(toks);
    const before = out.mentions.length;
    for (const run of findRuns(ctx)) classifyRun(ctx, run, 0);
    findLowercaseBodies(ctx, before);
  });
  return out;
}

function isShouting(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!/^\p{L}{2,}/u.test(t.text)) continue;
    words++;
    if (isAllCaps(t)) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/** "KAZAN, Russia —": a capitalized place opening the first sentence, before a dash. */
function datelineEnd(toks: Token[]): number {
  if (toks.length < 3 || !isAllCaps(toks[0])) return -1;
  for (let i = 1; i < Math.min(toks.length, 8); i++) if (toks[i].text === '—' || toks[i].text === '–' || toks[i].text === '-') return i;
  return -1;
}

/** "China's foreign ministry", "the Russian defence ministry": a state body written in lower
 * case right after the state that owns it. */
function findLowercaseBodies(ctx: Ctx, from: number): void {
  const states = ctx.out.mentions.slice(from).filter((m) => m.ref.type === 'State' && (m.kind === 'demonym' || m.kind === 'name'));
  for (const m of states) {
    let k = ctx.toks.findIndex((t) => t.start >= m.end);
    if (k < 0) continue;
    const possessive = ctx.norms[k] === "'s";
    if (possessive) k++;
    else if (m.kind !== 'demonym') continue;
    let j = k;
    while (j < ctx.toks.length && j < k + 3 && /^[a-z]+$/.test(ctx.toks[j].text) && !/^(ministry|ministries)$/.test(ctx.toks[j].text)) j++;
    if (j >= ctx.toks.length || !/^(ministry)$/.test(ctx.toks[j].text) || j === k) continue;
    if (!ctx.toks.slice(k, j).every((t) => LOWERCASE_PORTFOLIOS.has(t.text))) continue;
    const start = ctx.toks[k].start;
    const end = ctx.toks[j].end;
    const written = ctx.text.slice(start, end);
    // The canonical name in the usual capitals; the written form stays an alias.
    const name = written.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const iso = (m.ref as { iso: string }).iso;
    const rec = registerOrg(ctx, name, 'ministry', iso);
    rec.stateIso ??= iso;
    rec.aliases.add(ctx.text.slice(m.start, end));
    rec.aliases.add(written);
    ctx.out.mentions.push({ start, end, text: written, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
  }
}

const LOWERCASE_PORTFOLIOS = new Set(['foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'education', 'energy', 'agriculture', 'culture', 'emergencies', 'emergency', 'information', 'commerce', 'labor', 'labour', 'transport', 'environment', 'unification', 'intelligence', 'security', 'home', 'affairs', 'external', 'state']);

// ---- runs of capitalized words -------------------------------------------------------------

const MAX_RUN = 16;
const KIND_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(party|group|militia|cartel|company|firm|movement|network|newspaper|broadcaster|conglomerate|news agency|agency)\b/;

function isNameToken(t: Token): boolean {
  return isCapitalized(t) || (/^\d+\p{L}/u.test(t.text) && !/^\d+(st|nd|rd|th|s)$/.test(t.text));
}

function findRuns(ctx: Ctx): Piece[][] {
  const { toks, norms } = ctx;
  const runs: Piece[][] = [];
  let i = 0;
  while (i < toks.length) {
    const startsParticle = PARTICLES.has(toks[i].text) && /^(von|van|al|el|de|da|bin)$/.test(toks[i].text) && i + 1 < toks.length && (isNameToken(toks[i + 1]) || toks[i + 1].text === '-' || PARTICLES.has(toks[i + 1].text));
    const entry = matchGazetteer(norms, i);
    // "The Stimson Center's 38 North": a numbered name owned by what precedes it.
    const numbered = /^\d+$/.test(toks[i].text) && i > 0 && norms[i - 1] === "'s" && i + 1 < toks.length && isCapitalized(toks[i + 1]);
    if (!entry && !isNameToken(toks[i]) && !startsParticle && !numbered) {
      i++;
      continue;
    }
    const run: Piece[] = [];
    // No name is longer than this; a longer stretch of capitals is split (keeps work linear).
    while (i < toks.length && run.length < MAX_RUN) {
      const e = matchGazetteer(norms, i);
      if (e) {
        run.push({ from: i, to: i + e.tokens.length, text: spanText(ctx, i, i + e.tokens.length), entry: e });
        i += e.tokens.length;
        continue;
      }
      const t = toks[i];
      if (isNameToken(t) || (run.length === 0 && (startsParticle || numbered))) {
        let j = i + 1;
        // Glue hyphenated and dotted parts: "Ho-jin", "Secretary-General", "Jr.", "al-Aiban".
        while (j + 1 < toks.length && toks[j].text === '-' && !toks[j].spaced && !toks[j + 1].spaced && /^[\p{L}\d]/u.test(toks[j + 1].text) && !matchGazetteer(norms, j + 1)) j += 2;
        if (j < toks.length && toks[j].text === '.' && !toks[j].spaced && (ABBREV_WITH_DOT.has(toks[j - 1].text) || /^\p{Lu}$/u.test(toks[j - 1].text))) j++;
        if (run.length === 0 && startsParticle && !isNameToken(t)) {
          run.push({ from: i, to: j, text: spanText(ctx, i, j), particle: j === i + 1 });
        } else {
          run.push({ from: i, to: j, text: spanText(ctx, i, j) });
        }
        i = j;
        continue;
      }
      // "Workers' Party": a plural possessive inside a name.
      if ((t.text === "'" || t.text === '’') && !t.spaced && run.length > 0 && i + 1 < toks.length && /s$/.test(toks[i - 1].text) && isCapitalized(toks[i + 1]) && !matchGazetteer(norms, i + 1)) {
        run[run.length - 1] = { ...run[run.length - 1], to: i + 1, text: spanText(ctx, run[run.length - 1].from, i + 1) };
        i++;
        continue;
      }
      // "Peace and Security Council", "Ministry of Trade and Industry": "and" inside a name
      // that ends in an organization head word.
      if ((t.text === 'and' || t.text === '&') && run.length > 0 && !run[run.length - 1].entry && run.length <= 3 && !run.some((p) => matchRole(ctx.lower, p.from))) {
        // The head must come after another word ("and Security Council", not "and Congress").
        const headAt = headAhead(toks, i + 1);
        if (headAt > i + 1) {
          run.push({ from: i, to: i + 1, text: t.text, conn: true });
          for (let k = i + 1; k <= headAt; k++) run.push({ from: k, to: k + 1, text: toks[k].text });
          i = headAt + 1;
          continue;
        }
      }
      if (PARTICLES.has(t.text) && run.length > 0 && i + 1 < toks.length) {
        const nx = toks[i + 1];
        if (isNameToken(nx) || (nx.text === '-' && !nx.spaced) || PARTICLES.has(nx.text)) {
          // "al-Aiban" after a first name: glue the particle to the hyphenated part.
          let j = i + 1;
          while (j + 1 < toks.length && toks[j].text === '-' && !toks[j].spaced && !toks[j + 1].spaced) j += 2;
          run.push({ from: i, to: j, text: spanText(ctx, i, j), particle: j === i + 1 });
          i = j;
          continue;
        }
      }
      // "of"/"for"/"to" after an organization head or a title: "Ministry of External Affairs",
      // "Secretary of State", "Ambassador to South Korea".
      if (run.length > 0 && /^(of|for|on|to)$/.test(t.text) && i + 1 < toks.length) {
        const last = run[run.length - 1];
        const lastWord = last.entry ? '' : last.text;
        const headLike = isHead(lastWord) || run.some((p) => p.conn && !p.entry && p.text !== 'of');
        const titleLike = TITLE_CORES_WITH_OF.has(lastWord) && t.text !== 'for' && t.text !== 'on';
        if ((headLike && t.text !== 'to') || titleLike) {
          let j = i + 1;
          if (toks[j].text === 'the' && j + 1 < toks.length) j++;
          if (isNameToken(toks[j]) || matchGazetteer(norms, j)) {
            run.push({ from: i, to: j, text: spanText(ctx, i, j), conn: true });
            i = j;
            continue;
          }
        }
      }
      break;
    }
    // A trailing particle is not part of the name.
    while (run.length > 0 && (run[run.length - 1].particle || run[run.length - 1].conn)) {
      run.pop();
    }
    if (run.length > 0) runs.push(run);
    if (run.length === 0) i++;
  }
  return runs;
}

/** Index of an organization head word within the next capitalized words, or -1. */
function headAhead(toks: Token[], from: number): number {
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    if (!isCapitalized(toks[k])) return -1;
    if (isHead(toks[k].text)) return k;
  }
  return -1;
}

function isHead(word: string): boolean {
  return HEAD_SET.has(word);
}

function spanText(ctx: Ctx, from: number, to: number): string {
  return ctx.text.slice(ctx.toks[from].start, ctx.toks[to - 1].end);
}

// ---- classification ------------------------------------------------------------------------

function classifyRun(ctx: Ctx, run: Piece[], depth: number): void {
  let pieces = run;
  // Function words that open a sentence or clause are not names ("The", "In", "After").
  let lead = 0;
  while (lead < pieces.length && !pieces[lead].entry && (FUNCTION_WORDS.has(pieces[lead].text) || CALENDAR.has(pieces[lead].text))) lead++;
  if (lead > 0) pieces = pieces.slice(lead);
  // A sentence-initial ordinary word before a known name ("Neighboring Finland", "Hard-line
  // Iranian newspapers"); a first name ("Mark Carney") stays.
  if (pieces.length > 1 && pieces[0].from === 0 && !pieces[0].entry && isCommonWord(ctx, pieces[0].text) && (pieces[1].entry || pieces.length > 2)) pieces = pieces.slice(1);
  // Headlines in capitals: only known names are trusted.
  if (ctx.shouting) {
    for (const p of pieces) if (p.entry) emitEntry(ctx, p);
    return;
  }
  if (pieces.length === 0) return;
  // The dateline ("NAIROBI, Kenya (Reuters) -") names a place and a wire service, not actors.
  if (pieces[0].from < ctx.dateline) {
    for (const p of pieces) if (p.entry && p.entry.kind !== 'org') emitEntry(ctx, p);
    return;
  }
  // "the town of El Fasher": a place by what it is called.
  if (pieces[0].from >= 2 && ctx.lower[pieces[0].from - 1] === 'of' && PLACE_NOUNS.has(ctx.lower[pieces[0].from - 2]) && !pieces[0].entry) return;
  if (pieces.length === 1 && pieces[0].from === 0 && !pieces[0].entry && isCommonWord(ctx, pieces[0].text) && !isAllCaps(ctx.toks[pieces[0].from])) return;

  // "The Brookings Institution's Africa Growth Initiative": whatever an organization owns by
  // name is a part of it (a program, a center), unless a title says it is a person.
  if (ownedByOrganization(ctx, pieces[0].from) && !matchRole(ctx.lower, pieces[0].from) && !findHead(ctx, pieces)) {
    const start = ctx.toks[pieces[0].from].start;
    const end = ctx.toks[pieces[pieces.length - 1].to - 1].end;
    const text = ctx.text.slice(start, end);
    const owner = ctx.out.mentions[ctx.out.mentions.length - 1];
    const rec = registerOrg(ctx, text, 'think-tank', undefined);
    if (owner.ref.type === 'Organization' && owner.ref.key !== rec.key) rec.ownerKey ??= owner.ref.key;
    ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
    return;
  }
  const head = findHead(ctx, pieces);
  if (head) {
    classifyOrganization(ctx, pieces, head);
    return;
  }
  classifyNamed(ctx, pieces, depth);
}

function ownedByOrganization(ctx: Ctx, i: number): boolean {
  if (possessorStart(ctx, i) < 0) return false;
  const owner = ctx.out.mentions[ctx.out.mentions.length - 1];
  return owner !== undefined && owner.ref.type === 'Organization' && owner.end === ctx.toks[i - 2].end;
}

function isCommonWord(ctx: Ctx, word: string): boolean {
  const lower = word.toLowerCase();
  return ctx.docLower.has(lower) || (lower.length > 5 && /(ing|ed|ly)$/.test(lower)) || FUNCTION_WORDS.has(word);
}

interface Head {
  /** Piece index range of the head word(s). */
  from: number;
  to: number;
  category: string;
}

/** "Chief Cabinet Secretary": a head word inside a known title is not an organization. */
function partOfTitle(ctx: Ctx, pieces: Piece[], p: number): boolean {
  for (const q of [p - 1, p]) {
    if (q < 0) continue;
    const r = matchRole(ctx.lower, pieces[q].from);
    if (r && r.tokens.length > 1 && pieces[q].from + r.tokens.length > pieces[p].from) return true;
  }
  return false;
}

function findHead(ctx: Ctx, pieces: Piece[]): Head | undefined {
  let found: Head | undefined;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (piece.entry || piece.conn) continue;
    // Once past an "of" tail, the tail belongs to the head before it.
    if (found && pieces.slice(found.to, p).some((x) => x.conn)) break;
    for (const m of MULTI_HEADS) {
      if (p + m.tokens.length <= pieces.length && m.tokens.every((w, k) => pieces[p + k].text === w)) {
        found = { from: p, to: p + m.tokens.length, category: m.category };
      }
    }
    if ((!found || found.to <= p) && isHead(piece.text) && !partOfTitle(ctx, pieces, p)) found = { from: p, to: p + 1, category: HEADS[piece.text] };
  }
  return found;
}

function classifyOrganization(ctx: Ctx, pieces: Piece[], head: Head): void {
  const category = head.category;
  const generic = CATEGORIES[category]?.generic ?? false;
  // The tail: "of ..." merged after the head.
  let end = head.to;
  if (end < pieces.length && pieces[end].conn) end = pieces.length;
  // Leading qualifiers: states ("U.S.", "Chinese") and known organizations ("NATO").
  let start = 0;
  let qualifier: EntityRef | undefined;
  let qualifierText = '';
  while (start < head.from && pieces[start].entry && pieces[start].entry!.kind !== 'place') {
    const e = pieces[start].entry!;
    // "China Coast Guard", "U.S. Southern Command": a state noun is part of a specific name.
    if (!generic && (e.kind === 'state' || e.kind === 'capital')) break;
    emitEntry(ctx, pieces[start]);
    qualifier = refOfEntry(e, ctx);
    qualifierText = pieces[start].text;
    start++;
  }
  // Words before the head that are titles of a person cannot open an organization name.
  if (start >= end) return;
  const first = pieces[start];
  const last = pieces[end - 1];
  const nameStart = ctx.toks[first.from].start;
  const nameEnd = ctx.toks[last.to - 1].end;
  let name = ctx.text.slice(nameStart, nameEnd);
  const single = end - start === 1 && !first.entry;
  if (single && !qualifier) {
    // "the Commission", "Parliament": a short reference to an organization named elsewhere.
    ctx.out.unresolved.push({ start: nameStart, end: nameEnd, text: name, sentence: ctx.sentence });
    if (end < pieces.length) classifyRun(ctx, pieces.slice(end), 1);
    return;
  }
  if (single && qualifier && !generic && qualifier.type === 'State') name = `${qualifierText} ${name}`;
  // The owner: a possessor ("Beijing's Taiwan Affairs Office") outranks a qualifier ("U.S.
  // Treasury Department"), which outranks a state inside the name ("… of the Philippines").
  const possessor = possessorBefore(ctx, pieces[0].from);
  let stateIso: string | undefined = possessor?.type === 'State' ? possessor.iso : undefined;
  let ownerKey: string | undefined = possessor?.type === 'Organization' ? possessor.key : undefined;
  if (qualifier?.type === 'State') stateIso ??= qualifier.iso;
  if (qualifier?.type === 'Organization') ownerKey ??= qualifier.key;
  for (let p = start; p < end; p++) {
    const e = pieces[p].entry;
    if (!e) continue;
    if (e.kind === 'capital') continue; // "Washington Post": a city in a name is no actor.
    if (e.kind === 'state' || e.kind === 'demonym') {
      stateIso ??= e.iso;
      // State names inside the name ("Armed Forces of the Philippines") are mentions too.
      addMention(ctx, pieces[p], 'name', { type: 'State', iso: e.iso! }, false);
    } else if (e.kind === 'org') {
      ownerKey ??= orgKeyOfKnown(ctx, e);
    }
  }
  const rec = registerOrg(ctx, name, category, generic ? stateIso : undefined);
  rec.stateIso ??= stateIso;
  if (ownerKey && ownerKey !== rec.key) rec.ownerKey ??= ownerKey;
  if (qualifierText) rec.aliases.add(`${qualifierText} ${name}`);
  if (possessor) rec.aliases.add(ctx.text.slice(ctx.toks[possessorStart(ctx, pieces[0].from)].start, nameEnd));
  ctx.out.mentions.push({ start: nameStart, end: nameEnd, text: name, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
  if (end < pieces.length) classifyRun(ctx, pieces.slice(end), 1);
}

function registerOrg(ctx: Ctx, name: string, category: string, genericIso: string | undefined): OrgRecord {
  const key = nameKey(name) + (CATEGORIES[category]?.generic ? '@' + (genericIso ?? '') : '');
  let rec = ctx.out.orgs.get(key);
  if (!rec) {
    rec = { key, name, aliases: new Set(), category };
    ctx.out.orgs.set(key, rec);
  }
  return rec;
}

function orgKeyOfKnown(ctx: Ctx, e: GazetteerEntry): string {
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
function possessorBefore(ctx: Ctx, i: number): EntityRef | undefined {
  const s = possessorStart(ctx, i);
  if (s < 0) return undefined;
  const e = matchGazetteer(ctx.norms, s);
  if (e) return refOfEntry(e, ctx);
  return undefined;
}

function possessorStart(ctx: Ctx, i: number): number {
  if (i < 2 || ctx.norms[i - 1] !== "'s") return -1;
  // Find the gazetteer entry ending right before the 's.
  for (let s = Math.max(0, i - 8); s < i - 1; s++) {
    const e = matchGazetteer(ctx.norms, s);
    if (e && s + e.tokens.length === i - 1) return s;
  }
  // An organization named by head words ("The Stimson Center's").
  const prior = ctx.out.mentions[ctx.out.mentions.length - 1];
  if (prior && prior.sentence === ctx.sentence && prior.end === ctx.toks[i - 2].end) {
    for (let s = i - 2; s >= 0; s--) if (ctx.toks[s].start === prior.start) return s;
  }
  return -1;
}

function refOfEntry(e: GazetteerEntry, ctx: Ctx): EntityRef {
  if (e.kind === 'org') return { type: 'Organization', key: orgKeyOfKnown(ctx, e) };
  return { type: 'State', iso: e.iso! };
}

// ---- people and everything else ------------------------------------------------------------

function classifyNamed(ctx: Ctx, pieces: Piece[], depth: number): void {
  let p = 0;
  let qualifier: EntityRef | undefined;
  let former = false;
  let notYet = false;
  const roleWords: string[] = [];
  let complement: EntityRef | undefined;
  // A state or capital that stopped the prefix loop opens a person's name ("Israel Katz").
  let entryOpensName = false;
  // Prefix: qualifiers, "Former", titles ("Vice Foreign Minister", "Secretary of State").
  while (p < pieces.length) {
    const piece = pieces[p];
    if (piece.entry) {
      if (roleWords.length > 0 && piece.entry.kind !== 'org') break;
      if (piece.entry.kind === 'place') {
        p++;
        continue;
      }
      // A one-word state name followed by one more capitalized word, with no title, is a
      // person's name ("Israel Katz", "Jordan Bardella"), unless that word makes it a place or
      // a body ("Niger Delta", "China Daily").
      if (roleWords.length === 0 && (piece.entry.kind === 'state' || piece.entry.kind === 'capital') && p === pieces.length - 2 && piece.to - piece.from === 1 && !pieces[p + 1].entry && !pieces[p + 1].particle && ctx.norms[piece.from - 1] !== "'s") {
        const next = pieces[p + 1].text;
        if (/^\p{Lu}\p{Ll}+$/u.test(next) && !isHead(next) && !PLACE_TAILS.has(next) && !FUNCTION_WORDS.has(next) && !CALENDAR.has(next) && !matchRole(ctx.lower, pieces[p + 1].from)) {
          entryOpensName = true;
          break;
        }
      }
      if (roleWords.length === 0 && piece.entry.kind === 'state' && p + 1 < pieces.length && !pieces[p + 1].entry) {
        if (ctx.out.persons.has(nameKey(restName(pieces.slice(p))))) {
          entryOpensName = true;
          break;
        }
      }
      // "Russia's Security Council" is Russia's own body, not the UN's.
      const ownerState = piece.entry.kind === 'org' && piece.entry.org?.parent ? stateBefore(ctx, pieces, p, qualifier) : undefined;
      if (ownerState) {
        qualifier = emitNationalBody(ctx, piece, ownerState);
      } else {
        emitEntry(ctx, piece);
        qualifier = refOfEntry(piece.entry, ctx);
      }
      p++;
      continue;
    }
    const lower = piece.text.toLowerCase();
    if (FORMER_MARKERS.has(lower) || lower === 'then' || lower === 'then-') {
      former ||= FORMER_MARKERS.has(lower);
      p++;
      continue;
    }
    const role = matchRoleAtPiece(ctx, pieces, p);
    if (role) {
      roleWords.push(...role.words);
      if (role.notYet) notYet = true;
      p = role.next;
      if (role.complement) complement = role.complement;
      continue;
    }
    // "Unification Minister", "Vice Foreign Minister": words qualifying the title after them.
    const chain = modifierChain(ctx, pieces, p);
    if (chain > p) {
      for (let k = p; k < chain; k++) roleWords.push(pieces[k].text.toLowerCase());
      p = chain;
      continue;
    }
    break;
  }
  const namePieces = pieces.slice(p);
  const title: TitleFact | undefined = roleWords.length
    ? { role: roleWords.join(' '), qualifier, former, notYet, complement }
    : undefined;
  if (namePieces.length === 0) return;
  // Name part: words (and, after a title, even gazetteer words: "Foreign Minister Israel Katz").
  let n = 0;
  while (n < namePieces.length && (!namePieces[n].entry || ((title || entryOpensName) && n === 0) || (title && namePieces[n].entry?.kind === 'state' && n > 0))) n++;
  if (n === 0) {
    // Only reached when the prefix loop consumed something, so the recursion shrinks.
    if (namePieces.length < pieces.length) classifyNamed(ctx, namePieces, depth + 1);
    return;
  }
  const name = namePieces.slice(0, n);
  const rest = namePieces.slice(n);
  emitName(ctx, name, title, pieces);
  if (rest.length > 0) classifyNamed(ctx, rest, depth + 1);
}

/** End of a run of title modifiers starting at p that a role closes, or p when there is none. */
function modifierChain(ctx: Ctx, pieces: Piece[], p: number): number {
  for (let q = p; q < Math.min(pieces.length, p + 4); q++) {
    const piece = pieces[q];
    if (piece.entry || piece.conn || piece.particle) return p;
    const lower = piece.text.toLowerCase();
    if (!ROLE_MODIFIERS.has(lower) && !/^\p{Lu}/u.test(piece.text)) return p;
    const role = q + 1 < pieces.length ? matchRoleAtPiece(ctx, pieces, q + 1) : undefined;
    if (role) {
      // "Vice Foreign Minister", "House Speaker", "Senate Majority Leader": capitalized words
      // before a title qualify it; a name never comes before the title in a run.
      const allModifiers = pieces.slice(p, q + 1).every((x) => ROLE_MODIFIERS.has(x.text.toLowerCase()));
      const kind = matchRole(ctx.lower, pieces[q + 1].from)?.role;
      const capitalizedTitle = /^\p{Lu}/u.test(pieces[q + 1].text) && (kind === 'leads' || kind === 'member');
      return allModifiers || capitalizedTitle || /minister|secretary/.test(role.words.join(' ')) ? q + 1 : p;
    }
  }
  return p;
}

/** A state right before piece p: a possessive ("Russia's") or a qualifier in the same run. */
function stateBefore(ctx: Ctx, pieces: Piece[], p: number, qualifier: EntityRef | undefined): string | undefined {
  if (p > 0 && qualifier?.type === 'State' && pieces[p - 1].to === pieces[p].from) return qualifier.iso;
  const owner = p === 0 ? possessorBefore(ctx, pieces[p].from) : undefined;
  return owner?.type === 'State' ? owner.iso : undefined;
}

function emitNationalBody(ctx: Ctx, piece: Piece, iso: string): EntityRef {
  const rec = registerOrg(ctx, piece.entry!.org!.name, 'ministry', iso);
  rec.category = 'government-agency';
  rec.stateIso = iso;
  const start = ctx.toks[piece.from].start;
  const end = ctx.toks[piece.to - 1].end;
  ctx.out.mentions.push({ start, end, text: piece.text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
  return { type: 'Organization', key: rec.key };
}

function restName(pieces: Piece[]): string {
  return pieces.map((x) => x.text).join(' ');
}

interface RoleMatch {
  words: string[];
  next: number;
  notYet: boolean;
  complement?: EntityRef;
}

function matchRoleAtPiece(ctx: Ctx, pieces: Piece[], p: number): RoleMatch | undefined {
  const piece = pieces[p];
  const lowerTokens = ctx.lower;
  const role = matchRole(lowerTokens, piece.from);
  if (!role) {
    // "President-elect": the role glued to "elect".
    const hy = /^(.+)-(elect|designate)$/i.exec(piece.text);
    if (hy) return { words: [hy[1].toLowerCase()], next: p + 1, notYet: true };
    // "Then-President", "Ex-Minister": a time marker glued before the role.
    const pre = /^(then|ex|former)-(.+)$/i.exec(piece.text);
    const inner = pre ? matchRole(lowerTokens, piece.from + 2) : undefined;
    if (pre && inner) return { words: [pre[1].toLowerCase() === 'then' ? 'then' : 'former', ...inner.words.split(' ')], next: p + 1, notYet: false };
    return undefined;
  }
  const endTok = piece.from + role.tokens.length;
  // The role must end on a piece boundary.
  let q = p;
  while (q < pieces.length && pieces[q].to < endTok) q++;
  if (q >= pieces.length || pieces[q].to !== endTok) {
    // Glued piece: "Secretary-General" is one piece whose tokens match the role.
    if (piece.to === endTok) q = p;
    else {
      const hy = /^(.+)-(elect|designate)$/i.exec(piece.text);
      return hy ? { words: [hy[1].toLowerCase()], next: p + 1, notYet: true } : undefined;
    }
  }
  let next = q + 1;
  let complement: EntityRef | undefined;
  let notYet = false;
  if (/-(elect|designate)$/i.test(pieces[q].text)) notYet = true;
  // "Ambassador to South Korea", "Prime Minister of Japan": the complement is part of the title.
  if (next < pieces.length && pieces[next].conn) {
    const after = pieces[next + 1];
    if (after?.entry && after.entry.kind !== 'place') {
      complement = refOfEntry(after.entry, ctx);
      emitEntry(ctx, after);
      next += 2;
    } else if (after && !after.entry && next + 2 < pieces.length) {
      // "Secretary of State X", "Speaker of the House X", "Minister of Defence X": the body
      // named after the title, when a name still follows it.
      next += 2;
      return { words: [...role.words.split(' '), 'of', after.text.toLowerCase()], next, notYet };
    }
  }
  return { words: role.words.split(' '), next, notYet, complement };
}

function emitName(ctx: Ctx, name: Piece[], title: TitleFact | undefined, run: Piece[]): void {
  const first = name[0];
  const last = name[name.length - 1];
  const start = ctx.toks[first.from].start;
  const end = ctx.toks[last.to - 1].end;
  const text = ctx.text.slice(start, end);
  const wordCount = name.filter((x) => !x.particle).length;
  const next = ctx.toks[last.to];
  // "the far-right Vox party": a name followed by the word "party" is a party.
  // "the far-right Vox party", "the Wagner mercenary group": a name followed by the kind of
  // body it is.
  const kind = !title ? KIND_AFTER.exec(ctx.text.slice(end, end + 40)) : null;
  if (kind) {
    const category = kind[1] === 'party' ? 'party' : kind[1] === 'militia' || kind[1] === 'cartel' ? 'armed-group' : kind[1] === 'news agency' || kind[1] === 'newspaper' || kind[1] === 'broadcaster' ? 'news-agency' : kind[1] === 'agency' ? 'agency' : 'company';
    const rec = registerOrg(ctx, text, category, undefined);
    rec.aliases.add(ctx.text.slice(start, end + kind[0].length));
    ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
    return;
  }
  const after = ctx.text.slice(end, Math.min(ctx.text.length, end + 80));
  const possessor = possessorStart(ctx, first.from) >= 0 ? possessorBefore(ctx, first.from) : undefined;
  const ownedByOrg = possessorStart(ctx, first.from) >= 0 && !possessor;
  const prevWord = first.from > 0 ? ctx.lower[first.from - 1] : '';
  const orgCue = ORG_APPOSITION.test(after) || ownedByOrg || ORG_NOUN_BEFORE.has(prevWord) || complementOfRole(ctx, first.from) || (wordCount > 1 && qualifiesTitle(ctx, last.to));
  if (!title && orgCue) {
    const rec = registerOrg(ctx, text, ORG_APPOSITION.exec(after)?.[1]?.toLowerCase() === 'party' ? 'party' : 'agency', undefined);
    if (ownedByOrg) {
      const owner = ctx.out.mentions[ctx.out.mentions.length - 1];
      if (owner?.ref.type === 'Organization') rec.ownerKey = owner.ref.key;
    }
    ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
    return;
  }
  if (wordCount === 1) {
    const tok = ctx.toks[first.from];
    if (isAllCaps(tok) && !title) {
      ctx.out.unresolved.push({ start, end, text, sentence: ctx.sentence });
      return;
    }
    ctx.out.unresolved.push({ start, end, text, sentence: ctx.sentence, titled: title });
    return;
  }
  if (!looksLikePersonName(ctx, name, text, title !== undefined)) return;
  // "a line known as the East Shield": a person's name does not follow "the".
  if (!title && first.from > 0 && ctx.lower[first.from - 1] === 'the' && !ctx.out.persons.has(nameKey(text.replace(/\.$/, '')))) return;
  const key = nameKey(text.replace(/\.$/, ''));
  let rec = ctx.out.persons.get(key);
  if (!rec) {
    rec = { key, forms: [], titles: [] };
    ctx.out.persons.set(key, rec);
  }
  if (!rec.forms.includes(text)) rec.forms.push(text);
  if (title) rec.titles.push({ sentence: ctx.sentence, start, fact: title });
  void run;
  ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Person', key } });
}

/** "president of the National Rally", "member of the Bundestag": what a role belongs to. */
function complementOfRole(ctx: Ctx, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && ctx.lower[j] === 'the') j--;
  if (j < 1 || ctx.lower[j] !== 'of') return false;
  return /^(president|leader|head|chairman|chairwoman|chair|member|members|spokesman|spokeswoman|spokesperson|director|chief|founder|co-founder|secretary-general|ceo|executive|official|officials|lawmaker|lawmakers)$/.test(ctx.lower[j - 1]);
}

/** "Goldman Sachs analyst Rick Sherlund": a name qualifying a role word before another name. */
function qualifiesTitle(ctx: Ctx, i: number): boolean {
  let j = i;
  let roleSeen = false;
  while (j < ctx.toks.length && j < i + 4 && !isCapitalized(ctx.toks[j])) {
    const r = matchRole(ctx.lower, j);
    if (r && (r.target === 'org' || r.target === 'any') && r.role !== 'leads') roleSeen = true;
    else if (!ROLE_MODIFIERS.has(ctx.lower[j])) return false;
    j += r ? r.tokens.length : 1;
  }
  return roleSeen && j < ctx.toks.length && isCapitalized(ctx.toks[j]);
}

function looksLikePersonName(ctx: Ctx, name: Piece[], text: string, titled: boolean): boolean {
  if (PLACE_NAMES.has(text)) return false;
  const lastWord = name[name.length - 1].text;
  if (PLACE_TAILS.has(lastWord) || CALENDAR.has(lastWord)) return false;
  if (name[0].conn || name[name.length - 1].conn) return false;
  for (const piece of name) {
    if (piece.particle) continue;
    if (/\d/.test(piece.text)) return false;
    if ((FUNCTION_WORDS.has(piece.text) && !titled) || CALENDAR.has(piece.text)) return false;
    if (piece.text.length > 4 && isAllCaps(ctx.toks[piece.from])) return false;
  }
  return true;
}

const PLACE_NAMES = new Set(places.names);

function emitEntry(ctx: Ctx, piece: Piece): void {
  const e = piece.entry!;
  switch (e.kind) {
    case 'state':
      addMention(ctx, piece, 'name', { type: 'State', iso: e.iso! }, venueBefore(ctx, piece.from, VENUE_BEFORE_STATE));
      break;
    case 'capital':
    case 'seat':
      addMention(ctx, piece, 'capital', { type: 'State', iso: e.iso! }, venueBefore(ctx, piece.from, VENUE_BEFORE_CAPITAL));
      break;
    case 'demonym':
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

function addMention(ctx: Ctx, piece: Piece, kind: MentionKind, ref: EntityRef, venue: boolean): void {
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

function venueBefore(ctx: Ctx, i: number, preps: Set<string>): boolean {
  // A possessive makes it an actor ("in Moscow's view"), unless it owns a place
  // ("on Singapore's Sentosa island").
  if (ctx.norms[i + 1] === "'s") return ownsPlace(ctx, i + 2);
  let j = i - 1;
  if (j >= 0 && ctx.lower[j] === 'the') j--;
  // "in central Sofia", "in northern Mali".
  if (j >= 0 && AREA_WORDS.has(ctx.lower[j])) j--;
  if (j < 0) return false;
  // "the war in Ukraine" names the state; "a summit in Paraguay" only places the summit.
  if (preps.has(ctx.lower[j])) return !(preps === VENUE_BEFORE_STATE && j > 0 && SITUATION_NOUNS.has(ctx.lower[j - 1]));
  // "visited Hanoi", "toured Kenya": a place travelled to.
  if (VISIT_VERBS.has(ctx.lower[j])) return true;
  // "in Baghdad and Muscat": the second of coordinated venues.
  if (ctx.lower[j] === 'and' || ctx.lower[j] === 'or') {
    const prev = ctx.out.mentions[ctx.out.mentions.length - 1];
    return prev !== undefined && prev.sentence === ctx.sentence && prev.end === ctx.toks[j - 1]?.end && prev.venue === true;
  }
  return false;
}

const VISIT_VERBS = new Set(['visited', 'visiting', 'visits', 'toured', 'touring', 'tours']);

const AREA_WORDS = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'greater', 'suburban', 'rural', 'coastal', 'war-torn', 'neighboring', 'neighbouring']);

const SITUATION_NOUNS = new Set(['war', 'conflict', 'crisis', 'fighting', 'invasion', 'election', 'elections', 'peace', 'interest', 'interests', 'investment', 'investments', 'rights', 'situation', 'stability', 'instability', 'crackdown', 'intervention', 'involvement', 'role', 'stake', 'unrest', 'violence', 'coup', 'ceasefire', 'insurgency', 'genocide', 'famine', 'occupation', 'aggression', 'offensive', 'operations', 'presence', 'democracy', 'influence', 'regime', 'government', 'policy', 'reforms', 'protests', 'uprising', 'revolution', 'civil']);

const PLACE_NOUNS = new Set(['island', 'village', 'county', 'municipality', 'oblast', 'governorate', 'islands', 'city', 'region', 'province', 'port', 'coast', 'border', 'town', 'village', 'district', 'capital', 'state', 'resort', 'airport', 'base', 'territory', 'waters', 'peninsula', 'mountains', 'desert']);

function ownsPlace(ctx: Ctx, i: number): boolean {
  let j = i;
  while (j < ctx.toks.length && j < i + 4 && isCapitalized(ctx.toks[j])) j++;
  return j > i && j < ctx.toks.length && PLACE_NOUNS.has(ctx.lower[j]);
}

export const ORG_CATEGORIES = CATEGORIES;
export { acronymOf };
