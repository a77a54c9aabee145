// Organizations named by head words ("Foreign Ministry", "Armed Forces of Ukraine",
// "Islamic Republic News Agency"), their state or owner, and lower-case state bodies.
import { emitEntry, addMention } from './known-names';
import { CATEGORIES, isHead, MULTI_HEADS, HEADS } from './lexicon';
import type { EntityRef } from './recognition';
import { matchRole } from './roles';
import { orgKeyOfKnown, type Piece, possessorBefore, possessorStart, refOfEntry, registerOrg, type SentenceContext } from './sentence-context';

const LOWERCASE_PORTFOLIOS = new Set(['foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'education', 'energy', 'agriculture', 'culture', 'emergencies', 'emergency', 'information', 'commerce', 'labor', 'labour', 'transport', 'environment', 'unification', 'intelligence', 'security', 'home', 'affairs', 'external', 'state']);

/** "China's foreign ministry", "the Russian defence ministry": a state body written in lower
 * case right after the state that owns it. */
export function findLowercaseBodies(ctx: SentenceContext, from: number): void {
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

export interface Head {
  /** Piece index range of the head word(s). */
  from: number;
  to: number;
  category: string;
}

/** "Chief Cabinet Secretary": a head word inside a known title is not an organization. */
function partOfTitle(ctx: SentenceContext, pieces: Piece[], p: number): boolean {
  for (const q of [p - 3, p - 2, p - 1, p]) {
    if (q < 0) continue;
    const r = matchRole(ctx.lower, pieces[q].from);
    if (!r || r.tokens.length < 2 || pieces[q].from + r.tokens.length <= pieces[p].from) continue;
    // "Labour Party leader X": a capitalized head before a lower-case role word names the body.
    if (q === p && /^\p{Ll}/u.test(ctx.toks[pieces[p].to]?.text ?? '')) continue;
    return true;
  }
  return false;
}

/** The head word of a piece: "Movement" in "Movement-in-Opposition" too. */
function headWord(text: string): string | undefined {
  if (isHead(text)) return text;
  const m = /^(\p{Lu}\p{Ll}+)-(?:in|of|for)-\p{Lu}/u.exec(text);
  return m && isHead(m[1]) ? m[1] : undefined;
}

export function findHead(ctx: SentenceContext, pieces: Piece[]): Head | undefined {
  let found: Head | undefined;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    // "African National Congress": a known one-word body ("Congress") closing a longer name.
    if (piece.entry?.kind === 'org' && p > 0 && !pieces[p - 1].entry && !pieces[p - 1].conn && isHead(piece.text) && !found) {
      found = { from: p, to: p + 1, category: HEADS[piece.text] };
      continue;
    }
    if (piece.entry || piece.conn) continue;
    // Once past an "of" tail, the tail belongs to the head before it.
    if (found && pieces.slice(found.to, p).some((x) => x.conn)) break;
    for (const m of MULTI_HEADS) {
      if (p + m.tokens.length <= pieces.length && m.tokens.every((w, k) => pieces[p + k].text === w)) {
        found = { from: p, to: p + m.tokens.length, category: m.category };
      }
    }
    const word = headWord(piece.text);
    if ((!found || found.to <= p) && word && !partOfTitle(ctx, pieces, p)) found = { from: p, to: p + 1, category: HEADS[word] };
  }
  return found;
}

export function classifyOrganization(ctx: SentenceContext, pieces: Piece[], head: Head, rest: (pieces: Piece[]) => void): void {
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
    // "Japan Coast Guard", "U.S. Central Command", "Ethiopian National Defense Force": a state
    // in front of a specific (not generic) name is part of it.
    if (!generic && (e.kind === 'state' || e.kind === 'capital' || e.kind === 'demonym')) break;
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
    if (end < pieces.length) rest(pieces.slice(end));
    return;
  }
  if (single && qualifier && !generic && qualifier.type === 'State') name = `${qualifierText} ${name}`;
  // The owner: a possessor ("Beijing's Taiwan Affairs Office") outranks a qualifier ("U.S.
  // Commerce Department"), which outranks a state inside the name ("… of Ukraine").
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
      // "Mission in South Sudan": where a mission works is not its owner.
      if (!(p > 0 && pieces[p - 1].conn && pieces[p - 1].text === 'in')) stateIso ??= e.iso;
      // State names inside the name ("Armed Forces of Ukraine") are mentions too; not one
      // opening a "People's" name ("Sudan People's Liberation Movement" is a movement's name).
      if (!/^Peoples?'s?\b/.test(pieces[p + 1]?.text ?? '')) addMention(ctx, pieces[p], 'name', { type: 'State', iso: e.iso! }, false);
    } else if (e.kind === 'org') {
      ownerKey ??= orgKeyOfKnown(ctx, e);
    }
  }
  const rec = registerOrg(ctx, name, category, generic ? stateIso : undefined);
  // "Ethiopian National Defense Force" is also written without the demonym.
  if (!generic && first.entry?.kind === 'demonym' && end - start > 1) {
    rec.aliases.add(ctx.text.slice(ctx.toks[pieces[start + 1].from].start, nameEnd));
  }
  rec.stateIso ??= stateIso;
  if (ownerKey && ownerKey !== rec.key) rec.ownerKey ??= ownerKey;
  if (qualifierText) rec.aliases.add(`${qualifierText} ${name}`);
  if (possessor) rec.aliases.add(ctx.text.slice(ctx.toks[possessorStart(ctx, pieces[0].from)].start, nameEnd));
  ctx.out.mentions.push({ start: nameStart, end: nameEnd, text: name, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
  if (end < pieces.length) rest(pieces.slice(end));
}

export function emitNationalBody(ctx: SentenceContext, piece: Piece, iso: string): EntityRef {
  const known = piece.entry!.org!;
  const rec = registerOrg(ctx, known.name, 'ministry', iso);
  // A national namesake of a UN organ is a government agency; of another state's ministry, a ministry.
  rec.category = known.state ? known.category : 'government-agency';
  rec.stateIso = iso;
  const start = ctx.toks[piece.from].start;
  const end = ctx.toks[piece.to - 1].end;
  ctx.out.mentions.push({ start, end, text: piece.text, sentence: ctx.sentence, kind: 'name', ref: { type: 'Organization', key: rec.key } });
  return { type: 'Organization', key: rec.key };
}
