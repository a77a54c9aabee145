// The API server of `npm run bench:graphql`, in its own process (as `kg serve` runs) so that the
// load generator and the server do not share one event loop. Tells its URL over IPC; stops
// when the parent disconnects.
import { join } from 'path';
import { ROOT } from './bench-graph';

type Api = typeof import('../dist/api');
type Graph = typeof import('../dist/graph');

async function serve(): Promise<void> {
  process.env.NODE_ENV ??= 'production'; // as `kg serve` runs it
  const graph = require(join(ROOT, 'dist/graph/index.js')) as Graph;
  const api = require(join(ROOT, 'dist/api/index.js')) as Api;
  const driver = graph.createDriver(graph.connectionFromEnv());
  const server = await api.createApiServer(driver, { port: 0, database: process.env.NEO4J_DATABASE });
  process.send?.({ url: server.url });
  process.on('disconnect', () => {
    void server.stop().then(() => driver.close());
  });
}

serve().catch((e: unknown) => {
  process.stderr.write(`bench server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
