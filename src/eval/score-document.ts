// Scores one extracted document against its gold, exactly as the guide's Scoring section says:
// entities paired one to one by type and name; relations compared as sets of
// (type, gold source, gold target) after mapping extracted ends through that pairing.
import {
  CONTEXT_RELATION_TYPES,
  CORE_RELATION_TYPES,
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
} from '../model';
import type { Entity, EntityType, ExtractedDocument, Relation, RelationType } from '../model';
import type { GoldDocument, GoldEntity, GoldRelation } from './gold';
import { matchEntities } from './match-entities';
import { type Counts, sumCounts, zeroCounts } from './metrics';

export interface DocumentScore {
  id: string;
  file: string;
  entities: Record<EntityType, Counts>;
  relations: Record<RelationType, Counts>;
  missedEntities: GoldEntity[];
  spuriousEntities: Entity[];
  missedRelations: GoldRelation[];
  /** `ends` names the relation's ends by gold id where they matched, else by the extracted name. */
  spuriousRelations: Array<{ relation: Relation; ends: [string, string] }>;
}

export function scoreDocument(gold: GoldDocument, extracted: ExtractedDocument): DocumentScore {
  const pairing = matchEntities(gold.entities, extracted.entities);
  const goldMatched = new Set(pairing.values());

  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, zeroCounts()])) as Record<EntityType, Counts>;
  for (const x of extracted.entities) entities[x.type][pairing.has(x.id) ? 'tp' : 'fp']++;
  for (const g of gold.entities) if (!goldMatched.has(g.id)) entities[g.type].fn++;

  // Gold keys: required ones are scored, optional ones only shield extracted relations.
  const required = new Map<string, GoldRelation>();
  const optional = new Set<string>();
  for (const r of gold.relations) {
    const key = relationKey(r.type, r.source, r.target);
    if (r.optional) optional.add(key);
    else if (!required.has(key)) required.set(key, r);
  }

  // Extracted ends without a gold partner keep a key of their own, so they can never match.
  const extractedById = new Map(extracted.entities.map((e) => [e.id, e]));
  const endOf = (id: string): string => pairing.get(id) ?? `\u0000unmatched:${id}`;
  const found = new Map<string, Relation>();
  for (const r of extracted.relations) {
    const key = relationKey(r.type, endOf(r.source), endOf(r.target));
    if (optional.has(key) && !required.has(key)) continue;
    if (!found.has(key)) found.set(key, r);
  }

  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, zeroCounts()])) as Record<RelationType, Counts>;
  const spuriousRelations: DocumentScore['spuriousRelations'] = [];
  for (const [key, r] of found) {
    if (required.has(key)) {
      relations[r.type].tp++;
    } else {
      relations[r.type].fp++;
      const label = (id: string): string => pairing.get(id) ?? `?${extractedById.get(id)?.name ?? id}`;
      spuriousRelations.push({ relation: r, ends: [label(r.source), label(r.target)] });
    }
  }
  const missedRelations: GoldRelation[] = [];
  for (const [key, r] of required) {
    if (found.has(key)) continue;
    relations[r.type].fn++;
    missedRelations.push(r);
  }

  return {
    id: gold.id,
    file: gold.file,
    entities,
    relations,
    missedEntities: gold.entities.filter((g) => !goldMatched.has(g.id)),
    spuriousEntities: extracted.entities.filter((x) => !pairing.has(x.id)),
    missedRelations,
    spuriousRelations,
  };
}

function relationKey(type: RelationType, source: string, target: string): string {
  const [a, b] = SYMMETRIC_RELATION_TYPES.has(type) && target < source ? [target, source] : [source, target];
  return `${type}\u0001${a}\u0001${b}`;
}

export const entityTotal = (s: Pick<DocumentScore, 'entities'>): Counts => sumCounts(Object.values(s.entities));
export const coreTotal = (s: Pick<DocumentScore, 'relations'>): Counts =>
  sumCounts(CORE_RELATION_TYPES.map((t) => s.relations[t]));
export const contextTotal = (s: Pick<DocumentScore, 'relations'>): Counts =>
  sumCounts(CONTEXT_RELATION_TYPES.map((t) => s.relations[t]));
