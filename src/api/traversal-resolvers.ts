import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { ApiContext } from './api-schema';
import { BOUNDS, checkRange } from './guards';
import { traversalStatement } from './traversal-statements';

type Args = Record<string, unknown>;
type Entity = { id: string };
type LinkWithIds = { from: string | Entity; to: string | Entity };
type Graph = { entities: Entity[]; relations: LinkWithIds[]; center?: Entity };

/** Replaces the end ids of #linkIds links by the result's own entity objects. */
function attachEnds(graph: Graph | null): Graph | null {
  if (!graph) return graph;
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  if (graph.center) byId.set(graph.center.id, graph.center);
  for (const link of graph.relations) {
    link.from = byId.get(link.from as string) ?? link.from;
    link.to = byId.get(link.to as string) ?? link.to;
  }
  return graph;
}

/** Results whose statements return links with end ids only (see traversals/*.cypher). */
const AFTER: Record<string, (value: unknown) => unknown> = {
  neighborhood: (v) => attachEnds(v as Graph | null),
  paths: (v) => attachEnds(v as Graph),
};

// The traversals that return plain objects run their statement (traversals/<field>.cypher)
// straight through the driver: @neo4j/graphql has nothing to project in a map, and its
// translation and session handling cost more than the statement itself on small answers.
const CHECKS: Record<string, (args: Args) => void> = {
  neighborhood(args) {
    checkRange(args, 'depth', 1, BOUNDS.neighborhoodDepth);
    checkRange(args, 'limit', 1, BOUNDS.neighborhoodLimit);
  },
  paths(args) {
    checkRange(args, 'maxHops', 1, BOUNDS.pathHops);
    checkRange(args, 'limit', 1, BOUNDS.pathLimit);
  },
  critics: () => undefined,
  targets: () => undefined,
  allies: () => undefined,
  meetings: () => undefined,
};

function traversalResolver(field: string, check: (args: Args) => void): GraphQLFieldResolver<unknown, ApiContext, Args> {
  return async (_root, args, context, info) => {
    check(args);
    // Every declared argument is a parameter of the statement, null when not given.
    const declared = info.parentType.getFields()[info.fieldName].args;
    const params = Object.fromEntries(declared.map((a) => [a.name, args[a.name] ?? null]));
    const rows = await context.runner.rows(traversalStatement(field), params);
    const after = AFTER[field] ?? ((v: unknown) => v);
    const values = rows.map((row) => after(Object.values(row)[0]));
    return info.returnType.toString().startsWith('[') ? values : (values[0] ?? null);
  };
}

/**
 * Installs the resolvers on the generated schema. Set after generation on purpose: passed to
 * @neo4j/graphql, they would be wrapped like its own (a session executor and an authorization
 * context per call), which these statements do not use.
 */
export function installTraversalResolvers(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, check] of Object.entries(CHECKS)) {
    const field = fields[name];
    if (!field) throw new Error(`installTraversalResolvers: no Query.${name} in the schema`);
    field.resolve = traversalResolver(name, check) as GraphQLFieldResolver<unknown, unknown>;
  }
}
