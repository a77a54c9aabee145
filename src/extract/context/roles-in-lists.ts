// People listed together ("Diop, Burkina Faso's Traore and Niger's Sangare signed"): a person
// named only with a state's possessive shares the kind of office (LEADS or MEMBER_OF a state) of
// a listed peer whose role the document gives.
import type { EntityMention } from '../analysis';
import { type Ctx, tokenSpan, typeOf } from './context-state';

/** The relation type a listed peer holds to its state, when the list gives one. */
export function listedPeerRole(ctx: Ctx, m: EntityMention): 'LEADS' | 'MEMBER_OF' | undefined {
  const people = ctx.bySentence[m.sentence].filter((x) => x.kind !== 'pronoun' && typeOf(ctx, x.entityId) === 'Person');
  const i = people.indexOf(m);
  if (i < 0) return undefined;
  const types = new Set<string>();
  // Walk the list both ways while only commas, "and" and "<State>'s" stand between names.
  for (const dir of [-1, 1]) {
    for (let k = i; k + dir >= 0 && k + dir < people.length; k += dir) {
      const [a, b] = dir < 0 ? [people[k + dir], people[k]] : [people[k], people[k + dir]];
      if (!listed(ctx, a, b)) break;
      const peer = people[k + dir];
      const st = ctx.personState.get(peer.entityId);
      if (!st) continue;
      types.add(ctx.out.has(`LEADS|${peer.entityId}|${st}`) ? 'LEADS' : 'MEMBER_OF');
    }
  }
  return types.size === 1 ? ([...types][0] as 'LEADS' | 'MEMBER_OF') : undefined;
}

/** Only list punctuation and a state's possessive stand between a and b. */
function listed(ctx: Ctx, a: EntityMention, b: EntityMention): boolean {
  const { toks, to } = tokenSpan(ctx, a);
  const { from } = tokenSpan(ctx, b);
  const at = ctx.mentionAt[a.sentence];
  let sawSeparator = false;
  for (let k = to; k < from; k++) {
    const n = toks[k].norm;
    if (n === ',' || n === 'and') {
      sawSeparator = true;
      continue;
    }
    const x = at[k];
    if (x && typeOf(ctx, x.entityId) === 'State') continue;
    if (n === "'s") continue;
    return false;
  }
  return sawSeparator;
}
