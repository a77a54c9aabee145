import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { toFuzzyLuceneQuery } from './lucene-query';
import { toPlain } from './plain-values';

// Bounds of the traversal arguments, checked in JS before any Cypher runs, so that a user who
// asks for `depth: 9` gets a plain GraphQL error rather than a slow query or a server error.
export const BOUNDS = {
  searchLimit: 50,
  neighborhoodDepth: 3,
  neighborhoodLimit: 500,
  pathHops: 4,
  pathLimit: 50,
  evidenceLimit: 50,
} as const;

type Args = Record<string, unknown>;
/** Checks the arguments of one field; returns extra Cypher parameters for its statement. */
type Guard = (args: Args) => Record<string, unknown> | undefined;
const NO_CHECK: Guard = () => undefined;

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: argument } });
}

export function checkRange(args: Args, name: string, min: number, max: number): void {
  const value = args[name];
  if (typeof value !== 'number' || value < min || value > max) {
    throw badInput(name, `\`${name}\` must be between ${min} and ${max} (got ${String(value)}).`);
  }
}

const GUARDS: Record<string, Guard> = {
  search(args) {
    checkRange(args, 'limit', 1, BOUNDS.searchLimit);
    const luceneQuery = toFuzzyLuceneQuery(String(args.text));
    if (!luceneQuery) throw badInput('text', '`text` must contain at least one letter or digit.');
    return { luceneQuery };
  },
  neighborhood(args) {
    checkRange(args, 'depth', 1, BOUNDS.neighborhoodDepth);
    checkRange(args, 'limit', 1, BOUNDS.neighborhoodLimit);
    return undefined;
  },
  paths(args) {
    checkRange(args, 'maxHops', 1, BOUNDS.pathHops);
    checkRange(args, 'limit', 1, BOUNDS.pathLimit);
    return undefined;
  },
  critics: NO_CHECK,
  targets: NO_CHECK,
  allies: NO_CHECK,
  meetings: NO_CHECK,
};

/** Traversals whose statements return maps (not nodes): their driver values are made plain. */
const RETURNS_MAPS = new Set(['neighborhood', 'paths', 'critics', 'targets', 'allies', 'meetings']);

interface CypherParamsContext {
  cypherParams?: Record<string, unknown>;
}

/**
 * Wraps the generated resolvers of the traversal Query fields. Extra parameters travel in a
 * per-field copy of the context as `cypherParams`, which @neo4j/graphql passes to the statement.
 */
export function guardTraversals(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, guard] of Object.entries(GUARDS)) {
    const field = fields[name];
    const inner = field?.resolve;
    if (!field || !inner) throw new Error(`guardTraversals: Query.${name} has no resolver`);
    const guarded: GraphQLFieldResolver<unknown, CypherParamsContext> = (root, args, context, info) => {
      const params = guard(args);
      const fieldContext = params ? { ...context, cypherParams: { ...context.cypherParams, ...params } } : context;
      const result = inner(root, args, fieldContext, info);
      return RETURNS_MAPS.has(name) ? Promise.resolve(result).then(toPlain) : result;
    };
    field.resolve = guarded;
  }
}
