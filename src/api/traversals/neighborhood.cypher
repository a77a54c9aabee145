// Query.neighborhood: returns one row per result, column `result`. See traversal-resolvers.ts.
MATCH (center:Entity {id: $id})
CALL apoc.path.spanningTree(center, {
  maxLevel: $depth,
  relationshipFilter: apoc.text.join(coalesce($types, ['CRITICIZED','MET_WITH','ALLIED_WITH','LEADS','MEMBER_OF','PART_OF','FAMILY_OF']), '|'),
  labelFilter: '+Entity', bfs: true, limit: $limit + 2
}) YIELD path
WITH center, [p IN collect(path) WHERE length(p) > 0] AS reached
WITH center, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS path
  WITH last(nodes(path)) AS n, nodes(path)[-2] AS via
  CALL (n, via) {
    MATCH (n)-[r:CRITICIZED|MET_WITH|ALLIED_WITH|LEADS|MEMBER_OF|PART_OF|FAMILY_OF]-(via)
    WHERE $types IS NULL OR type(r) IN $types
    RETURN collect(#link(r)) AS links
  }
  RETURN collect(#entity(n)) AS entities, apoc.coll.flatten(collect(links)) AS relations
}
RETURN {center: #entity(center), entities: entities, relations: relations, truncated: truncated} AS result
