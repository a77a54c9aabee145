// A party a person owns in the text is that person's party: "Ruiz's Avanza party",
// "the Tanovan (TNV), Ruiz's party, …" → MEMBER_OF (LEADS, if also read, wins in `add`).
import { add, type Ctx, tokenSpan, typeOf } from './context-state';

export function readPartyMembers(ctx: Ctx): void {
  ctx.bySentence.forEach((mentions, s) => {
    const at = ctx.mentionAt[s];
    const toks = ctx.facts.tokens[s];
    for (const m of mentions) {
      if (typeOf(ctx, m.entityId) !== 'Organization') continue;
      const { from, to } = tokenSpan(ctx, m);
      // "Ruiz's Avanza party".
      const owner = from >= 2 && toks[from - 1].norm === "'s" ? at[from - 2] : undefined;
      if (owner && isParty(ctx, m.entityId) && typeOf(ctx, owner.entityId) === 'Person') add(ctx, 'MEMBER_OF', owner.entityId, m.entityId, s, 'party-possessor', "'s party", 0.7);
      // "The Tanovan (TNV), Ruiz's party, …": the apposition says it is a party.
      let k = to;
      if (toks[k]?.norm === '(' && toks[k + 2]?.norm === ')') k += 3;
      const person = toks[k]?.norm === ',' ? at[k + 1] : undefined;
      if (!person || typeOf(ctx, person.entityId) !== 'Person') continue;
      const after = tokenSpan(ctx, person).to;
      if (toks[after]?.norm === "'s" && toks[after + 1]?.norm.toLowerCase() === 'party') add(ctx, 'MEMBER_OF', person.entityId, m.entityId, s, 'party-apposition', "'s party", 0.7);
    }
  });
}

function isParty(ctx: Ctx, id: string): boolean {
  return ctx.orgById.get(id)?.category === 'party';
}
