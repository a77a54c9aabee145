// `npm run bench:analytics`: every script in cypher/analytics/ timed on the benchmark graph (the
// 10,000-document graph `npm run bench:ingest -- --keep` leaves in .bench/neo4j-ingest; built
// here first when that graph is empty), run as `kg cypher` runs it. Median of --runs runs after
// one warm-up. Scripts that name an entity or a relationship get the busiest ones in the graph.
//
//   npm run bench:analytics -- [--runs 5] [--documents 10000]
//
// BENCH_NEO4J_URI points it at a server of your own instead (read-only unless it is empty).
import { join, basename } from 'path';
import { readdirSync } from 'fs';
import type { Driver } from 'neo4j-driver';
import { ROOT, ingestBenchGraph, loadProject } from './bench-graph';
import { startBenchServer } from './bench-server';

type RunScript = typeof import('../dist/graph/run-script');

interface Args {
  runs: number;
  documents: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 5, documents: 10_000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const n = Number(argv[++i]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
    if (flag === '--runs') args.runs = n;
    else if (flag === '--documents') args.documents = n;
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

const say = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

/** Parameters that make the entity-specific scripts work on the busiest part of the graph. */
async function busiest(driver: Driver): Promise<Record<string, Record<string, unknown>>> {
  const met = await driver.executeQuery(
    'MATCH (e:Entity)-[r:MET_WITH]-() RETURN e.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1',
  );
  const rel = await driver.executeQuery(
    `MATCH (a:Entity)-[r:CRITICIZED]->(b:Entity)
     RETURN a.id AS from, b.id AS to ORDER BY r.documentCount DESC, r.key LIMIT 1`,
  );
  return {
    'meeting-timeline': { entity: met.records[0]?.get('id') ?? 'none' },
    provenance: rel.records[0]
      ? { from: rel.records[0].get('from'), to: rel.records[0].get('to'), type: 'CRITICIZED' }
      : {},
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { graph } = loadProject();
  const scripts = require(join(ROOT, 'dist/graph/run-script.js')) as RunScript;
  const server = await startBenchServer(say);
  const driver = graph.createDriver(server.connection);
  try {
    let counts = await graph.countGraph(driver);
    if (counts.documents === 0) {
      say(`empty graph: ingesting ${args.documents} benchmark documents first`);
      await ingestBenchGraph(driver, { documents: args.documents });
      counts = await graph.countGraph(driver);
    }
    say(`graph: ${JSON.stringify(counts)}`);
    const params = await busiest(driver);
    const dir = join(ROOT, 'cypher', 'analytics');
    const lines: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
      const name = basename(file, '.cypher');
      const script = scripts.loadCypherScript(join(dir, file));
      const p = (params[name] ?? {}) as Parameters<RunScript['runCypherScript']>[2];
      let rows = (await scripts.runCypherScript(driver, script, p)).rows.length;
      const times: number[] = [];
      for (let i = 0; i < args.runs; i++) {
        const t = performance.now();
        rows = (await scripts.runCypherScript(driver, script, p)).rows.length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      lines.push(`${name.padEnd(20)} ${String(rows).padStart(6)} rows  median ${times[Math.floor(times.length / 2)].toFixed(0).padStart(6)} ms`);
    }
    process.stdout.write(
      `Analytics on ${counts.documents} documents, ${counts.entities} entities, ${counts.relationships} relationships ` +
        `(median of ${args.runs} runs after a warm-up):\n${lines.join('\n')}\n`,
    );
  } finally {
    await driver.close();
    await server.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
