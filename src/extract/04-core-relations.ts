// Pass 04: the core relations (CRITICIZED, MET_WITH, ALLIED_WITH) between the entities the
// earlier passes resolved. Each sentence is read as items; trigger words from
// data/core-triggers.json fire rules that find the arguments around them.
import type { Relation } from '../model';
import type { AnalyzedDocument } from './analysis';
import { alliedByFighting, alliedByNoun, alliedByReceipt, alliedBySupply, isReceiptVerb } from './relations/allied-with';
import type { DocContext, SentenceContext } from './relations/context';
import { criticizedByNoun, criticizedByVerb } from './relations/criticized';
import { criticizedByClaimNoun, criticizedBySecondComplement, criticizedBySpeech, criticizedInQuote } from './relations/judgements';
import { buildSentenceItems } from './relations/items';
import { BE_FORMS, SPEECH_VERBS, SUPPLY_VERBS, TRIGGERS_BY_FIRST_WORD, type Trigger } from './relations/lexicon';
import { metWithAtWhere, metWithByNoun, metWithByVerb } from './relations/met-with';
import { matchesAt } from './relations/phrases';

export function extractCoreRelations(doc: AnalyzedDocument): Relation[] {
  const salience = new Map<string, number>();
  for (const m of doc.mentions) salience.set(m.entityId, (salience.get(m.entityId) ?? 0) + 1);
  const d: DocContext = { doc, sentences: buildSentenceItems(doc), salience, meetings: [], found: new Map(), homes: new Map(), types: new Map(doc.entities.map((e) => [e.id, e.type])) };
  d.sentences.forEach((items, s) => {
    const ctx: SentenceContext = { d, s, items };
    // A noun inside a multiword verb trigger that fired ("held talks with") is read by the verb's rule only.
    const verbSpan = new Map<string, number>();
    for (let t = 0; t < items.length; t++) {
      const it = items[t];
      if (it.kind !== 'word') continue;
      if (SUPPLY_VERBS.has(it.lower)) alliedBySupply(ctx, t);
      else if (isReceiptVerb(it.lower)) alliedByReceipt(ctx, t);
      if (it.lower === 'alongside') alliedByFighting(ctx, t);
      if (it.lower === 'where') metWithAtWhere(ctx, t);
      if (SPEECH_VERBS.has(it.lower)) criticizedBySpeech(ctx, t);
      else if (it.lower === 'that') criticizedBySecondComplement(ctx, t);
      else if (it.quoted && BE_FORMS.has(it.lower)) criticizedInQuote(ctx, t);
      else criticizedByClaimNoun(ctx, t);
      const candidates = TRIGGERS_BY_FIRST_WORD.get(it.lower);
      if (!candidates) continue;
      const fired = new Set<string>();
      for (const trig of candidates) {
        if (!matchesAt(items, t, trig.words)) continue;
        const kind = `${trig.relation}:${trig.part}`;
        if (fired.has(kind)) continue;
        if (trig.part === 'noun' && t < (verbSpan.get(trig.relation) ?? -1)) continue;
        fired.add(kind);
        if (trig.part === 'verb' && trig.words.length > 1) verbSpan.set(trig.relation, t + trig.words.length);
        fire(ctx, t, t + trig.words.length, trig);
      }
    }
  });
  return [...d.found.values()];
}

function fire(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  if (trig.relation === 'CRITICIZED') (trig.part === 'verb' ? criticizedByVerb : criticizedByNoun)(ctx, t, end, trig);
  else if (trig.relation === 'MET_WITH') (trig.part === 'verb' ? metWithByVerb : metWithByNoun)(ctx, t, end, trig);
  else alliedByNoun(ctx, t, end, trig);
}
