// `npm run bench:graphql`: the GraphQL API under load on the 10,000-document benchmark graph.
// Three representative queries (fuzzy search, 2-hop neighborhood, shortest paths) are sent by
// autocannon at 32 connections to the API (own process, as `kg serve`), then the same Cypher
// statements (for the columns each query selects) are run straight through neo4j-driver at the
// same concurrency, twice: with executeQuery, as the driver's documentation sends a query (the
// baseline of the target), and as one auto-commit read the way the API itself sends them (what
// the GraphQL layer alone costs). Prints req/s, p50, p99 and the GraphQL / driver ratios.
// Env: NEO4J_URI / NEO4J_BOLT_PORT, NEO4J_PASSWORD; BENCH_SECONDS (default 10) per run.
import autocannon from 'autocannon';
import { fork } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { Kind, parse, type ObjectTypeDefinitionNode, type StringValueNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { join } from 'path';
import { ingestBenchGraph, ROOT } from './bench-graph';

type Api = typeof import('../dist/api');
type Graph = typeof import('../dist/graph');

const DOCUMENTS = 10_000;
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS) || 10;
const WARMUP_SECONDS = 2;
const TARGET_P99_MS = 50;
const TARGET_RATIO = 0.5;

interface BenchQuery {
  name: string;
  field: string;
  graphql: string;
  variables: Record<string, unknown>;
  /** Parameters of the @cypher statement, as the API passes them (GraphQL Int → Neo4j integer). */
  cypherParams: Record<string, unknown>;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const api = (): Api => require(join(ROOT, 'dist/api/index.js')) as Api;

async function ensureGraph(driver: Driver): Promise<number> {
  const count = async () =>
    (await driver.executeQuery('MATCH (d:Document) WHERE d.source STARTS WITH "bench/" RETURN count(d) AS n')).records[0].get('n') as number;
  if ((await count()) < DOCUMENTS) {
    process.stderr.write(`bench: loading the ${DOCUMENTS}-document benchmark graph (once) ...\n`);
    const { summary } = await ingestBenchGraph(driver, { documents: DOCUMENTS });
    process.stderr.write(`bench: loaded in ${summary.seconds.toFixed(0)} s\n`);
  }
  return count();
}

/** Picks the query arguments from the graph itself: a typical person, a typo, a far pair. */
async function pickQueries(driver: Driver): Promise<BenchQuery[]> {
  const one = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params)).records[0].toObject() as Record<string, string>;
  // A person of median degree: neither a hub nor an isolated name.
  const center = await one(`
    MATCH (p:Person) WITH p, COUNT { (p)--(:Entity) } AS degree WHERE degree > 0
    WITH p, degree ORDER BY degree, p.id
    WITH collect(p) AS ps RETURN ps[size(ps) / 2].id AS id, ps[size(ps) / 2].name AS name`);
  const far = await one(`
    MATCH (a:Entity {id: $id}) WITH a
    MATCH (b:Person) WHERE b <> a AND NOT (a)--(b)
    WITH a, b ORDER BY b.id LIMIT 50
    MATCH p = shortestPath((a)-[:CRITICIZED|MET_WITH|ALLIED_WITH|LEADS|MEMBER_OF|PART_OF|FAMILY_OF*..4]-(b))
    RETURN b.id AS id ORDER BY length(p) DESC, b.id LIMIT 1`,
    { id: center.id },
  );
  const typo = center.name.replace(/[aeiou](?=[^aeiou]*$)/, 'x'); // one letter wrong in the last word
  const { toFuzzyLuceneQuery } = require(join(ROOT, 'dist/api/lucene-query.js')) as typeof import('../dist/api/lucene-query');
  return [
    {
      name: 'search (fuzzy)',
      field: 'search',
      graphql: 'query ($text: String!) { search(text: $text) { id name type } }',
      variables: { text: typo },
      cypherParams: { text: typo, limit: neo4j.int(10), luceneQuery: toFuzzyLuceneQuery(typo) },
    },
    {
      name: 'neighborhood depth 2',
      field: 'neighborhood',
      graphql:
        'query ($id: ID!) { neighborhood(id: $id, depth: 2) { center { id } entities { id name type } relations { type from { id } to { id } confidence } truncated } }',
      variables: { id: center.id },
      cypherParams: { id: center.id, depth: neo4j.int(2), limit: neo4j.int(50), types: null },
    },
    {
      name: 'shortest paths',
      field: 'paths',
      graphql: 'query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { length entities { id name } relations { type } } }',
      variables: { from: center.id, to: far.id },
      cypherParams: { from: center.id, to: far.id, maxHops: neo4j.int(4), limit: neo4j.int(10), types: null },
    },
  ];
}

/** The statement the API runs for a query: search's @cypher, the others' .cypher file for its columns. */
async function statementOf(q: BenchQuery): Promise<string> {
  const schema = await api().buildApiSchema();
  if (q.field !== 'search') return api().traversalStatement(q.field, new (api().RowCodec)(api().selectedColumnsOfQuery(schema, q.graphql)));
  const doc = parse(api().buildTypeDefs());
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value !== 'Query') continue;
    const f = (def as ObjectTypeDefinitionNode).fields?.find((x) => x.name.value === q.field);
    const arg = f?.directives?.find((d) => d.name.value === 'cypher')?.arguments?.find((a) => a.name.value === 'statement');
    if (arg) return (arg.value as StringValueNode).value;
  }
  throw new Error(`no @cypher statement for Query.${q.field}`);
}

function startServer(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(join(__dirname, 'graphql-server.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (m) => resolvePromise({ url: (m as { url: string }).url, stop: () => child.disconnect() }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function loadGraphql(url: string, q: BenchQuery, seconds: number): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.graphql, variables: q.variables }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** How the baseline sends a statement: as the driver's documentation does, or as the API does. */
type DriverCall = (driver: Driver, statement: string, params: Record<string, unknown>) => Promise<unknown>;

const BASELINES: { name: string; call: DriverCall }[] = [
  { name: 'executeQuery', call: (driver, statement, params) => driver.executeQuery(statement, params, { routing: 'READ' }) },
  {
    // src/api/query-runner.ts: one auto-commit read, no bookmarks: the cheapest way there is.
    name: 'auto-commit',
    call: async (driver, statement, params) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        return await session.run(statement, params);
      } finally {
        await session.close();
      }
    },
  },
];

async function loadDriver(driver: Driver, call: DriverCall, statement: string, params: Record<string, unknown>, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await call(driver, statement, params);
        latencies.push(performance.now() - t);
      } catch (e) {
        if (errors++ === 0) process.stderr.write(`bench: driver error: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

/** One request through the API first: a wrong answer must not be measured as a fast one. */
async function checkAnswer(url: string, q: BenchQuery): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.graphql, variables: q.variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${q.name}: ${body.errors[0].message}`);
  const value = body.data?.[q.field];
  const size = Array.isArray(value) ? `${value.length} results` : `${(value as { entities: unknown[] }).entities.length} entities`;
  return size;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function benchmark(): Promise<void> {
  // The extractor is loaded only if the graph has to be built (ingestBenchGraph).
  const graph = require(join(ROOT, 'dist/graph/index.js')) as Graph;
  const driver = graph.createDriver(graph.connectionFromEnv());
  const server = await startServer();
  try {
    const documents = await ensureGraph(driver);
    const queries = await pickQueries(driver);
    const rows: { q: BenchQuery; answer: string; gql: Figures; drivers: Figures[] }[] = [];
    for (const q of queries) {
      const answer = await checkAnswer(server.url, q);
      process.stderr.write(`bench: ${q.name} (${answer}) ${JSON.stringify(q.variables)}\n`);
      await loadGraphql(server.url, q, WARMUP_SECONDS);
      const gql = await loadGraphql(server.url, q, SECONDS);
      const statement = await statementOf(q);
      const drivers: Figures[] = [];
      for (const { call } of BASELINES) {
        await loadDriver(driver, call, statement, q.cypherParams, WARMUP_SECONDS);
        drivers.push(await loadDriver(driver, call, statement, q.cypherParams, SECONDS));
      }
      rows.push({ q, answer, gql, drivers });
    }
    const out: string[] = [];
    // Everything (Neo4j, the API, autocannon) shares this machine: its load says how far to trust the figures.
    const load = loadavg().map((n) => n.toFixed(1)).join(' ');
    out.push(`GraphQL API on ${fmt(documents)} benchmark documents, ${CONNECTIONS} connections, ${SECONDS} s per run; ${cpus().length} CPUs, load average ${load}`);
    const figures = (f: Figures) => `${fmt(f.rps).padStart(7)} ${fmt(f.p50, 1).padStart(6)} ${fmt(f.p99, 1).padStart(6)}`;
    const head = (name: string) => `${name.padEnd(7 + 2 * 7)} `;
    out.push(
      `${'query'.padEnd(22)} | ${head('GraphQL')}| ` + BASELINES.map((b) => `${head(`driver, ${b.name}`)}ratio`).join(' | ') + ' | errors',
      `${''.padEnd(22)} | ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} | ` +
        BASELINES.map(() => `${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p99'.padStart(6)}      `).join(' | ') + ' |',
    );
    for (const { q, gql, drivers } of rows) {
      out.push(
        `${q.name.padEnd(22)} | ${figures(gql)} | ` +
          drivers.map((d) => `${figures(d)} ${fmt(gql.rps / d.rps, 2).padStart(5)}`).join(' | ') +
          ` | ${gql.errors + drivers.reduce((n, d) => n + d.errors, 0)}`,
      );
    }
    const hood = rows.find((r) => r.q.field === 'neighborhood')!;
    // The target is set against the driver as its documentation sends a query (executeQuery);
    // the auto-commit ratio says what the GraphQL layer alone costs.
    const worstRatio = Math.min(...rows.map((r) => r.gql.rps / r.drivers[0].rps));
    const worstStrict = Math.min(...rows.map((r) => r.gql.rps / r.drivers[1].rps));
    out.push(
      `targets: neighborhood p99 ${fmt(hood.gql.p99, 1)} ms (< ${TARGET_P99_MS}: ${hood.gql.p99 < TARGET_P99_MS ? 'met' : 'MISSED'}); ` +
        `lowest GraphQL/driver ratio ${fmt(worstRatio, 2)} against executeQuery (≥ ${TARGET_RATIO}: ${worstRatio >= TARGET_RATIO ? 'met' : 'MISSED'}), ` +
        `${fmt(worstStrict, 2)} against auto-commit`,
    );
    process.stdout.write(out.join('\n') + '\n');
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench', 'graphql-results.json'), JSON.stringify({ documents, connections: CONNECTIONS, seconds: SECONDS, rows }, null, 2));
  } finally {
    server.stop();
    await driver.close();
  }
}

benchmark().catch((e: unknown) => {
  process.stderr.write(`bench:graphql failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
