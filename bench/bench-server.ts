// The benchmark's own Neo4j: started on its own ports and home so the graph it wipes and fills
// is nobody else's. BENCH_NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) uses a running server instead.
import { join } from 'path';
import type { ConnectionConfig } from '../dist/graph';
import { ROOT } from './bench-graph';

export const BENCH_HOME = join(ROOT, '.bench', 'neo4j-ingest');
export const BENCH_BOLT_PORT = 7697;
export const BENCH_HTTP_PORT = 7484;

export interface BenchServer {
  connection: ConnectionConfig;
  /** How to reach the kept graph later. */
  keepHint: string;
  stop(): Promise<void>;
}

export async function startBenchServer(say: (line: string) => void): Promise<BenchServer> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (uri) {
    return {
      connection: { uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || 'kg-password' },
      keepHint: `left in the server at ${uri}`,
      stop: async () => undefined,
    };
  }
  say(`starting a Neo4j for the benchmark (home ${BENCH_HOME}, bolt ${BENCH_BOLT_PORT}) ...`);
  throw new Error('the Neo4j launcher is not available yet: set BENCH_NEO4J_URI to a server the benchmark may wipe');
}
