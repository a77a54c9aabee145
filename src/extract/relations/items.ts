// A sentence as the relation rules read it: a flat list of items, where each resolved entity
// mention is one item and every other token is a word or a punctuation mark.
import type { EntityType } from '../../model';
import type { AnalyzedDocument, EntityMention } from '../analysis';
import { tokenize } from '../entities/tokens';

export interface Item {
  kind: 'ent' | 'word' | 'punct';
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  mention?: EntityMention;
  /** Inside a quotation. */
  quoted?: boolean;
  /** For entity items: the entity's id and type. */
  entityId?: string;
  entityType?: EntityType;
}

// Quotation marks only delimit speech; relations inside quotes count like any other, so the
// rules read through them.
const QUOTE = /^["“”‘’'«»`]$/u;

/** Items of every sentence, built in one pass over the document's sorted mentions. */
export function buildSentenceItems(doc: AnalyzedDocument): Item[][] {
  const bySentence: EntityMention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) if (bySentence[m.sentence]) bySentence[m.sentence].push(m);
  const types = new Map(doc.entities.map((e) => [e.id, e.type]));
  // A quotation may run over several sentences, so its state carries from one to the next.
  const quote = { open: false };
  const sentences = doc.sentences.map((s, i) => itemsOf(doc.text, s.start, s.end, outermost(bySentence[i]), types, quote));
  const bodies = singleWordBodies(doc);
  if (bodies.size) sentences.forEach((items, i) => restoreBodyMentions(items, bodies, i));
  for (let i = 1; i < sentences.length; i++) attributedSpeakerPronoun(sentences[i - 1], sentences[i]);
  return sentences;
}

/** One-word names of the document's organizations ("Norvik"), each naming one body only. */
function singleWordBodies(doc: AnalyzedDocument): Map<string, string> {
  const names = new Map<string, string | null>();
  for (const e of doc.entities) {
    for (const name of [e.name, ...e.aliases]) {
      if (!/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(name)) continue;
      const prior = names.get(name);
      names.set(name, e.type === 'Organization' && (prior === undefined || prior === e.id) ? e.id : null);
    }
  }
  return new Map([...names].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * A body named elsewhere in the document whose name the entity pass left as a plain word in one
 * sentence ("accused Norvik of ..."): the word is that body, unless it sits in a longer name.
 */
function restoreBodyMentions(items: Item[], bodies: ReadonlyMap<string, string>, sentence: number): void {
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const id = it.kind === 'word' ? bodies.get(it.text) : undefined;
    if (!id) continue;
    const capital = (q: Item | undefined): boolean => q !== undefined && q.kind !== 'punct' && /^\p{Lu}/u.test(q.text);
    if ((k > 0 && capital(items[k - 1])) || capital(items[k + 1])) continue;
    const mention: EntityMention = { start: it.start, end: it.end, entityId: id, text: it.text, kind: 'name', sentence };
    items[k] = { ...it, kind: 'ent', mention, entityId: id, entityType: 'Organization' };
  }
}

const ATTRIBUTIONS: ReadonlyArray<readonly [string, string]> = [['according', 'to'], ['echoed', 'by']];

/**
 * "... , according to X, a spokesman for the party. He called the move a coup": a sentence that
 * opens with he/she right after a sentence attributed to a named person continues that person's
 * account, whoever else the sentence named.
 */
function attributedSpeakerPronoun(prev: Item[], items: Item[]): void {
  const first = items[0];
  if (first?.kind !== 'ent' || first.mention?.kind !== 'pronoun' || !/^(?:he|she)$/.test(first.lower)) return;
  let speaker: Item | undefined;
  for (let k = 0; k + 2 < prev.length; k++) {
    if (!ATTRIBUTIONS.some(([a, b]) => prev[k].lower === a && prev[k + 1].lower === b)) continue;
    const named = prev[k + 2];
    if (named.kind === 'ent' && named.entityType === 'Person' && named.mention?.kind !== 'pronoun') speaker = named;
  }
  if (speaker) items[0] = { ...first, entityId: speaker.entityId };
}

function outermost(mentions: EntityMention[]): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  for (const m of sorted) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

function itemsOf(
  text: string,
  start: number,
  end: number,
  mentions: EntityMention[],
  types: ReadonlyMap<string, EntityType>,
  quote: { open: boolean },
): Item[] {
  const items: Item[] = [];
  let at = start;
  const words = (from: number, to: number): void => {
    // A possessive right after a mention is cut off from its word: "Korea" + "’s".
    const poss = /^['’]s(?![\p{L}\p{N}])/u.exec(text.slice(from, Math.min(to, from + 3)));
    if (poss) {
      items.push({ kind: 'word', text: poss[0], lower: "'s", start: from, end: from + 2, quoted: quote.open });
      from += 2;
    }
    for (const t of tokenize(text, from, to)) {
      if (QUOTE.test(t.text)) {
        if (t.text === '“' || t.text === '«') quote.open = true;
        else if (t.text === '”' || t.text === '»') quote.open = false;
        else if (t.text === '"') quote.open = !quote.open;
        continue;
      }
      const kind = /[\p{L}\p{N}]/u.test(t.text) ? 'word' : 'punct';
      items.push({ kind, text: t.text, lower: t.norm.toLowerCase(), start: t.start, end: t.end, quoted: quote.open });
    }
  };
  for (const m of mentions) {
    if (m.start < at || m.end > end) continue;
    words(at, m.start);
    items.push({
      kind: 'ent',
      text: m.text,
      lower: m.text.toLowerCase(),
      start: m.start,
      end: m.end,
      mention: m,
      entityId: m.entityId,
      entityType: types.get(m.entityId),
      quoted: quote.open,
    });
    at = m.end;
  }
  words(at, end);
  return withoutAliasParentheses(items);
}

const ACRONYM = /^\p{Lu}[\p{L}.&-]*\p{Lu}\.?$/u;

/**
 * "the National Liberation Front (NLF) and ...": an acronym in parentheses only repeats the name
 * before it, so the rules read past it as if it were not there.
 */
function withoutAliasParentheses(items: Item[]): Item[] {
  if (!items.some((it) => it.text === '(')) return items;
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const prev = out[out.length - 1];
    if (it.text === '(' && it.kind === 'punct' && prev !== undefined && items[i + 2]?.text === ')') {
      const inner = items[i + 1];
      const alias = inner.kind === 'ent' ? inner.entityId === prev.entityId : inner.kind === 'word' && ACRONYM.test(inner.text);
      if (alias) {
        i += 2;
        continue;
      }
    }
    // "(ABC-D)", "(NFM-IE)": a hyphenated acronym read as several tokens
    if (it.text === '(' && it.kind === 'punct' && prev !== undefined) {
      let close = -1;
      for (let j = i + 2; j <= Math.min(items.length - 1, i + 6) && close < 0; j++) if (items[j].text === ')') close = j;
      const inner = close > i + 1 ? items.slice(i + 1, close) : [];
      if (inner.length > 1 && inner.every((q) => q.kind === 'word' || q.text === '-') && ACRONYM.test(inner.map((q) => q.text).join(''))) {
        i = close;
        continue;
      }
    }
    out.push(it);
  }
  return out;
}
