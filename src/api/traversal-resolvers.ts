import type { FieldNode, GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { ApiContext } from './api-schema';
import { BOUNDS, checkRange } from './guards';
import { RowCodec, type EntityRef } from './row-codec';
import { selectedColumns } from './selected-columns';
import { traversalStatement } from './traversal-statements';

type Args = Record<string, unknown>;
type Row = Record<string, unknown>;
type Graph = { entities: unknown[]; relations: unknown[]; center?: unknown };

/** Decodes the entities of a neighborhood or path, then its links, whose ends are among them. */
function decodeGraph(value: unknown, codec: RowCodec): Graph | null {
  if (!value) return null;
  const graph = value as Graph;
  const byId = new Map<string, EntityRef>();
  const entity = (row: unknown) => {
    const e = codec.entity(row);
    byId.set(e.id, e);
    return e;
  };
  if (graph.center) graph.center = entity(graph.center);
  graph.entities = graph.entities.map(entity);
  graph.relations = graph.relations.map((r) => codec.linkIds(r, byId));
  return graph;
}

// One codec per field of a parsed query: Apollo keeps parsed documents, so a query sent again
// finds its columns without walking its selection again.
const codecs = new WeakMap<FieldNode, RowCodec>();

function codecFor(info: GraphQLResolveInfo): RowCodec {
  let codec = codecs.get(info.fieldNodes[0]);
  if (!codec) {
    codec = new RowCodec(selectedColumns(info));
    codecs.set(info.fieldNodes[0], codec);
  }
  return codec;
}

// The traversals that return plain objects run their statement (traversals/<field>.cypher)
// straight through the driver: @neo4j/graphql has nothing to project in a map, and its
// translation and session handling cost more than the statement itself on small answers.
// Each checks its bounds first and decodes the value of each result row into what its GraphQL
// type expects (see row-codec.ts).
interface Traversal {
  check?: (args: Args) => void;
  decode: (value: unknown, codec: RowCodec) => unknown;
}

const TRAVERSALS: Record<string, Traversal> = {
  neighborhood: {
    check(args) {
      checkRange(args, 'depth', 1, BOUNDS.neighborhoodDepth);
      checkRange(args, 'limit', 1, BOUNDS.neighborhoodLimit);
    },
    decode: decodeGraph,
  },
  paths: {
    check(args) {
      checkRange(args, 'maxHops', 1, BOUNDS.pathHops);
      checkRange(args, 'limit', 1, BOUNDS.pathLimit);
    },
    decode: decodeGraph,
  },
  critics: { decode: (v, codec) => codec.link(v) },
  targets: { decode: (v, codec) => codec.link(v) },
  allies: {
    decode: (v, codec) => {
      const ally = v as Row;
      return { ...ally, entity: codec.entity(ally.entity), chain: (ally.chain as unknown[]).map((l) => codec.link(l)) };
    },
  },
  meetings: {
    decode: (v, codec) => {
      const meeting = v as Row;
      return { ...meeting, counterpart: codec.entity(meeting.counterpart), relation: codec.link(meeting.relation) };
    },
  },
};

function traversalResolver(field: string, { check, decode }: Traversal): GraphQLFieldResolver<unknown, ApiContext, Args> {
  return async (_root, args, context, info) => {
    check?.(args);
    // Every declared argument is a parameter of the statement, null when not given.
    const declared = info.parentType.getFields()[info.fieldName].args;
    const params = Object.fromEntries(declared.map((a) => [a.name, args[a.name] ?? null]));
    const codec = codecFor(info);
    const rows = await context.runner.rows(traversalStatement(field, codec), params);
    const values = rows.map((row) => decode(Object.values(row)[0], codec));
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
  for (const [name, traversal] of Object.entries(TRAVERSALS)) {
    const field = fields[name];
    if (!field) throw new Error(`installTraversalResolvers: no Query.${name} in the schema`);
    field.resolve = traversalResolver(name, traversal) as GraphQLFieldResolver<unknown, unknown>;
  }
}
