// `npm run bench:ingest`: a deterministic news-like corpus (default 10,000 documents of about
// 400 words), ingested end to end (read from memory → extract → batched load) into an empty
// graph: documents/s and relationships/s. Then the same load done naively — one transaction per
// relation, MERGE row by row — against the batched loader on a subset, as a ratio.
//
//   npm run bench:ingest -- [--documents 10000] [--naive-documents 200] [--batch-size 200] [--keep]
//
// The graph lives in its own Neo4j (home .bench/neo4j-ingest, bolt 7697, http 7484) started and
// stopped here, so nobody else's data is touched; BENCH_NEO4J_URI points it at a server of your
// own instead (it is wiped!). --keep leaves the full graph there for the GraphQL benchmark.
import type { Driver } from 'neo4j-driver';
import type { ExtractedDocument } from '../dist/model';
import { benchDocuments, asItems, ingestBenchGraph, loadProject } from './bench-graph';
import { naiveLoad } from './naive-load';
import type { NaiveClaim } from './naive-load';
import { startBenchServer } from './bench-server';

const TARGET_DOCS_PER_SECOND = 50;
const TARGET_RATIO = 10;

interface Args {
  documents: number;
  naiveDocuments: number;
  batchSize?: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { documents: 10_000, naiveDocuments: 200, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
      return n;
    };
    if (flag === '--documents') args.documents = value();
    else if (flag === '--naive-documents') args.naiveDocuments = value();
    else if (flag === '--batch-size') args.batchSize = value();
    else if (flag === '--keep') args.keep = true;
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

async function wipe(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const say = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

/** Documents in the graph before the compared loads, so both run against the same, non-empty graph. */
const BASE_DOCUMENTS = 1000;
const WARM_UP_DOCUMENTS = 20;
const ROUNDS = 2;

/**
 * Loading only (documents extracted beforehand), naive against batched, on the same documents
 * and from the same starting graph (BASE_DOCUMENTS loaded by the batched loader). Each way first
 * loads a few other documents, so neither pays for query planning in the timing.
 */
async function compareWithNaive(driver: Driver, count: number, batchSize?: number): Promise<{ naive: number; batched: number; claims: number }> {
  const { graph, extract } = loadProject();
  const all = [...benchDocuments(BASE_DOCUMENTS + WARM_UP_DOCUMENTS + count)];
  const extracted = new Map(all.map((d) => [d.text, extract.extractDocument(d)]));
  const base = all.slice(0, BASE_DOCUMENTS);
  const warm = all.slice(BASE_DOCUMENTS, BASE_DOCUMENTS + WARM_UP_DOCUMENTS);
  const measured = all.slice(BASE_DOCUMENTS + WARM_UP_DOCUMENTS);
  const rows = naiveRows(measured.map((d) => extracted.get(d.text)!));
  const batched = (docs: typeof all) =>
    graph.ingestDocuments(driver, asItems(docs), { extract: (d) => extracted.get(d.text)!, batchSize, migrate: false });

  await graph.applySchema(driver);
  // Twice each, alternating, best of two: other work on the machine slows either at random.
  let naiveSeconds = Infinity;
  let batchedSeconds = Infinity;
  for (let round = 1; round <= ROUNDS; round++) {
    await wipe(driver);
    await batched(base);
    await naiveLoad(driver, naiveRows(warm.map((d) => extracted.get(d.text)!)));
    say(`round ${round}: naive load of ${fmt(rows.length)} relations (${count} documents), one transaction each ...`);
    let t = performance.now();
    await naiveLoad(driver, rows);
    naiveSeconds = Math.min(naiveSeconds, (performance.now() - t) / 1000);

    await wipe(driver);
    await batched(base);
    await batched(warm);
    say(`round ${round}: batched load of the same ${count} documents ...`);
    t = performance.now();
    await batched(measured);
    batchedSeconds = Math.min(batchedSeconds, (performance.now() - t) / 1000);
  }
  await wipe(driver);
  return { naive: rows.length / naiveSeconds, batched: rows.length / batchedSeconds, claims: rows.length };
}

function naiveRows(extracted: ExtractedDocument[]): NaiveClaim[] {
  const { graph } = loadProject();
  const resolver = new graph.EntityResolver();
  return extracted.flatMap((doc) => {
    const plan = graph.planDocument(doc, graph.textHash(doc.source), resolver);
    const entity = new Map(plan.entities.map((e) => [e.id, { id: e.id, type: e.type, name: e.name }]));
    return plan.claims.map((c) => ({
      source: doc.source,
      documentId: plan.document.id,
      subject: entity.get(c.subject)!,
      object: entity.get(c.object)!,
      claim: { id: c.id, relKey: c.relKey, type: c.type, evidence: c.evidence, start: c.start, end: c.end, confidence: c.confidence },
    }));
  });
}

async function benchmark(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const server = await startBenchServer(say);
  const { graph } = loadProject();
  const driver = graph.createDriver(server.connection);
  try {
    const cmp = await compareWithNaive(driver, args.naiveDocuments, args.batchSize);

    say(`end to end: ${fmt(args.documents)} documents ...`);
    let lastSay = 0;
    const t = performance.now();
    const run = await ingestBenchGraph(driver, {
      documents: args.documents,
      batchSize: args.batchSize,
      onProgress: (p) => {
        if (performance.now() - lastSay < 5000) return;
        lastSay = performance.now();
        say(`  ${fmt(p.processed)} documents, ${fmt(p.processed / ((lastSay - t) / 1000), 1)}/s`);
      },
    });
    const seconds = (performance.now() - t) / 1000;
    const s = run.summary;
    if (s.failed > 0) throw new Error(`${s.failed} documents failed: ${s.failures[0].message}`);
    const docsPerSecond = args.documents / seconds;
    const ratio = cmp.batched / cmp.naive;

    console.log(`kg ingest end to end, ${fmt(args.documents)} generated documents (~400 words), node ${process.version}, Neo4j at ${server.connection.uri}`);
    console.log(`  documents        ${fmt(args.documents)} in ${fmt(seconds, 1)} s  →  ${fmt(docsPerSecond, 1)} documents/s`);
    console.log(`  relations        ${fmt(run.claims)} claims  →  ${fmt(run.claims / seconds)} relationships/s (claims with provenance)`);
    console.log(`  graph            ${fmt(s.after.entities)} entities, ${fmt(s.after.relationships)} aggregated relationships`);
    console.log(`  extraction       ${fmt(run.extractSeconds, 1)} s of the run (${fmt((100 * run.extractSeconds) / seconds)}%)`);
    console.log(`load only, ${args.naiveDocuments} documents (${fmt(cmp.claims)} relations), pre-extracted, into a graph of ${fmt(BASE_DOCUMENTS)} documents:`);
    console.log(`  naive            ${fmt(cmp.naive, 1)} relationships/s (one transaction per relation, MERGE by row)`);
    console.log(`  batched          ${fmt(cmp.batched, 1)} relationships/s (UNWIND, whole documents per transaction)`);
    console.log(`  ratio            ×${fmt(ratio, 1)}  (best of ${ROUNDS} rounds each)`);
    console.log(
      `targets: ≥ ${TARGET_DOCS_PER_SECOND} documents/s ${docsPerSecond >= TARGET_DOCS_PER_SECOND ? 'met' : 'NOT met'}; ` +
        `batched ≥ ${TARGET_RATIO}× naive ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`,
    );
    if (args.keep) {
      console.log(`graph kept: ${server.keepHint}`);
    } else {
      await wipe(driver);
    }
  } finally {
    await driver.close();
    await server.stop();
  }
}

benchmark().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
