// Query.critics: returns one row per result, column `link`. See traversal-resolvers.ts.
MATCH (:Entity {id: $of})<-[r:CRITICIZED]-(:Entity)
WITH r ORDER BY r.confidence DESC, r.documentCount DESC, r.key
RETURN #link(r) AS link
