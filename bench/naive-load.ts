// The baseline the batched loader is measured against: what a first attempt looks like, one
// transaction per relation, each MERGEing its document, both entities, the claim and the
// relationship row by row. Same graph shape; it exists only to be timed.
import type { Driver } from 'neo4j-driver';

export interface NaiveClaim {
  source: string;
  documentId: string;
  subject: { id: string; type: string; name: string };
  object: { id: string; type: string; name: string };
  claim: { id: string; relKey: string; type: string; evidence: string; start: number; end: number; confidence: number };
}

/** One statement per relationship type: the type cannot be a parameter. */
const NAIVE_STATEMENT = (type: string): string => `
MERGE (d:Document {source: $source}) SET d.id = $documentId
MERGE (a:Entity {id: $subject.id}) SET a.name = $subject.name, a.type = $subject.type
MERGE (b:Entity {id: $object.id}) SET b.name = $object.name, b.type = $object.type
MERGE (c:Claim {id: $claim.id}) SET c += $claim
MERGE (c)-[:FROM_DOCUMENT]->(d)
MERGE (c)-[:SUBJECT]->(a)
MERGE (c)-[:OBJECT]->(b)
MERGE (a)-[r:${type}]->(b)
SET r.key = $claim.relKey, r.claimCount = coalesce(r.claimCount, 0) + 1`;

export async function naiveLoad(driver: Driver, claims: readonly NaiveClaim[]): Promise<void> {
  const statements = new Map<string, string>();
  const session = driver.session();
  try {
    for (const c of claims) {
      const text = statements.get(c.claim.type) ?? NAIVE_STATEMENT(c.claim.type);
      statements.set(c.claim.type, text);
      await session.executeWrite((tx) => tx.run(text, { ...c }));
    }
  } finally {
    await session.close();
  }
}
