// Pairs that both met and criticized each other.
//
// Pairs of entities with a MET_WITH edge and a CRITICIZED edge in at least one direction:
// the handshake and the barb. `mutual` is true when each criticized the other.
// meetingDocuments  documents reporting the meeting
// aCriticizedB      documents reporting criticism from a to b (0 if none); bCriticizedA likewise
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param mutualOnly => false
//
// mutualOnly  true to keep only pairs where each side criticized the other
//
// Example: kg cypher cypher/analytics/met-and-criticized.cypher --param mutualOnly=true
MATCH (a:Entity)-[m:MET_WITH]-(b:Entity)
WHERE a.id < b.id
OPTIONAL MATCH (a)-[ab:CRITICIZED]->(b)
OPTIONAL MATCH (b)-[ba:CRITICIZED]->(a)
WITH a, b, m, ab, ba
WHERE ab IS NOT NULL OR ba IS NOT NULL
WITH a, b, m,
     coalesce(ab.documentCount, 0) AS aCriticizedB,
     coalesce(ba.documentCount, 0) AS bCriticizedA
WITH a, b, m, aCriticizedB, bCriticizedA, aCriticizedB > 0 AND bCriticizedA > 0 AS mutual
WHERE mutual OR NOT $mutualOnly
RETURN a.name AS a,
       b.name AS b,
       m.documentCount AS meetingDocuments,
       aCriticizedB,
       bCriticizedA,
       mutual
ORDER BY mutual DESC, meetingDocuments + aCriticizedB + bCriticizedA DESC, a, b
