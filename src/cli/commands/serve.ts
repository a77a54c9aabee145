import type { Command } from 'commander';
import { KgError } from '../../model';
import { EXIT } from '../exit-codes';
import { corsOrigins, parsePortFlag } from '../flags';

interface ServeOptions {
  port: string;
  host: string;
  timeout: string;
  enableWrites?: boolean;
  corsOrigin?: string[];
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the graph through GraphQL (read-only unless --enable-writes) with a /health endpoint')
    .option('--port <n>', 'TCP port', '4000')
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--timeout <seconds>', 'Neo4j stops any statement of the API running longer than this', '10')
    .option('--cors-origin <origin...>', 'let web pages of these origins (or *) call the API from a browser (default: KG_API_CORS_ORIGINS, else none)')
    .option('--enable-writes', 'expose create/update/delete mutations; clients must send Authorization: Bearer $KG_API_TOKEN')
    .addHelpText(
      'after',
      '\nConnection: NEO4J_URI (bolt://localhost:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE.\n' +
        'Logs: one JSON line per request on stderr. Stop with Ctrl-C (SIGINT) or SIGTERM.\n' +
        'Example: kg serve --port 4000, then POST {"query": "{ search(text: \\"Kim Yo Jong\\") { id name } }"} to /graphql',
    )
    .action(async (opts: ServeOptions) => {
      const port = parsePortFlag('--port', opts.port, { allowZero: true });
      const cors = corsOrigins(opts.corsOrigin);
      const timeout = Number(opts.timeout);
      if (!(timeout > 0)) throw new KgError('KG_USAGE', `--timeout must be a positive number of seconds, got ${opts.timeout}`);
      const token = process.env.KG_API_TOKEN || undefined;
      if (opts.enableWrites && !token) {
        throw new KgError('KG_USAGE', '--enable-writes needs authentication: set KG_API_TOKEN (clients send it as a bearer token)');
      }
      // graphql-js checks every type it meets against copies from other realms unless NODE_ENV is
      // production; a server wants the fast path. Set before graphql is first loaded (just below).
      process.env.NODE_ENV ??= 'production';
      const { connectionFromEnv, createDriver, toKgError } = await import('../../graph');
      const { createApiServer } = await import('../../api');
      const config = connectionFromEnv();
      const driver = createDriver(config);
      const log = (line: string) => process.stderr.write(line + '\n');
      let server;
      try {
        await driver.verifyConnectivity().catch((e: unknown) => {
          throw toKgError(e, config.uri);
        });
        server = await createApiServer(driver, {
          port,
          host: opts.host,
          database: process.env.NEO4J_DATABASE,
          enableWrites: opts.enableWrites,
          token,
          queryTimeoutMs: timeout * 1000,
          corsOrigins: cors,
          log,
        });
      } catch (e) {
        await driver.close();
        throw e;
      }
      log(JSON.stringify({ time: new Date().toISOString(), msg: 'listening', url: server.url, neo4j: config.uri, writes: !!opts.enableWrites, cors }));
      const running = server;
      await new Promise<void>((resolve) => {
        const shutdown = () => resolve();
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      });
      await running.stop();
      await driver.close();
      log(JSON.stringify({ time: new Date().toISOString(), msg: 'stopped' }));
      process.exitCode = EXIT.OK;
    });
}
