// Brokers inside alliance blocs: the entities that hold a bloc together.
//
// A broker is an articulation point of the ALLIED_WITH graph: without it, some of its allies
// could no longer reach each other through alliances, and its bloc would fall apart (the hub
// that two otherwise unrelated partners both ally with). For each entity with two or more
// allies, the first ally (by id) looks for every other ally over ALLIED_WITH paths that avoid
// the entity; the allies it cannot reach are listed in cutOff. Plain Cypher: one shortest-path
// search per ally, no Graph Data Science.
// blocId  the bloc (smallest member id, as in alliance-blocs.cypher)
// allies  all its ALLIED_WITH partners; cutOff: those separated from `from` without it
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param minCutOff => 1
//
// minCutOff  list only brokers that cut off at least this many allies
//
// Example: kg cypher cypher/analytics/bloc-brokers.cypher --json
MATCH (v:Entity)-[:ALLIED_WITH]-(ally:Entity)
WITH v, ally
ORDER BY ally.id
WITH v, collect(DISTINCT ally) AS allies
WHERE size(allies) >= 2
UNWIND allies[1..] AS other
WITH v, allies, allies[0] AS first, other
OPTIONAL MATCH p = shortestPath((first)-[:ALLIED_WITH*]-(other))
WHERE none(x IN nodes(p) WHERE x = v)
WITH v, allies, first, collect(CASE WHEN p IS NULL THEN other.name END) AS cutOff
WHERE size(cutOff) >= $minCutOff
MATCH (v)-[:ALLIED_WITH*0..]-(reached)
// DISTINCT lets Neo4j expand breadth-first, visiting each node once, instead of every path.
WITH DISTINCT v, allies, first, cutOff, reached
WITH v, allies, first, cutOff, min(reached.id) AS blocId
RETURN v.name AS entity,
       v.id AS id,
       blocId,
       [a IN allies | a.name] AS allies,
       first.name AS from,
       cutOff
ORDER BY size(cutOff) DESC, size(allies) DESC, entity
