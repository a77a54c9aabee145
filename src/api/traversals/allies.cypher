// Query.allies: returns one row per result, column `ally`. See traversal-resolvers.ts.
MATCH (x:Entity {id: $of})
CALL apoc.path.spanningTree(x, {
  relationshipFilter: 'ALLIED_WITH', labelFilter: '+Entity', minLevel: 1,
  maxLevel: CASE WHEN $transitive THEN -1 ELSE 1 END
}) YIELD path
WITH path, last(nodes(path)) AS ally ORDER BY length(path), ally.name
RETURN {
  entity: #entity(ally),
  hops: length(path),
  chain: [r IN relationships(path) | #link(r)]
} AS ally
