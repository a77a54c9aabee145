import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from './plain-values';

export interface QueryRunnerOptions {
  database?: string;
  /** Neo4j stops a statement running longer than this (ms). */
  timeoutMs?: number;
}

/**
 * Runs the API's own read statements (traversals, evidence) with the server's settings.
 *
 * Each statement is one auto-commit transaction in a session without bookmarks: a single round
 * trip (RUN + PULL) instead of BEGIN, RUN, PULL and COMMIT with bookmarks that `executeQuery`
 * sends, which measured about a third of the API's CPU per traversal. What that gives up: the
 * driver's retry of transient errors (a read is safe for the client to retry) and waiting for a
 * cluster member to catch up with earlier writes (a single server sees every committed write).
 */
export class QueryRunner {
  /** Unknown until the first answer: a driver made with disableLosslessIntegers returns numbers. */
  private integersArePlain: boolean | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly options: QueryRunnerOptions = {},
  ) {}

  /** The rows of a read statement as plain objects (column name → value). */
  async rows(statement: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const plain = this.integersArePlain ?? (this.integersArePlain = await this.probeIntegers());
    const records = await this.run(statement, toNeo4jParams(params));
    return records.map((r) => (plain ? r.toObject() : (toPlain(r.toObject()) as Record<string, unknown>)));
  }

  private async run(statement: string, params: Record<string, unknown>) {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(statement, params, { timeout: this.options.timeoutMs })).records;
    } finally {
      await session.close();
    }
  }

  // Walking every large result to convert integers costs time on each request; ask once instead.
  private async probeIntegers(): Promise<boolean> {
    const records = await this.run('RETURN 1 AS one', {});
    return typeof records[0].get('one') === 'number';
  }
}

/** GraphQL Ints arrive as JS numbers, which Cypher reads as floats: LIMIT and APOC want integers. */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
}
