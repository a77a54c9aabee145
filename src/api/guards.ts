import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { toFuzzyLuceneQuery } from './lucene-query';
import type { QueryRunner } from './query-runner';
import { traversalStatement } from './traversal-statements';

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

interface SearchContext {
  cypherParams?: Record<string, unknown>;
  runner?: QueryRunner;
}

/** The entity fields a search hit carries without @neo4j/graphql (traversals/search.cypher). */
const HIT_FIELDS = new Set(['id', 'name', 'aliases', 'type', 'iso', '__typename']);

/** True when the selection (through fragments) asks only for HIT_FIELDS. */
function selectsHitFieldsOnly(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return set.selections.every((s) => {
    if (s.kind === Kind.FIELD) return !s.selectionSet && HIT_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return selectsHitFieldsOnly(s.selectionSet, fragments);
    const fragment = fragments[s.name.value];
    return fragment !== undefined && selectsHitFieldsOnly(fragment.selectionSet, fragments);
  });
}

function hitFieldsOnly(info: GraphQLResolveInfo): boolean {
  const set = info.fieldNodes[0]?.selectionSet;
  return info.fieldNodes.length === 1 && set !== undefined && selectsHitFieldsOnly(set, info.fragments);
}

/**
 * Wraps the generated resolver of Query.search (a @cypher field run by @neo4j/graphql): checks
 * its arguments and hands the escaped, fuzzy Lucene query to the statement as $luceneQuery, in a
 * per-field copy of the context's `cypherParams`, which @neo4j/graphql passes to Neo4j. When the
 * client asks only for the entities' own fields, the API's runner answers instead: same index,
 * same order, without a translation that would cost more than the search itself.
 */
export function guardSearch(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields().search;
  const inner = field?.resolve;
  if (!field || !inner) throw new Error('guardSearch: Query.search has no resolver');
  const guarded: GraphQLFieldResolver<unknown, SearchContext> = async (root, args, context, info) => {
    checkRange(args, 'limit', 1, BOUNDS.searchLimit);
    const luceneQuery = toFuzzyLuceneQuery(String(args.text));
    if (!luceneQuery) throw badInput('text', '`text` must contain at least one letter or digit.');
    if (context.runner && hitFieldsOnly(info)) {
      const rows = await context.runner.rows(traversalStatement('search'), { luceneQuery, limit: args.limit });
      return rows.map((r) => r.hit);
    }
    return inner(root, args, { ...context, cypherParams: { ...context.cypherParams, luceneQuery } }, info);
  };
  field.resolve = guarded;
}
