// Query.meetings: returns one row per result, column `meeting`. See traversal-resolvers.ts.
MATCH (x:Entity {id: $of})-[r:MET_WITH]-(other:Entity)
MATCH (c:Claim {relKey: r.key})-[:FROM_DOCUMENT]->(d:Document)
WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
WITH x, r, other, c, d ORDER BY c.date, c.id
RETURN {
  counterpart: #entity(other),
  date: c.date,
  evidence: {
    claimId: c.id, sentence: c.evidence, start: c.start, end: c.end, confidence: c.confidence,
    date: c.date, rule: c.rule, trigger: c.trigger,
    document: d {.id, .source, .title, .date, .url}
  },
  relation: #link(r)
} AS meeting
