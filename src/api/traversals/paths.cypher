// Query.paths: returns one row per result, column `path`. See traversal-resolvers.ts.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:CRITICIZED|MET_WITH|ALLIED_WITH|LEADS|MEMBER_OF|PART_OF|FAMILY_OF*..4]-(b))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $limit
RETURN {
  length: length(p),
  entities: [n IN nodes(p) | #entity(n)],
  relations: [r IN relationships(p) | #link(r)]
} AS path
