// Helpers for the ingest integration tests: documents whose extraction is given (so the loader
// is tested apart from the extractor's quality), names unique to one test run so data of other
// tests on the same server never interferes, and a canonical dump of a graph for comparisons.
import { randomBytes } from 'crypto';
import type { Driver } from 'neo4j-driver';
import type { Entity, ExtractedDocument, Relation, SourceDocument } from '../../src/model';
import type { SourceItem } from '../../src/sources';

/** A per-run tag: `Ada <tag>` is a name no other test uses. */
export function uniqueTag(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

/** A document and what "the extractor" finds in it. */
export interface FixtureDocument {
  source: string;
  text: string;
  date?: string;
  entities: Entity[];
  relations: Array<Pick<Relation, 'type' | 'source' | 'target' | 'evidence'>>;
}

export function items(docs: readonly FixtureDocument[]): AsyncIterable<SourceItem> {
  return (async function* () {
    for (const d of docs) yield { kind: 'document' as const, document: { source: d.source, text: d.text, date: d.date } };
  })();
}

/** The extraction of each fixture document, looked up by its text. */
export function fixtureExtractor(docs: readonly FixtureDocument[]): (doc: SourceDocument) => ExtractedDocument {
  const byText = new Map(docs.map((d) => [d.text, d]));
  return (doc) => {
    const d = byText.get(doc.text);
    if (!d) throw new Error(`no fixture for ${doc.source}`);
    return {
      source: doc.source,
      date: doc.date,
      entities: d.entities,
      relations: d.relations.map((r) => {
        const start = d.text.indexOf(r.evidence);
        return { ...r, start, end: start + r.evidence.length, confidence: 0.9, rule: 'fixture', trigger: 'fixture' };
      }),
    };
  };
}

export const person = (name: string, aliases: string[] = []): Entity => ({ id: slug(name), type: 'Person', name, aliases });
export const org = (name: string, aliases: string[] = []): Entity => ({ id: slug(name), type: 'Organization', name, aliases });
export const state = (name: string, iso: string, aliases: string[] = []): Entity => ({ id: slug(name), type: 'State', name, aliases, iso });

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export interface GraphDump {
  documents: unknown[];
  entities: unknown[];
  claims: unknown[];
  relationships: unknown[];
  mentions: unknown[];
}

/**
 * Everything the graph holds about documents whose source starts with `prefix`, and the entities
 * and relationships they reach, in a fixed order (ingestedAt left out: it is a clock reading).
 */
export async function dumpGraph(driver: Driver, prefix: string): Promise<GraphDump> {
  const q = async (text: string): Promise<unknown[]> =>
    (await driver.executeQuery(text, { prefix })).records.map((r) => r.toObject());
  return {
    documents: await q(`
      MATCH (d:Document) WHERE d.source STARTS WITH $prefix
      RETURN d.source AS source, d.id AS id, d.title AS title, d.date AS date ORDER BY source`),
    entities: await q(`
      MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.source STARTS WITH $prefix
      WITH DISTINCT e
      RETURN e.id AS id, labels(e) AS labels, e.name AS name, e.aliases AS aliases, e.iso AS iso, e.qualifier AS qualifier
      ORDER BY id`),
    mentions: await q(`
      MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE d.source STARTS WITH $prefix
      RETURN d.source AS source, e.id AS entity, m.names AS names ORDER BY source, entity`),
    claims: await q(`
      MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:FROM_DOCUMENT]->(d:Document), (c)-[:OBJECT]->(o:Entity)
      WHERE d.source STARTS WITH $prefix
      RETURN c.id AS id, c.relKey AS relKey, s.id AS subject, o.id AS object, c.evidence AS evidence,
             c.start AS start, c.end AS end, c.confidence AS confidence, c.date AS date ORDER BY id`),
    relationships: await q(`
      MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Document) WHERE d.source STARTS WITH $prefix
      WITH DISTINCT c.relKey AS key
      MATCH (a:Entity)-[r {key: key}]->(b:Entity)
      RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props ORDER BY type, start, end`),
  };
}
