// The benchmark's own Neo4j: started on its own ports and home so the graph it wipes and fills
// is nobody else's. BENCH_NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) uses a running server
// instead — it gets wiped.
import { join } from 'path';
import type { ConnectionConfig } from '../dist/graph';
import { ROOT } from './bench-graph';

export const BENCH_HOME = join(ROOT, '.bench', 'neo4j-ingest');
export const BENCH_BOLT_PORT = 7691;
export const BENCH_HTTP_PORT = 7478;
/** The environment that reaches the kept benchmark graph with `kg db start` / `kg db stop`. */
export const BENCH_ENV = `NEO4J_BOLT_PORT=${BENCH_BOLT_PORT} NEO4J_HTTP_PORT=${BENCH_HTTP_PORT} KG_NEO4J_HOME=${BENCH_HOME}`;

export interface BenchServer {
  connection: ConnectionConfig;
  /** How to reach the kept graph later. */
  keepHint: string;
  stop(): Promise<void>;
}

type Runtime = typeof import('../dist/neo4j-runtime');

export async function startBenchServer(say: (line: string) => void): Promise<BenchServer> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (uri) {
    return {
      connection: { uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || 'kg-password' },
      keepHint: `left in the server at ${uri}`,
      stop: async () => undefined,
    };
  }
  const runtime = require(join(ROOT, 'dist/neo4j-runtime/index.js')) as Runtime;
  const server = await runtime.startNeo4j({
    home: BENCH_HOME,
    boltPort: BENCH_BOLT_PORT,
    httpPort: BENCH_HTTP_PORT,
    // The benchmark's own server, never the one NEO4J_URI names.
    env: { ...process.env, NEO4J_URI: '' },
    heap: process.env.KG_NEO4J_HEAP || '2g',
    pageCache: process.env.KG_NEO4J_PAGECACHE || '1g',
    onProgress: say,
  });
  return {
    connection: { uri: server.uri, user: server.user, password: server.password },
    keepHint: `in ${BENCH_HOME} (server stopped); start it with: ${BENCH_ENV} npx kg db start`,
    stop: () => server.stop(),
  };
}
