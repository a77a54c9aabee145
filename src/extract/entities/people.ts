// People: a run's prefix of qualifiers and titles ("Russian President", "NATO
// Secretary-General"), then the name; and the cues that make a name an organization instead
// ("Chega party", "Petrobras, the Brazilian oil company", "Goldman Sachs analyst X").
import words from '../data/words.json';
import { emitEntry } from './known-names';
import { CALENDAR, FUNCTION_WORDS, isHead, PLACE_NAMES, PLACE_TAILS, SURNAME_FUNCTION_WORDS } from './lexicon';
import { nameKey } from './names';
import { COMPANY_TITLES, organizationContext } from './org-cues';
import { emitNationalBody } from './organizations';
import type { EntityRef, TitleFact } from './recognition';
import { FORMER_MARKERS, matchRole, PORTFOLIO_WORDS, ROLE_MODIFIERS } from './roles';
import { type Piece, possessorBefore, possessorStart, refOfEntry, registerOrg, type SentenceContext } from './sentence-context';
import { isAllCaps, isCapitalized } from './tokens';

const REGIONAL_ADJECTIVES = new Set(words.regionalAdjectives);

/** ", the state utility that …": an apposition whose head noun is a kind of body (not "the leader of the party"). */
function bodyApposition(after: string): boolean {
  const m = ORG_APPOSITION.exec(after);
  return m !== null && !m[0].split(/[\s,]+/).some((w) => w === 'of' || matchRole([w.toLowerCase()], 0) !== undefined);
}

/** Monarchs' titles that are also common given names. */
const GIVEN_NAME_TITLES = new Set(['amir', 'sultan']);

const JUDICIAL = new Set(['Judge', 'Justice', 'Magistrate']);

/** Words naming a minister's or secretary's portfolio after "of" ("of Foreign Affairs"). */

const ORG_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(company|firm|major|giant|group|agency|organization|organisation|party|bank|network|newspaper|broadcaster|outlet|think tank|institute|program|programme|militia|movement|bloc|alliance|body|watchdog|manufacturer|maker|producer|conglomerate|carrier|airline|startup|insurer|lender|fund|union|coalition|publication|daily|channel|news agency|club|side|team|retailer|automaker|carmaker|chipmaker|drugmaker|brokerage|operator|utility|exchange|regulator|supplier|distributor|developer|miner|refiner|shipper|bank|investor|asset manager|hedge fund)(?=\s*[,.;)]|\s+(?:that|which|based|headquartered|operating|active|fighting|linked|backed|known)\b|\s*$)/i;
/** "the state nuclear corporation Rosatom": a common noun for a kind of body, then its name. */
const ORG_NOUN_BEFORE = new Set(['company', 'corporation', 'firm', 'conglomerate', 'group', 'party', 'bank', 'broadcaster', 'newspaper', 'daily', 'network', 'militia', 'movement', 'carrier', 'airline', 'giant', 'outlet', 'agency', 'tank', 'institute', 'organization', 'organisation', 'alliance', 'coalition', 'union', 'manufacturer', 'producer', 'maker', 'insurer', 'lender', 'bloc', 'club', 'retailer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'brokerage', 'operator', 'utility', 'regulator', 'supplier', 'miner', 'refiner', 'side']);
const PARTY_AFTER = /^\s+(?:party|movement|coalition|alliance)\b/;
const KIND_AFTER = /^\s+(?:(?!(?:the|a|an|and|or|of|to|in|said|says|told|was|is|has|had|will|would)\s)[a-z-]+\s+)?(party|group|militia|cartel|company|firm|movement|network|newspaper|broadcaster|conglomerate|news agency|agency|union)\b/;

export function classifyNamed(ctx: SentenceContext, pieces: Piece[], depth: number): void {
  let p = 0;
  let qualifier: EntityRef | undefined;
  let former = false;
  let notYet = false;
  const roleWords: string[] = [];
  let complement: EntityRef | undefined;
  // A state or capital that stopped the prefix loop opens a person's name ("Jordan Bardella").
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
      // person's name ("Jordan Bardella", "Sofia Mensah"), unless that word makes it a place or
      // a body ("Niger Delta", "China Daily").
      if (roleWords.length === 0 && (piece.entry.kind === 'state' || piece.entry.kind === 'capital') && p === pieces.length - 2 && piece.to - piece.from === 1 && !pieces[p + 1].entry && !pieces[p + 1].particle && ctx.norms[piece.from - 1] !== "'s") {
        const next = pieces[p + 1].text;
        if (/^\p{Lu}\p{Ll}+$/u.test(next) && !isHead(next) && !PLACE_TAILS.has(next) && !FUNCTION_WORDS.has(next) && !CALENDAR.has(next) && !matchRole(ctx.lower, pieces[p + 1].from)) {
          entryOpensName = true;
          break;
        }
      }
      // "the ruling Georgian Dream party", "the New Zealand First party": a state opening a name
      // that the kind of body follows is part of that name; so is a demonym opening a body's name
      // that an apposition describes ("Ethiopian Electric Power, the state utility").
      if (p === 0 && (piece.entry.kind === 'state' || piece.entry.kind === 'demonym') && pieces.length > 1 && pieces.slice(1).every((x) => !x.entry) && (PARTY_AFTER.test(ctx.text.slice(ctx.toks[pieces[pieces.length - 1].to - 1].end, ctx.toks[pieces[pieces.length - 1].to - 1].end + 12)) || (piece.entry.kind === 'demonym' && pieces.length > 2 && !pieces.some((x) => matchRole(ctx.lower, x.from)) && bodyApposition(ctx.text.slice(ctx.toks[pieces[pieces.length - 1].to - 1].end, ctx.toks[pieces[pieces.length - 1].to - 1].end + 120))))) {
        entryOpensName = true;
        break;
      }
      if (roleWords.length === 0 && piece.entry.kind === 'state' && p + 1 < pieces.length && !pieces[p + 1].entry) {
        if (ctx.out.persons.has(nameKey(restName(pieces.slice(p))))) {
          entryOpensName = true;
          break;
        }
      }
      // "Russia's Security Council" is Russia's own body, not the UN's.
      // "The Philippines' Justice Department": a body known as another state's is this one's.
      const known = piece.entry.kind === 'org' ? piece.entry.org : undefined;
      const owner = known && (known.parent || known.state) ? stateBefore(ctx, pieces, p, qualifier) : undefined;
      const ownerState = owner && owner !== known?.state ? owner : undefined;
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
    // "Foreign Minister Amir Khan X", "Industry Minister Sultan Y": a monarch's title that is also
    // a given name, right after an office, opens the name (a minister is no emir).
    if (role && roleWords.length > 0 && role.words.length === 1 && GIVEN_NAME_TITLES.has(role.words[0]) && p + 1 < pieces.length) break;
    if (role) {
      roleWords.push(...role.words);
      if (role.notYet) notYet = true;
      p = role.next;
      if (role.complement) complement = role.complement;
      continue;
    }
    // "Unification Minister", "Vice Foreign Minister": words qualifying the title after them.
    const chain = modifierChain(ctx, pieces, p);
    // "Velorix Vice Chair X", "Corvella Managing Director X": unknown capitalized words opening
    // a company title name the company.
    if (chain > p && p === 0 && orgTitleAt(ctx, pieces, chain) && pieces.slice(0, chain).every((x) => !ROLE_MODIFIERS.has(x.text.toLowerCase()) && !FUNCTION_WORDS.has(x.text) && /^\p{Lu}/u.test(x.text))) {
      const start = ctx.toks[pieces[0].from].start;
      const end = ctx.toks[pieces[chain - 1].to - 1].end;
      const text = ctx.text.slice(start, end);
      const rec = registerOrg(ctx, text, 'company', undefined);
      ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
      qualifier = { type: 'Organization', key: rec.key };
      p = chain;
      continue;
    }
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
  // Name part: words (and, after a title, even gazetteer words: "Foreign Minister Jordan Smith").
  let n = 0;
  while (n < namePieces.length && (!namePieces[n].entry || ((title || entryOpensName) && n === 0) || (title && namePieces[n].entry?.kind === 'state' && n > 0))) n++;
  if (n === 0) {
    // Only reached when the prefix loop consumed something, so the recursion shrinks.
    if (namePieces.length < pieces.length) classifyNamed(ctx, namePieces, depth + 1);
    return;
  }
  // "Real Madrid", "Dynamo Kyiv": a word fused with a capital at the end of a run is a club or
  // a company, not a person and a capital.
  if (!title && n === namePieces.length - 1 && n <= 2 && namePieces[n].entry?.kind === 'capital' && namePieces.slice(0, n).every((x) => !x.entry && /^\p{Lu}\p{Ll}/u.test(x.text) && !FUNCTION_WORDS.has(x.text))) {
    const start = ctx.toks[namePieces[0].from].start;
    const end = ctx.toks[namePieces[n].to - 1].end;
    const text = ctx.text.slice(start, end);
    const rec = registerOrg(ctx, text, 'company', undefined);
    ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
    return;
  }
  const name = namePieces.slice(0, n);
  const rest = namePieces.slice(n);
  emitName(ctx, name, title);
  if (rest.length > 0) classifyNamed(ctx, rest, depth + 1);
}

/** End of a run of title modifiers starting at p that a role closes, or p when there is none. */
function modifierChain(ctx: SentenceContext, pieces: Piece[], p: number): number {
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
      const capitalizedTitle = /^\p{Lu}/u.test(pieces[q + 1].text) && (kind === 'leads' || kind === 'member' || JUDICIAL.has(pieces[q + 1].text));
      return allModifiers || capitalizedTitle || /minister|secretary/.test(role.words.join(' ')) ? q + 1 : p;
    }
  }
  return p;
}

/** The title starting at piece p (after modifiers such as "Vice") is held in a company or a club. */
function orgTitleAt(ctx: SentenceContext, pieces: Piece[], p: number): boolean {
  for (let k = p; k < pieces.length && k < p + 3; k++) {
    const r = matchRole(ctx.lower, pieces[k].from);
    if (r) return COMPANY_TITLES.has(r.words);
    if (!ROLE_MODIFIERS.has(pieces[k].text.toLowerCase())) return false;
  }
  return false;
}

/** A state right before piece p: a possessive ("Russia's") or a qualifier in the same run. */
function stateBefore(ctx: SentenceContext, pieces: Piece[], p: number, qualifier: EntityRef | undefined): string | undefined {
  if (p > 0 && qualifier?.type === 'State' && pieces[p - 1].to === pieces[p].from) return qualifier.iso;
  const owner = p === 0 ? possessorBefore(ctx, pieces[p].from) : undefined;
  return owner?.type === 'State' ? owner.iso : undefined;
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

export function matchRoleAtPiece(ctx: SentenceContext, pieces: Piece[], p: number): RoleMatch | undefined {
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
      // "Secretary of State X", "Secretary of Foreign Affairs X", "Speaker of the House X": the
      // body named after the title (portfolio words, else one word), when a name still follows.
      let end = next + 1;
      while (end < pieces.length - 2 && PORTFOLIO_WORDS.has(pieces[end].text.toLowerCase()) && PORTFOLIO_WORDS.has(pieces[end + 1].text.toLowerCase())) end++;
      const body = pieces.slice(next + 1, end + 1).map((x) => x.text.toLowerCase());
      return { words: [...role.words.split(' '), 'of', ...body], next: end + 1, notYet };
    }
  }
  return { words: role.words.split(' '), next, notYet, complement };
}

function emitName(ctx: SentenceContext, name: Piece[], title: TitleFact | undefined): void {
  const first = name[0];
  const last = name[name.length - 1];
  const start = ctx.toks[first.from].start;
  const end = ctx.toks[last.to - 1].end;
  const text = ctx.text.slice(start, end);
  const wordCount = name.filter((x) => !x.particle).length;
  // "the far-right Chega party", "the Sinaloa drug cartel": a name followed by the kind of
  // body it is.
  const kind = !title ? KIND_AFTER.exec(ctx.text.slice(end, end + 40)) : null;
  if (kind) {
    const category = kind[1] === 'party' ? 'party' : kind[1] === 'militia' || kind[1] === 'cartel' ? 'armed-group' : /\bnews agency$/.test(kind[0]) || kind[1] === 'newspaper' || kind[1] === 'broadcaster' ? 'news-agency' : kind[1] === 'agency' ? 'agency' : 'company';
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
  // Business and sports contexts; a lone word that is part of a person's name stays that person.
  const businessCue = !orgCue && !title && (wordCount > 1 || !isPersonWord(ctx, text)) && (organizationContext(ctx, first.from, last.to, wordCount === 1) || (wordCount === 1 && qualifiesTitle(ctx, last.to)));
  if (businessCue && wordCount === 1) {
    ctx.out.unresolved.push({ start, end, text, sentence: ctx.sentence, organization: true });
    return;
  }
  if (!title && (orgCue || businessCue)) {
    const rec = registerOrg(ctx, text, businessCue ? 'company' : ORG_APPOSITION.exec(after)?.[1]?.toLowerCase() === 'party' ? 'party' : 'agency', undefined);
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
      // "the UN's peacekeeping mission, UNMIR," / "the UN mission in Ruritania, UNMIR": an
      // acronym apposed to a described body names that body (a part of the body owning it).
      const owner = describedBodyBefore(ctx, first.from);
      if (owner !== undefined) {
        const rec = registerOrg(ctx, text, 'agency', undefined);
        if (owner && owner !== rec.key) rec.ownerKey ??= owner;
        ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
        return;
      }
      ctx.out.unresolved.push({ start, end, text, sentence: ctx.sentence });
      return;
    }
    ctx.out.unresolved.push({ start, end, text, sentence: ctx.sentence, titled: title });
    return;
  }
  if (!looksLikePersonName(ctx, name, text, title !== undefined) || ctx.out.places?.has(text)) return;
  // "held talks in El Alamein", "near Cayo de Agua": an untitled unknown name right after a
  // venue preposition is a place.
  if (!title && placeAfterPreposition(ctx, first.from, last.to) && !ctx.out.persons.has(nameKey(text.replace(/\.$/, '')))) return;
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
  ctx.out.mentions.push({ start, end, text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Person', key } });
}

/** "president of the National Rally", "member of the Bundestag": what a role belongs to. */
function complementOfRole(ctx: SentenceContext, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && ctx.lower[j] === 'the') j--;
  if (j < 1 || ctx.lower[j] !== 'of') return false;
  return /^(president|leader|head|chairman|chairwoman|chair|member|members|spokesman|spokeswoman|spokesperson|director|chief|founder|co-founder|secretary-general|ceo|executive|official|officials|lawmaker|lawmakers)$/.test(ctx.lower[j - 1]);
}

/** "Goldman Sachs analyst Rick Sherlund": a name qualifying a role word before another name. */
export function qualifiesTitle(ctx: SentenceContext, i: number): boolean {
  let j = i;
  let roleSeen = false;
  while (j < ctx.toks.length && j < i + 4 && !isCapitalized(ctx.toks[j])) {
    const r = matchRole(ctx.lower, j);
    // "X analyst Y", "X chief executive Y"; not "X leader Y" (a party or a state's leader).
    if (r && (r.target === 'org' || r.target === 'any') && (r.role !== 'leads' || r.target === 'org')) roleSeen = true;
    else if (!ROLE_MODIFIERS.has(ctx.lower[j])) return false;
    j += r ? r.tokens.length : 1;
  }
  return roleSeen && j < ctx.toks.length && isCapitalized(ctx.toks[j]);
}

/** A word of a person's name already read ("Moore" after "Ian Moore"). */
function isPersonWord(ctx: SentenceContext, word: string): boolean {
  for (const p of ctx.out.persons.values()) for (const f of p.forms) if (f === word || f.split(/\s+/).includes(word)) return true;
  return false;
}

function looksLikePersonName(ctx: SentenceContext, name: Piece[], text: string, titled: boolean): boolean {
  if (PLACE_NAMES.has(text)) return false;
  const lastWord = name[name.length - 1].text;
  if (PLACE_TAILS.has(lastWord) || CALENDAR.has(lastWord)) return false;
  // "West African traders", "Central Asian states": a regional adjective, not a name.
  if (!titled && REGIONAL_ADJECTIVES.has(lastWord.replace(/^.*-/, ''))) return false;
  if (name[0].conn || name[name.length - 1].conn) return false;
  for (const piece of name) {
    if (piece.particle) continue;
    if (/\d/.test(piece.text)) return false;
    // A month opening a name was already judged a given name ("Jan Ove Berg").
    if ((FUNCTION_WORDS.has(piece.text) && !titled && !(piece === name[0] && SURNAME_FUNCTION_WORDS.has(piece.text) && name.length > 1 && piece.from > 0)) || (CALENDAR.has(piece.text) && !(piece === name[0] && /^(Jan|May|June|April|August)$/.test(piece.text)))) return false;
    if (piece.text.length > 4 && isAllCaps(ctx.toks[piece.from])) return false;
  }
  return true;
}

const VENUE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'off']);
/** "trust in X", "stood near X": people can follow these. */
const PERSON_BEFORE_PREPOSITION = new Set(['trust', 'confidence', 'faith', 'belief', 'interest', 'stood', 'standing', 'sat', 'sitting', 'seated']);

function placeAfterPreposition(ctx: SentenceContext, from: number, to: number): boolean {
  if (from < 1 || !VENUE_PREPOSITIONS.has(ctx.lower[from - 1])) return false;
  if (from >= 2 && PERSON_BEFORE_PREPOSITION.has(ctx.lower[from - 2])) return false;
  return ctx.norms[to] !== "'s";
}

const DESCRIBED_BODIES = new Set(['mission', 'agency', 'office', 'wing', 'commission', 'programme', 'program', 'operation', 'force', 'body', 'unit', 'militia', 'coalition']);

/** An acronym right after ", " that closes "the (X's) <words> <body noun> (in Place)": the key of
 * an organization named inside the description ("" when none), or undefined when there is no
 * such description. */
function describedBodyBefore(ctx: SentenceContext, i: number): string | undefined {
  if (i < 3 || ctx.norms[i - 1] !== ',') return undefined;
  const after = ctx.norms[i + 1] ?? '';
  if (!/^(?:[,.;)]|said|says|has|had|is|was|will|would|reported|added)$/i.test(after) && i + 1 < ctx.toks.length) return undefined;
  let k = i - 2;
  // "… mission in Ruritania,": a place after the noun.
  let q = k;
  while (q >= 0 && i - q <= 6 && isCapitalized(ctx.toks[q])) q--;
  if (q < k && q >= 0 && ctx.lower[q] === 'in') k = q - 1;
  if (k < 1 || !DESCRIBED_BODIES.has(ctx.lower[k])) return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= 5 && ctx.lower[j] !== 'the' && ctx.lower[j] !== 'its' && ctx.norms[j] !== "'s" && ctx.norms[j] !== ',') j--;
  if (j < 0 || ctx.norms[j] === ',') return undefined;
  const from = ctx.norms[j] === "'s" ? Math.max(0, j - 4) : j;
  const fromOffset = ctx.toks[from].start;
  const endOffset = ctx.toks[k].start;
  for (let m = ctx.out.mentions.length - 1; m >= 0; m--) {
    const x = ctx.out.mentions[m];
    if (x.sentence !== ctx.sentence || x.end < fromOffset) break;
    if (x.start >= fromOffset && x.end <= endOffset && x.ref.type === 'Organization') return x.ref.key;
  }
  return '';
}
