import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { toKgError } from '../graph';

/**
 * Errors a client did not cause (Neo4j down, a statement Neo4j rejects, a bug) reach the client
 * as a short message with a stable code; the details go to the server log only, so that driver
 * messages, Cypher text and stack traces never leak through the API.
 */
export function formatApiError(log: (line: string) => void, queryTimeoutMs: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const kg = toKgError(unwrapResolverError(error), 'the configured Neo4j');
    log(JSON.stringify({ time: new Date().toISOString(), level: 'error', code: kg.code, msg: kg.message, path: formatted.path }));
    const [code, message] = clientFacing(kg.code, String(kg.details.code ?? ''), queryTimeoutMs);
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  };
}

function clientFacing(kgCode: string, neo4jCode: string, queryTimeoutMs: number): [string, string] {
  if (kgCode === 'KG_NEO4J_UNAVAILABLE') return ['NEO4J_UNAVAILABLE', 'Neo4j is not available; try again later'];
  if (neo4jCode.includes('TransactionTimedOut')) {
    return ['QUERY_TIMEOUT', `the query ran longer than ${queryTimeoutMs / 1000} s and was stopped; ask for less (smaller limit, depth or maxHops)`];
  }
  return ['INTERNAL_SERVER_ERROR', 'internal error while answering this field (details in the server log)'];
}
