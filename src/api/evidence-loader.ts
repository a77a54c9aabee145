import type { Driver } from 'neo4j-driver';
import { BOUNDS, checkRange } from './guards';
import { toPlain } from './plain-values';

// `Link.evidence` is resolved lazily: traversals return many links and most clients ask for
// the evidence of few of them. All the links of one request that ask for it in the same tick
// share one query (UNWIND over their keys), so a list of 100 links costs one round trip.
const EVIDENCE_QUERY = `
UNWIND $keys AS key
MATCH (c:Claim {relKey: key})-[:FROM_DOCUMENT]->(d:Document)
WITH key, c, d ORDER BY c.confidence DESC, c.date DESC, c.id
WITH key, collect({
  claimId: c.id, sentence: c.evidence, start: c.start, end: c.end, confidence: c.confidence,
  date: c.date, rule: c.rule, trigger: c.trigger,
  document: d {.id, .source, .title, .date, .url}
})[0..$limit] AS evidence
RETURN key, evidence`;

export type EvidenceItem = Record<string, unknown>;

interface Batch {
  keys: Set<string>;
  result: Promise<Map<string, EvidenceItem[]>>;
}

/** One per request: collects the keys asked for within a tick, per `limit`. */
export class EvidenceLoader {
  private readonly batches = new Map<number, Batch>();

  constructor(
    private readonly driver: Driver,
    private readonly options: { database?: string; timeoutMs?: number } = {},
  ) {}

  async load(key: string, limit: number): Promise<EvidenceItem[]> {
    checkRange({ limit }, 'limit', 1, BOUNDS.evidenceLimit);
    let batch = this.batches.get(limit);
    if (!batch) {
      const keys = new Set<string>();
      const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.batches.delete(limit);
        return this.run([...keys], limit);
      });
      batch = { keys, result };
      this.batches.set(limit, batch);
    }
    batch.keys.add(key);
    return (await batch.result).get(key) ?? [];
  }

  private async run(keys: string[], limit: number): Promise<Map<string, EvidenceItem[]>> {
    const { records } = await this.driver.executeQuery(
      EVIDENCE_QUERY,
      { keys, limit },
      { database: this.options.database, routing: 'READ', transactionConfig: { timeout: this.options.timeoutMs } },
    );
    return new Map(records.map((r) => [r.get('key') as string, toPlain(r.get('evidence')) as EvidenceItem[]]));
  }
}
