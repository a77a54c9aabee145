// Pass 05: LEADS / MEMBER_OF / PART_OF / FAMILY_OF, read from titles and roles around names:
// "Russian President X" (prefix), "X, South Korea's national security adviser" (apposition
// after), "Iran's new president, X" (apposition before), a bare "Foreign Minister X" (the state
// in focus), and for organizations their state or parent ("China's Foreign Ministry").
import type { Relation } from '../model';
import type { AnalyzedDocument, EntityMention } from './analysis';
import type { DocumentFacts } from './03-coreference';
import { add, leaderOf, makeContext } from './context/context-state';
import { listedPeerRole } from './context/roles-in-lists';
import { readOrganizations } from './context/organization-ties';
import { readPartyMembers } from './context/party-members';
import { readPersonRoles, resolveServing, resolveUntied } from './context/person-roles';
import type { RoleDecision } from './entities/roles';

/** `core`: the document's core relations; a state a person criticized or met is not the state
 * a bare title of that person belongs to. */
export function extractContextRelations(doc: AnalyzedDocument, facts: DocumentFacts, core: Relation[] = []): Relation[] {
  const ctx = makeContext(doc, facts);
  for (const r of core) {
    if (r.type !== 'CRITICIZED' && r.type !== 'MET_WITH') continue;
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) {
      const set = ctx.opposedStates.get(a) ?? new Set<string>();
      ctx.opposedStates.set(a, set.add(b));
      if (r.type === 'CRITICIZED') ctx.rivals.set(a, (ctx.rivals.get(a) ?? new Set<string>()).add(b));
    }
  }
  const personMentions = doc.mentions.filter((m) => ctx.byId.get(m.entityId)?.type === 'Person' && (m.kind === 'name' || m.kind === 'surname'));
  // Roles with an explicit target first; the state in focus fills in only what is left.
  const untied: { m: EntityMention; decision: RoleDecision }[] = [];
  for (const m of personMentions) readPersonRoles(ctx, m, untied);
  for (const { m, decision } of untied) resolveUntied(ctx, m, decision);
  // "the Hungarian prime minister" read as a person named before: he leads the state inside it.
  for (const m of doc.mentions) {
    if (m.kind !== 'descriptor' || ctx.byId.get(m.entityId)?.type !== 'Person' || ctx.personState.has(m.entityId)) continue;
    const st = ctx.bySentence[m.sentence].find((x) => x.start >= m.start && x.end <= m.end && x !== m && ctx.byId.get(x.entityId)?.type === 'State');
    if (st) add(ctx, 'LEADS', m.entityId, st.entityId, m.sentence, 'descriptor-leader', m.text, 0.6);
  }
  resolveServing(ctx);
  for (const { m, state, trigger } of ctx.possessiveLeaders) {
    if (ctx.personState.has(m.entityId)) continue;
    // "Diop, Burkina Faso's X and Niger's Y signed": X and Y hold the listed peer's kind of office.
    const peer = listedPeerRole(ctx, m);
    add(ctx, peer ?? 'LEADS', m.entityId, state, m.sentence, peer ? 'possessive-state-list' : 'possessive-state', trigger, 0.6);
  }
  for (const { m, state, trigger } of ctx.relativesOfLeaders) {
    const leader = leaderOf(ctx, state);
    if (leader) add(ctx, 'FAMILY_OF', m.entityId, leader, m.sentence, 'apposition-family', trigger, 0.7);
  }
  readPartyMembers(ctx);
  readOrganizations(ctx);
  return [...ctx.out.values()];
}
