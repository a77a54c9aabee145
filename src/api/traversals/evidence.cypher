// Link.evidence for a batch of relationship keys: one row per key, columns `key` and `evidence`.
UNWIND $keys AS key
MATCH (c:Claim {relKey: key})-[:FROM_DOCUMENT]->(d:Document)
WITH key, c, d ORDER BY c.confidence DESC, c.date DESC, c.id
WITH key, collect({
  claimId: c.id, sentence: c.evidence, start: c.start, end: c.end, confidence: c.confidence,
  date: c.date, rule: c.rule, trigger: c.trigger,
  document: d {.id, .source, .title, .date, .url}
})[0..$limit] AS evidence
RETURN key, evidence
