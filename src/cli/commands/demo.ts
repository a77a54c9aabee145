import * as path from 'path';
import type { Command } from 'commander';
import { EXIT } from '../exit-codes';
import { corsOrigins, parsePortFlag } from '../flags';

interface DemoFlags {
  serve: boolean;
  port: string;
  host: string;
}

/** A query to paste into Neo4j Browser: who criticized, met or allied with whom, as a picture. */
export const DEMO_QUERY = 'MATCH (a:Entity)-[r:CRITICIZED|MET_WITH|ALLIED_WITH]->(b:Entity) RETURN a, r, b';
/** And the sentences behind each edge. */
export const EVIDENCE_QUERY =
  'MATCH (a:Entity)-[r:CRITICIZED]->(b:Entity) MATCH (c:Claim {relKey: r.key})-[:FROM_DOCUMENT]->(d:Document) ' +
  'RETURN a.name, b.name, r.documentCount, c.evidence, d.source';
const GRAPHQL_EXAMPLE = '{ search(text: "Kim Yo Jong") { id name } }';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Start Neo4j if needed, load seeds/, print where to look, and serve GraphQL until Ctrl-C')
    .option('--no-serve', 'load and print, then exit (Neo4j keeps running; stop it with `kg db stop`)')
    .option('--port <n>', 'GraphQL port', '4000')
    .option('--host <address>', 'GraphQL address', '127.0.0.1')
    .addHelpText(
      'after',
      '\nUses NEO4J_URI when a server answers there; else starts (or reuses) the local one of KG_NEO4J_HOME\n' +
        'on NEO4J_BOLT_PORT / NEO4J_HTTP_PORT (see `kg db start --help`). Seeds are ingested like `kg ingest`:\n' +
        'a second run finds them unchanged. Ctrl-C stops the GraphQL server, and Neo4j if the demo started it.',
    )
    .action(async (flags: DemoFlags) => {
      const port = parsePortFlag('--port', flags.port, { allowZero: true });
      process.exitCode = await runDemo({ serve: flags.serve, port, host: flags.host });
    });
}

async function runDemo(opts: { serve: boolean; port: number; host: string }): Promise<number> {
  const { startNeo4j, PROJECT_ROOT } = await import('../../neo4j-runtime');
  const graph = await import('../../graph');
  const { readSources } = await import('../../sources');
  const { loadExtractor, formatSummary } = await import('../run-ingest');
  const say = (line: string): void => void process.stderr.write(`kg: ${line}\n`);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);

  const neo4j = await startNeo4j({ onProgress: say });
  out(`Neo4j ${neo4j.version} at ${neo4j.uri} (${neo4j.startedHere ? 'started now' : 'already running'})`);
  const driver = graph.createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  let api: { url: string; stop(): Promise<void> } | undefined;
  try {
    const seeds = path.join(PROJECT_ROOT, 'seeds');
    // Sources are stored as given: relative to where the user stands reads better in the graph.
    const relative = path.relative(process.cwd(), seeds);
    const given = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : seeds;
    const summary = await graph.ingestDocuments(driver, readSources([given]), {
      extract: loadExtractor().extractDocument,
      where: neo4j.uri,
      onFailure: (f) => say(`${f.source}: ${f.message} (skipped)`),
    });
    process.stdout.write(formatSummary(summary));
    out('');
    out(`Neo4j Browser: ${neo4j.browserUrl}  (user ${neo4j.user}, password from NEO4J_PASSWORD, default kg-password)`);
    out(`  paste:    ${DEMO_QUERY}`);
    out(`  evidence: ${EVIDENCE_QUERY}`);
    if (!opts.serve) {
      if (neo4j.kind !== 'external') out('Neo4j keeps running; stop it with: npx kg db stop');
      return summary.failed > 0 ? EXIT.PARTIAL : EXIT.OK;
    }
    const { createApiServer } = await import('../../api');
    api = await createApiServer(driver, { port: opts.port, host: opts.host, corsOrigins: corsOrigins(undefined), log: () => undefined });
    out(`GraphQL:       ${api.url}`);
    out(`  try:      curl -s ${api.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: GRAPHQL_EXAMPLE })}'`);
    out('Serving until Ctrl-C.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    say('stopping...');
    return summary.failed > 0 ? EXIT.PARTIAL : EXIT.OK;
  } finally {
    await api?.stop();
    await driver.close();
    if (opts.serve) await neo4j.stop();
  }
}
