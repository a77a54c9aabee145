// Degree and weighted-degree centrality per relationship type.
//
// For each relationship type between entities, the entities with the most edges of that type.
// degree          edges of the type touching the entity, either direction
// outDegree       edges it starts (who criticizes, who leads); null for the symmetric types
// inDegree        edges it ends   (who is criticized, who is led); null for the symmetric types
// weightedDegree  the edges' document counts added up, so an edge reported by three documents
//                 weighs three; rows are ranked by it
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param type => null
// :param limit => 5
//
// type   one relationship type (e.g. 'CRITICIZED', 'MET_WITH'), or null for every type
// limit  how many entities to return per type
//
// Example: kg cypher cypher/analytics/centrality.cypher --param type=MET_WITH --param limit=3
MATCH (e:Entity)-[r]-(:Entity)
WHERE $type IS NULL OR type(r) = $type
WITH type(r) AS type,
     e,
     count(r) AS degree,
     sum(CASE WHEN startNode(r) = e THEN 1 ELSE 0 END) AS starts,
     sum(r.documentCount) AS weightedDegree
ORDER BY type, weightedDegree DESC, degree DESC, e.name
WITH type,
     type IN ['MET_WITH', 'ALLIED_WITH', 'FAMILY_OF'] AS symmetric,
     collect({name: e.name, id: e.id, degree: degree, starts: starts, weightedDegree: weightedDegree})[..$limit] AS top
UNWIND range(1, size(top)) AS rank
WITH type, symmetric, rank, top[rank - 1] AS t
RETURN type,
       rank,
       t.name AS entity,
       t.id AS id,
       t.degree AS degree,
       CASE WHEN symmetric THEN null ELSE t.starts END AS outDegree,
       CASE WHEN symmetric THEN null ELSE t.degree - t.starts END AS inDegree,
       t.weightedDegree AS weightedDegree
ORDER BY type, rank
