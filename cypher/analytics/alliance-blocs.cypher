// Alliance blocs: groups of entities connected through ALLIED_WITH, directly or in a chain.
//
// A bloc is a connected component of the ALLIED_WITH graph (edge direction ignored). Plain
// Cypher, no Graph Data Science: every allied entity collects the entities it reaches over
// ALLIED_WITH paths, and the smallest id among them names its bloc, so each bloc gets one
// stable id whichever member the search starts from.
// blocId     the smallest entity id in the bloc
// hub        the member with the most alliances in it (a readable name for the bloc)
// members    names, states first
// alliances  ALLIED_WITH edges inside the bloc; documents: distinct documents supporting them
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param minSize => 2
//
// minSize  smallest bloc to return (2 = every pair of allies)
//
// Example: kg cypher cypher/analytics/alliance-blocs.cypher --param minSize=3
MATCH (e:Entity)-[:ALLIED_WITH]-(:Entity)
WITH DISTINCT e
MATCH (e)-[:ALLIED_WITH*0..]-(reached)
// DISTINCT lets Neo4j expand breadth-first, visiting each node once, instead of every path.
WITH DISTINCT e, reached
WITH e, min(reached.id) AS blocId
ORDER BY CASE e.type WHEN 'State' THEN 0 WHEN 'Organization' THEN 1 ELSE 2 END, e.name
WITH blocId, collect(e) AS entities
WHERE size(entities) >= $minSize
UNWIND entities AS member
MATCH (member)-[r:ALLIED_WITH]-(:Entity)
WITH blocId, entities, member, collect(r.key) AS keys
ORDER BY size(keys) DESC, member.name
WITH blocId, entities, collect(member.name)[0] AS hub, collect(keys) AS keyLists
UNWIND keyLists AS memberKeys
UNWIND memberKeys AS key
WITH blocId, entities, hub, collect(DISTINCT key) AS keys
OPTIONAL MATCH (c:Claim)-[:FROM_DOCUMENT]->(d:Document)
WHERE c.relKey IN keys
WITH blocId, entities, hub, keys, count(DISTINCT d) AS documents
RETURN blocId,
       hub,
       size(entities) AS size,
       [m IN entities | m.name] AS members,
       [m IN entities | m.id] AS memberIds,
       size(keys) AS alliances,
       documents
ORDER BY size DESC, documents DESC, blocId
