import type { Command } from 'commander';
import { KgError } from '../../model';
import type { Neo4jRuntimeOptions } from '../../neo4j-runtime';
import { EXIT } from '../exit-codes';
import { parsePortFlag } from '../flags';

interface DbOptions {
  uri?: string;
  user?: string;
  password?: string;
  boltPort?: string;
  httpPort?: string;
  home?: string;
  runtime?: string;
  timeout?: string;
}

const ENV_HELP =
  '\nEnvironment (the flags win): NEO4J_URI, NEO4J_USER (neo4j), NEO4J_PASSWORD (kg-password),\n' +
  'NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), KG_NEO4J_HOME (<project>/.neo4j),\n' +
  'KG_NEO4J_RUNTIME (auto | docker | maven), KG_NEO4J_HEAP (1g), KG_NEO4J_PAGECACHE (256m).\n' +
  'Exit codes: 0 ok, 64 bad flags, 69 Neo4j could not be started or does not answer.';

/**
 * `kg db <subcommand>`: the server's lifecycle. Further subcommands (e.g. `migrate`) attach
 * to the `db` command returned here.
 */
export function registerDb(program: Command): Command {
  const db = program.command('db').description('Run a local Neo4j 5.26 server (Docker if it answers, else a Maven-built launcher)');

  withConnectionFlags(db.command('start'))
    .description('Start Neo4j in the background (or reuse the one NEO4J_URI names) and wait until Bolt answers')
    .option('--runtime <kind>', 'auto | docker | maven')
    .option('--timeout <seconds>', 'how long to wait for Bolt after launching', '180')
    .addHelpText('after', ENV_HELP)
    .action(async (opts: DbOptions) => {
      const { startNeo4j } = await import('../../neo4j-runtime');
      const server = await startNeo4j({ ...runtimeOptions(opts), timeoutMs: seconds(opts.timeout) * 1000, onProgress: progress });
      const how = server.kind === 'external' ? 'NEO4J_URI' : server.kind === 'docker' ? 'docker compose' : 'Maven launcher';
      const verb = server.startedHere ? 'started' : 'already running';
      out(`Neo4j ${server.version} ${verb} (${how})`);
      out(`  Bolt:    ${server.uri}  (user ${server.user}, password from NEO4J_PASSWORD)`);
      out(`  Browser: ${server.browserUrl}`);
      if (server.home) out(`  Home:    ${server.home}${server.pid ? `  (pid ${server.pid}, log ${server.logFile})` : ''}`);
      if (server.startedHere) {
        const build = server.buildMs ? `, of which ${(server.buildMs / 1000).toFixed(1)} s building the launcher` : '';
        out(`  Startup: ${(server.startupMs / 1000).toFixed(1)} s${build}`);
      }
    });

  withConnectionFlags(db.command('stop'))
    .description('Stop the server that `kg db start` launched from this home folder (nothing else)')
    .addHelpText('after', ENV_HELP)
    .action(async (opts: DbOptions) => {
      const { stopNeo4j } = await import('../../neo4j-runtime');
      const result = await stopNeo4j({ ...runtimeOptions(opts), onProgress: progress });
      out(result.stopped ? `Neo4j (${result.stopped}) stopped; data kept in ${result.home}` : `Nothing to stop: no server was started from ${result.home}`);
    });

  withConnectionFlags(db.command('status'))
    .description('Say what runs where; exit 0 when a server answers, 69 when none does')
    .addHelpText('after', ENV_HELP)
    .action(async (opts: DbOptions) => {
      const { neo4jStatus } = await import('../../neo4j-runtime');
      const status = await neo4jStatus(runtimeOptions(opts));
      const launched = status.launched;
      if (launched) {
        const where = launched.kind === 'maven' ? `pid ${launched.pid}` : `compose project ${launched.project}`;
        out(`Launched from ${status.home}: ${launched.kind} (${where}), ${launched.alive ? 'running' : 'not running'} since ${launched.startedAt}`);
      } else {
        out(`Nothing launched from ${status.home}`);
      }
      if (status.answering) {
        out(`Neo4j ${status.version} answers at ${status.uri}`);
        out(`  Browser: ${status.browserUrl}`);
      } else {
        out(`No Neo4j answers at ${status.uri} (${status.problem})`);
        process.exitCode = EXIT.UNAVAILABLE;
      }
    });

  return db;
}

function withConnectionFlags(command: Command): Command {
  return command
    .option('--uri <uri>', 'use this server instead of starting one (NEO4J_URI)')
    .option('--user <name>', 'user (NEO4J_USER)')
    .option('--password <secret>', 'password, also the initial one of a new local server (NEO4J_PASSWORD)')
    .option('--bolt-port <n>', 'Bolt port of a local server (NEO4J_BOLT_PORT)')
    .option('--http-port <n>', 'HTTP/Browser port of a local server (NEO4J_HTTP_PORT)')
    .option('--home <dir>', 'data, logs and pid file of a local server (KG_NEO4J_HOME)');
}

function runtimeOptions(opts: DbOptions): Neo4jRuntimeOptions {
  const runtime = opts.runtime;
  if (runtime !== undefined && runtime !== 'auto' && runtime !== 'docker' && runtime !== 'maven') {
    throw new KgError('KG_USAGE', `--runtime must be auto, docker or maven, got '${runtime}'`);
  }
  return {
    uri: opts.uri,
    user: opts.user,
    password: opts.password,
    boltPort: port('--bolt-port', opts.boltPort),
    httpPort: port('--http-port', opts.httpPort),
    home: opts.home,
    runtime,
  };
}

function port(flag: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parsePortFlag(flag, value);
}

function seconds(value: string | undefined): number {
  const n = Number(value ?? '180');
  if (!Number.isFinite(n) || n <= 0) throw new KgError('KG_USAGE', `--timeout must be a positive number of seconds, got '${value}'`);
  return n;
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}
