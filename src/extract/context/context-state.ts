// What pass 05 keeps while it reads a document: indexes of mentions, the relations found so
// far (deduplicated, LEADS winning over MEMBER_OF), and small lookups shared by its parts.
import type { Entity, Relation, RelationType } from '../../model';
import type { AnalyzedDocument, EntityMention } from '../analysis';
import type { DocumentFacts } from '../coref/build-entities';
import type { OrgRecord } from '../entities/recognition';
import type { RoleDecision } from '../entities/roles';
import type { Token } from '../entities/tokens';

export type Target = { kind: 'state' | 'org' | 'person'; id: string };

export interface Ctx {
  doc: AnalyzedDocument;
  facts: DocumentFacts;
  byId: Map<string, Entity>;
  orgById: Map<string, OrgRecord>;
  /** Per sentence: the mention covering each token, if any. */
  mentionAt: (EntityMention | undefined)[][];
  tokenIndex: Map<number, { sentence: number; index: number }>;
  bySentence: EntityMention[][];
  byEntity: Map<string, EntityMention[]>;
  out: Map<string, Relation>;
  /** person id → state id from LEADS/MEMBER_OF found so far; state id → its leader. */
  personState: Map<string, string>;
  leaderOf: Map<string, string>;
  mainStates?: string[];
  possessiveLeaders: { m: EntityMention; state: string; trigger: string }[];
  /** Starts of state mentions that qualify some person's title ("U.S." in "U.S. Secretary …"). */
  claimedQualifiers: Set<number>;
  /** People with a role in some organization. */
  orgRoles: Set<string>;
  servingPeople: { m: EntityMention; decision: RoleDecision; personId: string; rule: string; trigger: string }[];
  relativesOfLeaders: { m: EntityMention; state: string; trigger: string }[];
  /** Entity id → ids it criticized, was criticized by or met (from the core relations). */
  opposedStates: Map<string, Set<string>>;
  /** Entity id → ids it criticized or was criticized by. */
  rivals: Map<string, Set<string>>;
}

export function makeContext(doc: AnalyzedDocument, facts: DocumentFacts): Ctx {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const orgById = new Map<string, OrgRecord>();
  for (const o of facts.orgs.values()) {
    const id = facts.idOf({ type: 'Organization', key: o.key });
    if (id) orgById.set(id, o);
  }
  const mentionAt: (EntityMention | undefined)[][] = facts.tokens.map((t) => new Array(t.length).fill(undefined));
  const tokenIndex = new Map<number, { sentence: number; index: number }>();
  facts.tokens.forEach((toks, si) => toks.forEach((t, i) => tokenIndex.set(t.start, { sentence: si, index: i })));
  for (const m of doc.mentions) {
    const toks = facts.tokens[m.sentence];
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].start >= m.start && toks[i].end <= m.end) {
        const cur = mentionAt[m.sentence][i];
        if (!cur || cur.end - cur.start < m.end - m.start) mentionAt[m.sentence][i] = m;
      }
    }
  }
  const bySentence: EntityMention[][] = doc.sentences.map(() => []);
  const byEntity = new Map<string, EntityMention[]>();
  for (const m of doc.mentions) {
    bySentence[m.sentence].push(m);
    const list = byEntity.get(m.entityId);
    if (list) list.push(m);
    else byEntity.set(m.entityId, [m]);
  }
  return { doc, facts, byId, orgById, mentionAt, tokenIndex, bySentence, byEntity, out: new Map(), personState: new Map(), leaderOf: new Map(), possessiveLeaders: [], relativesOfLeaders: [], claimedQualifiers: new Set(), orgRoles: new Set(), servingPeople: [], opposedStates: new Map(), rivals: new Map() };
}

export function add(ctx: Ctx, type: RelationType, source: string, target: string, sentence: number, rule: string, trigger: string, confidence: number): void {
  if (source === target) return;
  const key = `${type}|${source}|${target}`;
  if (ctx.out.has(key)) return;
  // One person either leads or is a member of a body, not both.
  if (type === 'MEMBER_OF' && ctx.out.has(`LEADS|${source}|${target}`)) return;
  if (type === 'LEADS') ctx.out.delete(`MEMBER_OF|${source}|${target}`);
  if (type === 'FAMILY_OF' && ctx.out.has(`FAMILY_OF|${target}|${source}`)) return;
  if ((type === 'LEADS' || type === 'MEMBER_OF') && typeOf(ctx, target) === 'Organization') ctx.orgRoles.add(source);
  if ((type === 'LEADS' || type === 'MEMBER_OF') && typeOf(ctx, target) === 'State') {
    if (!ctx.personState.has(source)) ctx.personState.set(source, target);
    if (type === 'LEADS' && !ctx.leaderOf.has(target)) ctx.leaderOf.set(target, source);
  }
  const s = ctx.doc.sentences[sentence];
  ctx.out.set(key, { type, source, target, evidence: s.text, start: s.start, end: s.end, confidence, rule, trigger });
}

/** Role words as one readable phrase ("secretary-general", "gen."). */
export function phrase(words: string[]): string {
  return words.join(' ').replace(/ - /g, '-').replace(/ \./g, '.');
}

export function typeOf(ctx: Ctx, id: string): string | undefined {
  return ctx.byId.get(id)?.type;
}

export function targetOf(ctx: Ctx, m: EntityMention | undefined): Target | undefined {
  if (!m) return undefined;
  const t = typeOf(ctx, m.entityId);
  if (t === 'State') return { kind: 'state', id: m.entityId };
  if (t === 'Organization') return { kind: 'org', id: m.entityId };
  if (t === 'Person') return { kind: 'person', id: m.entityId };
  return undefined;
}

export function tokenSpan(ctx: Ctx, m: EntityMention): { toks: Token[]; from: number; to: number } {
  const toks = ctx.facts.tokens[m.sentence];
  let from = -1;
  let to = -1;
  for (let i = 0; i < toks.length; i++) {
    if (from < 0 && toks[i].end > m.start) from = i;
    if (toks[i].start < m.end) to = i + 1;
  }
  return { toks, from, to };
}

export function stateIdByIso(ctx: Ctx, iso: string): string | undefined {
  return ctx.facts.idOf({ type: 'State', iso });
}

export function stateOfOrg(ctx: Ctx, orgId: string): string | undefined {
  const org = ctx.orgById.get(orgId);
  if (!org) return undefined;
  const iso = org.stateIso ?? org.knownState;
  return iso ? stateIdByIso(ctx, iso) : undefined;
}

/** The person a document says leads a state (for "the wife of the Spanish prime minister"). */
export function leaderOf(ctx: Ctx, stateId: string): string | undefined {
  return ctx.leaderOf.get(stateId);
}

export function stateOfPerson(ctx: Ctx, personId: string): string | undefined {
  return ctx.personState.get(personId);
}
