// Meeting timeline of one entity: every reported MET_WITH, oldest first, with its source.
//
// $entity is matched against the entity id ('person:kim-jong-un'), then its name
// (case-insensitive); aliases are tried only when neither matches, since an alias such as
// "Kim" can belong to several people. One row per claim: a meeting reported by two documents
// appears twice, once per document. Undated claims come last.
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param entity => 'Kim Jong Un'
//
// entity  id, name or alias of the entity
//
// Example: kg cypher cypher/analytics/meeting-timeline.cypher --param entity="Donald Trump"
OPTIONAL MATCH (exact:Entity)
WHERE exact.id = $entity OR toLower(exact.name) = toLower($entity)
WITH collect(exact) AS exact
OPTIONAL MATCH (byAlias:Entity)
WHERE size(exact) = 0 AND any(a IN coalesce(byAlias.aliases, []) WHERE toLower(a) = toLower($entity))
WITH exact, collect(byAlias) AS byAlias
WITH CASE WHEN size(exact) > 0 THEN exact ELSE byAlias END AS found
UNWIND found AS e
MATCH (e)-[r:MET_WITH]-(other:Entity)
MATCH (c:Claim {relKey: r.key})-[:FROM_DOCUMENT]->(d:Document)
RETURN coalesce(c.date, d.date) AS date,
       e.name AS entity,
       other.name AS met,
       other.type AS metType,
       coalesce(d.title, d.source) AS document,
       c.evidence AS sentence
ORDER BY date, met, document, c.start
