// Labels after an object: "called Y a puppet", "described Y as corrupt", "called X's remarks
// "racist"". A labelling verb criticizes only with an insult word from the lexicon.
import type { Item } from './items';
import { INSULT_WORDS } from './lexicon';
import type { NounPhrase } from './phrases';

const LABEL_REACH = 10;

/**
 * Where the label after the object starts: right after the first object, whose list may have
 * swallowed it as an apposition ("calling X, an agent of Y"), or at a quotation the object
 * phrase ran into ("called X's remarks "antisemitic incitement"").
 */
export function labelStart(items: Item[], objects: readonly NounPhrase[], end: number): number {
  const first = objects[0];
  if (!first) return end;
  for (let k = first.start + 1; k < first.end; k++) if (items[k].quoted && !items[k - 1].quoted) return k;
  return first.end;
}

/** "called Y corrupt", "described Y as a puppet", "likened Y to pirates". */
export function insultFollows(items: Item[], from: number): boolean {
  const stop = Math.min(items.length, from + LABEL_REACH);
  for (let k = from; k < stop; k++) {
    const it = items[k];
    if (it.kind === 'punct' && it.text !== ',' && it.text !== '-') return false;
    if (it.kind === 'word' && (INSULT_WORDS.has(it.lower) || INSULT_WORDS.has(it.lower.replace(/-.*$/, '')))) return true;
  }
  return false;
}
