import { BOUNDS, checkRange } from './guards';
import type { QueryRunner } from './query-runner';
import { traversalStatement } from './traversal-statements';

// `Link.evidence` is resolved lazily: traversals return many links and most clients ask for
// the evidence of few of them. All the links of one request that ask for it in the same tick
// share one query (traversals/evidence.cypher, UNWIND over their keys): a list of 100 links
// costs one round trip.

export type EvidenceItem = Record<string, unknown>;

interface Batch {
  keys: Set<string>;
  result: Promise<Map<string, EvidenceItem[]>>;
}

/** One per request: collects the keys asked for within a tick, per `limit`. */
export class EvidenceLoader {
  private readonly batches = new Map<number, Batch>();

  constructor(private readonly runner: QueryRunner) {}

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
    const rows = await this.runner.rows(traversalStatement('evidence'), { keys, limit });
    return new Map(rows.map((r) => [r.key as string, r.evidence as EvidenceItem[]]));
  }
}
