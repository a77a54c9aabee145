// Query.neighborhood: one row, column `result`. Breadth-first spanning tree of at most $limit
// entities; each entity comes with the relationship through which it was reached. Links carry
// the ids of their ends (#linkIds), which traversal-resolvers.ts turns back into the entities.
MATCH (center:Entity {id: $id})
CALL apoc.path.spanningTree(center, {
  maxLevel: $depth,
  relationshipFilter: apoc.text.join(coalesce($types, ['CRITICIZED','MET_WITH','ALLIED_WITH','LEADS','MEMBER_OF','PART_OF','FAMILY_OF']), '|'),
  labelFilter: '+Entity', bfs: true, limit: $limit + 2
}) YIELD path
WITH center, [p IN collect(path) WHERE length(p) > 0] AS reached
WITH center, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH center, truncated, [p IN kept | last(nodes(p))] AS ns, [p IN kept | last(relationships(p))] AS rs
RETURN {
  center: #entity(center),
  entities: [n IN ns | #entity(n)],
  relations: [r IN rs | #linkIds(r)],
  truncated: truncated
} AS result
