// Query.paths: one row per path, column `path`. Links carry the ids of their ends (#linkIds),
// which traversal-resolvers.ts turns back into the path's entities.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:CRITICIZED|MET_WITH|ALLIED_WITH|LEADS|MEMBER_OF|PART_OF|FAMILY_OF*..4]-(b))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $limit
RETURN {
  length: length(p),
  entities: [n IN nodes(p) | #entity(n)],
  relations: [r IN relationships(p) | #linkIds(r)]
} AS path
