import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { toFuzzyLuceneQuery } from './lucene-query';

// Bounds of the traversal arguments, checked in JS before any Cypher runs, so that a user who
// asks for `depth: 9` gets a plain GraphQL error rather than a slow query or a server error.
// The traversals that return plain objects check theirs in traversal-resolvers.ts.
export const BOUNDS = {
  searchLimit: 50,
  neighborhoodDepth: 3,
  neighborhoodLimit: 500,
  pathHops: 4,
  pathLimit: 50,
  evidenceLimit: 50,
} as const;

type Args = Record<string, unknown>;

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: argument } });
}

export function checkRange(args: Args, name: string, min: number, max: number): void {
  const value = args[name];
  if (typeof value !== 'number' || value < min || value > max) {
    throw badInput(name, `\`${name}\` must be between ${min} and ${max} (got ${String(value)}).`);
  }
}

interface CypherParamsContext {
  cypherParams?: Record<string, unknown>;
}

/**
 * Wraps the generated resolver of Query.search (a @cypher field run by @neo4j/graphql): checks
 * its arguments and hands the escaped, fuzzy Lucene query to the statement as $luceneQuery, in a
 * per-field copy of the context's `cypherParams`, which @neo4j/graphql passes to Neo4j.
 */
export function guardSearch(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields().search;
  const inner = field?.resolve;
  if (!field || !inner) throw new Error('guardSearch: Query.search has no resolver');
  const guarded: GraphQLFieldResolver<unknown, CypherParamsContext> = (root, args, context, info) => {
    checkRange(args, 'limit', 1, BOUNDS.searchLimit);
    const luceneQuery = toFuzzyLuceneQuery(String(args.text));
    if (!luceneQuery) throw badInput('text', '`text` must contain at least one letter or digit.');
    return inner(root, args, { ...context, cypherParams: { ...context.cypherParams, luceneQuery } }, info);
  };
  field.resolve = guarded;
}
