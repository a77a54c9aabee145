// Reading what the graph already holds: documents by source (to skip unchanged ones), entities
// (to resolve new mentions against), and totals for summaries and tests.
import type { Driver } from 'neo4j-driver';
import type { EntityType } from '../model';
import { EntityResolver } from './entity-resolver';
import * as Q from './queries';

export interface GraphCounts {
  documents: number;
  entities: number;
  claims: number;
  relationships: number;
}

export async function countGraph(driver: Driver): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(Q.COUNT_GRAPH, {}, { routing: 'READ' });
  const r = records[0];
  return {
    documents: r.get('documents') as number,
    entities: r.get('entities') as number,
    claims: r.get('claims') as number,
    relationships: r.get('relationships') as number,
  };
}

/** Source → content hash of every document in the graph. */
export async function readDocumentHashes(driver: Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(Q.READ_DOCUMENTS, {}, { routing: 'READ' });
  return new Map(records.map((r) => [r.get('source') as string, r.get('id') as string]));
}

export async function readResolver(driver: Driver): Promise<EntityResolver> {
  const { records } = await driver.executeQuery(Q.READ_ENTITIES, {}, { routing: 'READ' });
  const resolver = new EntityResolver();
  for (const r of records) {
    resolver.learn({
      id: r.get('id') as string,
      type: r.get('type') as EntityType,
      name: r.get('name') as string,
      aliases: r.get('aliases') as string[],
      qualifier: r.get('qualifier') as string | null,
    });
  }
  return resolver;
}
