// Schema of the news knowledge graph (see docs/graph-model.md). Applied by `kg db migrate` and
// at the start of every `kg ingest`; every statement is idempotent (IF NOT EXISTS).
// Statements end with a semicolon; lines starting with // are comments.

// Keys: one node per entity id, per document source, per claim id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_source IF NOT EXISTS FOR (d:Document) REQUIRE d.source IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;

// Lookups by type label (the GraphQL API matches on :Person, :State, :Organization).
CREATE INDEX person_id IF NOT EXISTS FOR (p:Person) ON (p.id);
CREATE INDEX state_id IF NOT EXISTS FOR (s:State) ON (s.id);
CREATE INDEX organization_id IF NOT EXISTS FOR (o:Organization) ON (o.id);
CREATE INDEX state_iso IF NOT EXISTS FOR (s:State) ON (s.iso);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Documents by content hash and by date; claims by the relationship they support and by date.
CREATE INDEX document_id IF NOT EXISTS FOR (d:Document) ON (d.id);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX claim_rel_key IF NOT EXISTS FOR (c:Claim) ON (c.relKey);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);

// Aggregated relationships by key (the same string as Claim.relKey).
CREATE INDEX criticized_key IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.key);
CREATE INDEX met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.key);
CREATE INDEX allied_with_key IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.key);
CREATE INDEX leads_key IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.key);
CREATE INDEX member_of_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
CREATE INDEX part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.key);
CREATE INDEX family_of_key IF NOT EXISTS FOR ()-[r:FAMILY_OF]-() ON (r.key);

// Search by name or alias, fuzzy if wanted: CALL db.index.fulltext.queryNodes('entityNames', 'kim~').
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
