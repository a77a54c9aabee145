// Top critics: who criticizes whom most, weighted by supporting documents.
//
// One row per entity that CRITICIZED someone, ranked by the number of distinct documents that
// support its criticisms (a document counts once per critic even when it names several targets).
// `weight` adds up the document counts of each CRITICIZED edge; `targets` lists the criticized
// entities, most supported first, as "Name (documents)".
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param limit => 10
// :param minDocuments => 1
//
// limit         how many critics to return
// minDocuments  ignore criticisms supported by fewer documents than this
//
// Example: kg cypher cypher/analytics/top-critics.cypher --param limit=5
MATCH (critic:Entity)-[r:CRITICIZED]->(target:Entity)
WHERE r.documentCount >= $minDocuments
WITH critic, target, r
ORDER BY r.documentCount DESC, target.name
WITH critic,
     collect(target.name + ' (' + toString(r.documentCount) + ')') AS targets,
     count(r) AS targetCount,
     sum(r.documentCount) AS weight,
     collect(r.key) AS keys
OPTIONAL MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Document)
WHERE c.relKey IN keys
WITH critic, targets, targetCount, weight, count(DISTINCT d) AS documents
RETURN critic.name AS critic,
       critic.type AS type,
       documents,
       weight,
       targetCount,
       targets
ORDER BY documents DESC, weight DESC, targetCount DESC, critic
LIMIT $limit
