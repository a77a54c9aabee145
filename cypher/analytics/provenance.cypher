// Provenance of a relationship: the documents and sentences that state it.
//
// Give its two ends (id, or name case-insensitively) and its type. Symmetric types (MET_WITH,
// ALLIED_WITH, FAMILY_OF) are found whichever end comes first; directed types only from $from
// to $to. One row per claim, oldest document first, with the rule and trigger word that made
// the extractor draw the edge and the sentence's offsets in the document text.
//
// Parameters (paste these lines into Neo4j Browser first, without the leading //):
// :param from => 'Kim Yo Jong'
// :param to => 'South Korea'
// :param type => 'CRITICIZED'
//
// from, to  id or name of each end ('state:prk' or 'North Korea')
// type      relationship type, e.g. CRITICIZED, MET_WITH, ALLIED_WITH, LEADS
//
// Example: kg cypher cypher/analytics/provenance.cypher --param from="North Korea" --param to=Russia --param type=ALLIED_WITH
MATCH (a:Entity), (b:Entity)
WHERE (a.id = $from OR toLower(a.name) = toLower($from))
  AND (b.id = $to OR toLower(b.name) = toLower($to))
MATCH (a)-[r]-(b)
WHERE type(r) = $type
  AND (startNode(r) = a OR $type IN ['MET_WITH', 'ALLIED_WITH', 'FAMILY_OF'])
MATCH (c:Claim {relKey: r.key})-[:FROM_DOCUMENT]->(d:Document)
RETURN r.key AS relationship,
       coalesce(c.date, d.date) AS date,
       coalesce(d.title, d.source) AS document,
       d.source AS source,
       c.evidence AS sentence,
       c.start AS sentenceStart,
       c.end AS sentenceEnd,
       c.rule AS rule,
       c.trigger AS trigger,
       c.confidence AS confidence
ORDER BY date, source, sentenceStart
