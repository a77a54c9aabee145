import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { EvidenceLoader } from './evidence-loader';
import { guardSearch } from './guards';
import type { QueryRunner } from './query-runner';
import { installTraversalResolvers } from './traversal-resolvers';
import { buildTypeDefs, type TypeDefsOptions } from './type-defs';

/** What every resolver of the API finds in its context (besides what @neo4j/graphql adds). */
export interface ApiContext {
  /** Runs the traversal statements (traversals/*.cypher). */
  runner: QueryRunner;
  evidence: EvidenceLoader;
  /** Extra Cypher parameters for one field's statement (set by the search guard). */
  cypherParams?: Record<string, unknown>;
  /** The bearer token matched KG_API_TOKEN (only meaningful when writes are enabled). */
  authenticated: boolean;
  /** Filled in for the request's access log line. */
  requestLog?: { operation?: string; errors?: number };
  /** Read by @neo4j/graphql: the timeout of its transactions (ms). */
  transaction?: { timeout?: number };
  /** Read by @neo4j/graphql to pick the database. */
  sessionConfig?: { database?: string };
}

const resolvers = {
  Link: {
    evidence: (link: { key: string }, args: { limit: number }, context: ApiContext) =>
      context.evidence.load(link.key, args.limit),
  },
};

/** The executable schema of the API, guards applied. The driver is only needed to run queries. */
export async function buildApiSchema(driver?: Driver, options: TypeDefsOptions = {}): Promise<GraphQLSchema> {
  const neo = new Neo4jGraphQL({ typeDefs: buildTypeDefs(options), resolvers, driver });
  const schema = await neo.getSchema();
  guardSearch(schema);
  installTraversalResolvers(schema);
  return schema;
}

/** The served schema as checked in (src/api/schema.generated.graphql): sorted, printed. */
export async function printApiSchema(options: TypeDefsOptions = {}): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema(undefined, options))) + '\n';
}
