// Pass 02: find names in each sentence — states (gazetteer), organizations (known names and
// head words such as Ministry/Agency/Party), people (titles, name shapes) — and the titles
// and qualifiers around them. Coreference (pass 03) turns this into entities.
import type { Sentence } from '../model';
import { emitEntry, datelineEnd, isShouting, isTitleCase, lowerSmallTitleCase, PLACE_NOUNS } from './entities/known-names';
import { CALENDAR, FUNCTION_WORDS, isHead, OPENING_NOUNS, PARTICLES, SURNAME_FUNCTION_WORDS } from './entities/lexicon';
import { classifyOrganization, findHead, findLowercaseBodies } from './entities/organizations';
import { actsAlone } from './coref/unresolved';
import { resolveAmbiguousDemonyms } from './entities/gazetteer';
import { definedAcronym } from './entities/defined-acronyms';
import { organizationContext } from './entities/org-cues';
import { classifyNamed, qualifiesTitle } from './entities/people';
import type { Recognition } from './entities/recognition';
import { matchRole } from './entities/roles';
import { findRuns } from './entities/runs';
import { ownedByOrganization, type Piece, registerOrg, type SentenceContext } from './entities/sentence-context';
import { isAllCaps, isCapitalized, tokenize } from './entities/tokens';

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
  const demonyms = resolveAmbiguousDemonyms(allTokens.map((toks) => toks.map((t) => t.norm)));
  allTokens.forEach((toks, si) => {
    const norms = toks.map((t) => t.norm);
    const ctx: SentenceContext = { text, sentence: si, toks, norms, lower: norms.map((n) => n.toLowerCase()), docLower, demonyms, out, dateline: -1, shouting: isShouting(toks) };
    ctx.titleCase = !ctx.shouting && (isTitleCase(toks) || lowerSmallTitleCase(toks, docLower));
    if (si === 0) ctx.dateline = datelineEnd(toks);
    const before = out.mentions.length;
    for (const run of findRuns(ctx)) classifyRun(ctx, run, 0);
    findLowercaseBodies(ctx, before);
  });
  return out;
}

const PARTY_NAME_AFTER = /^\s+(?:party|movement|coalition|alliance)\b/;
const PARTY_OPENERS = new Set(['New', 'Free', 'United', 'National', 'Popular', 'Social', 'Democratic', 'Progressive', 'Liberal', 'Green']);

/** Capital initials of a run's words ("Ethiopian Electric Power" → "EEP"). */
function initials(pieces: Piece[]): string {
  return pieces
    .flatMap((p) => p.text.split(/[\s-]+/))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function classifyRun(ctx: SentenceContext, run: Piece[], depth: number): void {
  let pieces = run;
  // Function words that open a sentence or clause are not names ("The", "In", "After").
  let lead = 0;
  // "the New Democracy party": a name that a kind of party follows keeps its opening "New".
  const partyName = pieces.length > 1 && PARTY_NAME_AFTER.test(ctx.text.slice(ctx.toks[pieces[pieces.length - 1].to - 1].end, ctx.toks[pieces[pieces.length - 1].to - 1].end + 12));
  while (lead < pieces.length && !pieces[lead].entry && !surnameOpening(ctx, pieces, lead) && !(partyName && lead + 1 < pieces.length && PARTY_OPENERS.has(pieces[lead].text)) && (FUNCTION_WORDS.has(pieces[lead].text) || (CALENDAR.has(pieces[lead].text) && !givenNameMonth(ctx, pieces, lead)) || (pieces[lead].from === 0 && OPENING_NOUNS.has(pieces[lead].text) && (pieces.length === lead + 1 || pieces[lead + 1].entry !== undefined)))) lead++;
  // "Zurich-based Orvalis": what is based somewhere is a company or a body.
  if (pieces.length > lead + 1 && /-based$/.test(pieces[lead].text) && !pieces[lead + 1].entry) {
    const rest = pieces.slice(lead + 1);
    if (!findHead(ctx, rest)) {
      registerNamed(ctx, rest, 'company');
      return;
    }
    lead++;
  }
  if (lead > 0) pieces = pieces.slice(lead);
  // A sentence-initial ordinary word before a known name ("Neighboring Finland", "Hard-line
  // Iranian newspapers"); a first name ("Mark Carney") stays.
  // A title opening the sentence stays whole ("Prime Minister X" where "prime" is written lower case elsewhere).
  if (pieces.length > 1 && pieces[0].from === 0 && !pieces[0].entry && isCommonWord(ctx, pieces[0].text) && (pieces[1].entry || pieces.length > 2) && (matchRole(ctx.lower, pieces[0].from)?.tokens.length ?? 0) < 2) pieces = pieces.slice(1);
  // Headlines in capitals: only known names are trusted.
  if (ctx.shouting) {
    for (const p of pieces) if (p.entry) emitEntry(ctx, p);
    return;
  }
  if (pieces.length === 0) return;
  // Headlines in title case: known names and bodies with a head word ("Velorix Bancorp Says …").
  if (ctx.titleCase) {
    const head = findHead(ctx, pieces);
    if (head) classifyOrganization(ctx, pieces.slice(0, head.to), head, () => undefined);
    for (const p of pieces.slice(head ? head.to : 0)) if (p.entry) emitEntry(ctx, p);
    return;
  }
  // The dateline ("NAIROBI, Kenya (Reuters) -") names a place and a wire service, not actors.
  if (pieces[0].from < ctx.dateline) {
    for (const p of pieces) if (p.entry && p.entry.kind !== 'org') emitEntry(ctx, p);
    return;
  }
  // "the town of El Fasher": a place by what it is called.
  if (pieces[0].from >= 2 && ctx.lower[pieces[0].from - 1] === 'of' && PLACE_NOUNS.has(ctx.lower[pieces[0].from - 2]) && !pieces[0].entry) {
    (ctx.out.places ??= new Set()).add(ctx.text.slice(ctx.toks[pieces[0].from].start, ctx.toks[pieces[pieces.length - 1].to - 1].end));
    return;
  }
  // A lone ordinary word opening the sentence is no name, unless it is an organization's head
  // word that may refer back ("Office spokeswoman X").
  // "Vexling agreed …": a word only shaped like a participle, acting, is kept.
  if (pieces.length === 1 && pieces[0].from === 0 && !pieces[0].entry && isCommonWord(ctx, pieces[0].text) && !isAllCaps(ctx.toks[pieces[0].from]) && !isHead(pieces[0].text)) {
    const t = ctx.toks[pieces[0].from];
    if (ctx.docLower.has(t.text.toLowerCase()) || FUNCTION_WORDS.has(t.text) || !actsAlone(ctx.text, t.start, t.end, t.text)) return;
  }

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
  // "Instagram said", "Instagram chief executive X": a platform or thing that acts like a company.
  if (pieces.length === 1 && pieces[0].entry?.kind === 'place' && pieces[0].to - pieces[0].from === 1 && actsAsCompany(ctx, pieces[0].from)) {
    const t = ctx.toks[pieces[0].from];
    ctx.out.unresolved.push({ start: t.start, end: t.end, text: t.text, sentence: ctx.sentence, organization: true });
    return;
  }
  const head = findHead(ctx, pieces);
  const acronym = depth === 0 ? definedAcronym(ctx, pieces) : undefined;
  if (head) {
    const before = ctx.out.mentions.length;
    classifyOrganization(ctx, pieces, head, (rest) => classifyRun(ctx, rest, 1));
    if (acronym) aliasLastOrganization(ctx, before, ctx.toks[pieces[pieces.length - 1].to - 1].end, acronym);
    takeUnknownPossessor(ctx, before, pieces[0].from);
    return;
  }
  // "Ethiopian Electric Power (EEP)": a demonym whose initial the acronym spells opens the name.
  const demonymOpens = acronym !== undefined && pieces.length > 1 && pieces[0].entry?.kind === 'demonym' && !pieces.slice(1).some((p) => p.entry) && initials(pieces) === acronym.toUpperCase();
  if (acronym && (demonymOpens || !pieces.some((p) => p.entry)) && !matchRole(ctx.lower, pieces[0].from) && !PARTICLES.has(pieces[0].text)) {
    const start = ctx.toks[pieces[0].from].start;
    const end = ctx.toks[pieces[pieces.length - 1].to - 1].end;
    const text = ctx.text.slice(start, end);
    const party = ctx.lower[pieces[pieces.length - 1].to + 3] === 'party';
    const rec = registerOrg(ctx, text, party ? 'party' : 'agency', undefined);
    rec.aliases.add(acronym);
    ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
    return;
  }
  // "Merrow & Cole": a name joined by an ampersand is a firm.
  if (pieces.length > 2 && pieces.some((p) => p.conn && p.text === '&') && !pieces.some((p) => p.entry)) {
    registerNamed(ctx, pieces, 'company');
    return;
  }
  classifyNamed(ctx, pieces, depth);
}

/** "…, He Jianguo, said": mid-sentence, a capitalized "He" before a name word is a surname. */
function surnameOpening(ctx: SentenceContext, pieces: Piece[], p: number): boolean {
  const piece = pieces[p];
  if (!SURNAME_FUNCTION_WORDS.has(piece.text) || piece.from === 0 || p + 1 >= pieces.length || pieces[p + 1].entry) return false;
  const prev = ctx.norms[piece.from - 1];
  return prev === ',' || prev === '(' || matchRole(ctx.lower, piece.from - 1) !== undefined;
}

function isCommonWord(ctx: SentenceContext, word: string): boolean {
  const lower = word.toLowerCase();
  return ctx.docLower.has(lower) || (lower.length > 5 && /(ing|ed|ly)$/.test(lower)) || FUNCTION_WORDS.has(word) || OPENING_NOUNS.has(word);
}

function actsAsCompany(ctx: SentenceContext, i: number): boolean {
  return organizationContext(ctx, i, i + 1, true) || qualifiesTitle(ctx, i + 1) || /^(said|says|announced|reported)$/.test(ctx.lower[i + 1] ?? '');
}

function registerNamed(ctx: SentenceContext, pieces: Piece[], category: string): void {
  const start = ctx.toks[pieces[0].from].start;
  const end = ctx.toks[pieces[pieces.length - 1].to - 1].end;
  const text = ctx.text.slice(start, end);
  const rec = registerOrg(ctx, text, category, undefined);
  ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
}

/** "Moody's Investors Service": an unknown word in the possessive opening a body's name is part
 * of that name (a known owner — "China's", "the bank's" — is read as the owner instead). */
function takeUnknownPossessor(ctx: SentenceContext, from: number, i: number): void {
  if (i < 2 || ctx.norms[i - 1] !== "'s" || ctx.toks[i - 1].spaced || !isCapitalized(ctx.toks[i - 2]) || ctx.toks[i - 2].text.length < 3) return;
  const owner = ctx.toks[i - 2];
  if (FUNCTION_WORDS.has(owner.text) || ctx.out.mentions.some((m) => m.sentence === ctx.sentence && m.end === owner.end)) return;
  if (i >= 3 && isCapitalized(ctx.toks[i - 3])) return;
  // "Velorix's Investment Bank" after "Velorix Corp": a short form of a known owner.
  for (const o of ctx.out.orgs.values()) if (o.name.split(' ')[0] === owner.text) return;
  for (const p of ctx.out.persons.values()) if (p.forms.some((f) => f.split(' ').includes(owner.text))) return;
  const m = ctx.out.mentions.slice(from).find((x) => x.start === ctx.toks[i].start && x.ref.type === 'Organization');
  const rec = m && m.ref.type === 'Organization' ? ctx.out.orgs.get(m.ref.key) : undefined;
  if (!m || !rec || rec.name !== m.text) return;
  // The word was set aside as a lone name; it is part of this one.
  const u = ctx.out.unresolved.findIndex((x) => x.end === owner.end);
  if (u >= 0 && ctx.out.unresolved[u].titled) return;
  if (u >= 0) ctx.out.unresolved.splice(u, 1);
  rec.aliases.add(rec.name);
  rec.name = ctx.text.slice(owner.start, m.end);
  m.start = owner.start;
  m.text = rec.name;
}

/** The organization just named (ending at `end`) takes the acronym defined after it. */
function aliasLastOrganization(ctx: SentenceContext, from: number, end: number, acronym: string): void {
  for (let k = ctx.out.mentions.length - 1; k >= from; k--) {
    const m = ctx.out.mentions[k];
    if (m.end === end && m.ref.type === 'Organization') ctx.out.orgs.get(m.ref.key)?.aliases.add(acronym);
  }
}

export const GIVEN_NAME_MONTHS = /^(Jan|May|June|April|August)$/;

/** "Jan Ove Berg", "May Lind": a month that is also a given name, before two more names. */
function givenNameMonth(ctx: SentenceContext, pieces: Piece[], i: number): boolean {
  const before = ctx.lower[pieces[i].from - 1] ?? '';
  if (/^(in|on|since|until|till|by|from|last|next|early|late|mid|of|through|during|before|after|to|between|and|or)$/.test(before)) return false;
  return GIVEN_NAME_MONTHS.test(pieces[i].text) && pieces.length >= i + 2 && pieces.slice(i + 1).every((p) => !p.entry && !p.conn && /^\p{Lu}\p{Ll}/u.test(p.text)) && !matchRole(ctx.lower, pieces[i + 1].from) && !CALENDAR.has(pieces[i + 1].text) && !/^\d/.test(ctx.toks[pieces[i].to]?.text ?? '');
}
