// Query.search when the client selects only scalar fields of the entities (the common case: a
// search box). The same index and order as search's @cypher statement, projected here rather
// than by @neo4j/graphql. See guards.ts.
CALL db.index.fulltext.queryNodes('entityNames', $luceneQuery, {limit: $limit}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
RETURN node {.id, .name, .aliases, .type, .iso, __resolveType: node.type} AS hit
