// Entities that bridge alliance blocs.
//
// Blocs are computed as in alliance-blocs.cypher (connected components of ALLIED_WITH, named
// by their smallest entity id). A bridge is an entity with ties (relationships of the types in
// $via, either direction) to members of at least $minBlocs different blocs: a bloc member that
// also meets or belongs with another bloc, or an outsider courted by several blocs. A bloc
// member's own bloc counts through its ALLIED_WITH edges when ALLIED_WITH is in $via.
// CRITICIZED is not a tie by default: criticism divides rather than bridges.
// ties  "TYPE Name [blocId]" for every tie that reaches a bloc
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param via => ['ALLIED_WITH', 'MET_WITH', 'LEADS', 'MEMBER_OF', 'PART_OF', 'FAMILY_OF']
// :param minBlocs => 2
//
// via       relationship types that count as ties
// minBlocs  how many distinct blocs an entity must reach to be listed
//
// Example: kg cypher cypher/analytics/bloc-bridges.cypher --param 'via=["MET_WITH","ALLIED_WITH"]'
MATCH (e:Entity)-[:ALLIED_WITH]-(:Entity)
WITH DISTINCT e
MATCH (e)-[:ALLIED_WITH*0..]-(reached)
// DISTINCT lets Neo4j expand breadth-first, visiting each node once, instead of every path.
WITH DISTINCT e, reached
WITH e AS member, min(reached.id) AS blocId
WITH collect({id: member.id, blocId: blocId}) AS memberships
UNWIND memberships AS m
MATCH (member:Entity {id: m.id})-[r]-(x:Entity)
WHERE type(r) IN $via
WITH memberships, x, m.blocId AS blocId,
     collect(DISTINCT type(r) + ' ' + member.name + ' [' + m.blocId + ']') AS ties
ORDER BY blocId
WITH memberships, x, collect(blocId) AS blocs, reduce(acc = [], t IN collect(ties) | acc + t) AS ties
WHERE size(blocs) >= $minBlocs
RETURN x.name AS entity,
       x.id AS id,
       head([m IN memberships WHERE m.id = x.id | m.blocId]) AS ownBloc,
       size(blocs) AS blocCount,
       blocs,
       ties
ORDER BY blocCount DESC, size(ties) DESC, entity
