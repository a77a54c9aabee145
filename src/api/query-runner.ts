import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from './plain-values';

export interface QueryRunnerOptions {
  database?: string;
  /** Neo4j stops a statement running longer than this (ms). */
  timeoutMs?: number;
}

/** Runs the API's own read statements (traversals, evidence) with the server's settings. */
export class QueryRunner {
  constructor(
    private readonly driver: Driver,
    private readonly options: QueryRunnerOptions = {},
  ) {}

  /** The rows of a read statement as plain objects (column name → value). */
  async rows(statement: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const { records } = await this.driver.executeQuery(statement, toNeo4jParams(params), {
      database: this.options.database,
      routing: 'READ',
      transactionConfig: { timeout: this.options.timeoutMs },
    });
    return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  }
}

/** GraphQL Ints arrive as JS numbers, which Cypher reads as floats: LIMIT and APOC want integers. */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
}
