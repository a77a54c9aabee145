// Most criticized entities, weighted by supporting documents.
//
// One row per entity that was CRITICIZED, ranked by the number of distinct documents that
// report criticism of it (a document counts once per target even when it names several critics).
// `weight` adds up the document counts of each CRITICIZED edge; `critics` lists who criticized
// it, most supported first, as "Name (documents)".
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param limit => 10
// :param minDocuments => 1
//
// limit         how many targets to return
// minDocuments  ignore criticisms supported by fewer documents than this
//
// Example: kg cypher cypher/analytics/most-criticized.cypher --param limit=5 --json
MATCH (critic:Entity)-[r:CRITICIZED]->(target:Entity)
WHERE r.documentCount >= $minDocuments
WITH critic, target, r
ORDER BY r.documentCount DESC, critic.name
WITH target,
     collect(critic.name + ' (' + toString(r.documentCount) + ')') AS critics,
     count(r) AS criticCount,
     sum(r.documentCount) AS weight,
     collect(r.key) AS keys
OPTIONAL MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Document)
WHERE c.relKey IN keys
WITH target, critics, criticCount, weight, count(DISTINCT d) AS documents
RETURN target.name AS target,
       target.type AS type,
       documents,
       weight,
       criticCount,
       critics
ORDER BY documents DESC, weight DESC, criticCount DESC, target
LIMIT $limit
