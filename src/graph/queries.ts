// Every Cypher statement of the loader and of forget, in one place. Values always travel as
// parameters; the only text that varies is the relationship type, taken from the closed list
// RELATION_TYPES (Cypher cannot parameterize a type in MERGE), never from extracted text.
// JavaScript numbers arrive as floats: counts and offsets go through toInteger().
import { RELATION_TYPES } from '../model';
import type { RelationType } from '../model';

/** Sources and content hashes of documents already in the graph. */
export const READ_DOCUMENTS = `
MATCH (d:Document)
RETURN d.source AS source, d.id AS id`;

/** Sources under a folder (the documents `kg ingest <folder>` loaded). */
export const SOURCES_UNDER = `
MATCH (d:Document)
WHERE d.source STARTS WITH $prefix
RETURN d.source AS source
ORDER BY source`;

/** Content hashes of some sources, read inside the writing transaction. */
export const READ_HASHES = `
UNWIND $sources AS source
MATCH (d:Document {source: source})
RETURN d.source AS source, d.id AS id`;

/** What the resolver learns from: every non-state entity, in id order so learning is deterministic. */
export const READ_ENTITIES = `
MATCH (e:Entity)
WHERE NOT e:State
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.qualifier AS qualifier
ORDER BY id`;

/**
 * Deletes documents with their claims and mentions, returning what they touched so the
 * relationships and entities they supported can be settled afterwards.
 */
export const REMOVE_DOCUMENTS = `
UNWIND $sources AS source
MATCH (d:Document {source: source})
WITH source, d, COLLECT { MATCH (c:Claim)-[:FROM_DOCUMENT]->(d) RETURN c.relKey } AS relKeys,
     COLLECT { MATCH (d)-[:MENTIONS]->(e:Entity) RETURN e.id } AS entityIds
CALL (d) {
  MATCH (c:Claim)-[:FROM_DOCUMENT]->(d)
  DETACH DELETE c
}
DETACH DELETE d
RETURN source, relKeys, entityIds`;

export const CREATE_DOCUMENTS = `
UNWIND $documents AS doc
CREATE (d:Document {source: doc.source})
SET d.id = doc.id, d.title = doc.title, d.date = doc.date, d.url = doc.url, d.ingestedAt = datetime()`;

/** Creates or updates entity nodes; aliases are every name a document used, minus the node's name. */
export const MERGE_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.iso = row.iso, e.qualifier = row.qualifier
FOREACH (_ IN CASE row.type WHEN 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE row.type WHEN 'State' THEN [1] ELSE [] END | SET e:State)
FOREACH (_ IN CASE row.type WHEN 'Organization' THEN [1] ELSE [] END | SET e:Organization)
WITH e, COLLECT {
  UNWIND coalesce(e.aliases, []) + row.names AS alias
  WITH DISTINCT alias WHERE alias <> e.name
  RETURN alias ORDER BY alias
} AS aliases
// Written only when it changes: every write of a name re-indexes it in the full-text index.
FOREACH (_ IN CASE WHEN e.aliases IS NULL OR e.aliases <> aliases THEN [1] ELSE [] END | SET e.aliases = aliases)`;

export const CREATE_MENTIONS = `
UNWIND $mentions AS row
MATCH (d:Document {source: row.source})
MATCH (e:Entity {id: row.entity})
CREATE (d)-[:MENTIONS {names: row.names}]->(e)`;

export const CREATE_CLAIMS = `
UNWIND $claims AS row
MATCH (d:Document {source: row.source})
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
CREATE (c:Claim {id: row.id, relKey: row.relKey, type: row.type, evidence: row.evidence,
                  start: toInteger(row.start), end: toInteger(row.end), confidence: row.confidence,
                  rule: row.rule, trigger: row.trigger, date: row.date})
CREATE (c)-[:FROM_DOCUMENT]->(d), (c)-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)`;

function addToRelationships(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.key = row.key, r.documentCount = 0, r.claimCount = 0
SET r.documentCount = r.documentCount + toInteger(row.documents),
    r.claimCount = r.claimCount + toInteger(row.claims),
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.firstDate = CASE WHEN r.firstDate IS NULL OR row.firstDate < r.firstDate THEN row.firstDate ELSE r.firstDate END,
    r.lastDate = CASE WHEN r.lastDate IS NULL OR row.lastDate > r.lastDate THEN row.lastDate ELSE r.lastDate END`;
}

/** Recomputes relationships from the claims left after a removal; deletes those left with none. */
function settleRelationships(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (:Entity {id: row.start})-[r:${type}]->(:Entity {id: row.end})
OPTIONAL MATCH (c:Claim {relKey: row.key})-[:FROM_DOCUMENT]->(d:Document)
WITH r, count(c) AS claims, count(DISTINCT d) AS documents, max(c.confidence) AS confidence,
     min(c.date) AS firstDate, max(c.date) AS lastDate
FOREACH (_ IN CASE WHEN claims = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN claims > 0 THEN [1] ELSE [] END |
  SET r.claimCount = claims, r.documentCount = documents, r.confidence = confidence,
      r.firstDate = firstDate, r.lastDate = lastDate)`;
}

function perType(build: (type: RelationType) => string): Readonly<Record<RelationType, string>> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, build(t)])) as Record<RelationType, string>;
}

export const ADD_TO_RELATIONSHIPS = perType(addToRelationships);
export const SETTLE_RELATIONSHIPS = perType(settleRelationships);

/** Entities that lost mentions: aliases recomputed from the mentions left, or deleted if none is. */
export const SETTLE_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COUNT { (:Document)-[:MENTIONS]->(e) } AS mentions,
     COLLECT {
       MATCH (:Document)-[m:MENTIONS]->(e)
       UNWIND m.names AS alias
       WITH DISTINCT alias WHERE alias <> e.name
       RETURN alias ORDER BY alias
     } AS aliases
FOREACH (_ IN CASE WHEN mentions = 0 THEN [1] ELSE [] END | DETACH DELETE e)
FOREACH (_ IN CASE WHEN mentions > 0 THEN [1] ELSE [] END | SET e.aliases = aliases)`;

export const COUNT_GRAPH = `
RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Entity) } AS entities,
       COUNT { (:Claim) } AS claims,
       COUNT { ()-[:${RELATION_TYPES.join('|')}]->() } AS relationships`;
