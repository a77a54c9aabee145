// Failure safety: the Neo4j server is killed (SIGKILL) in the middle of an ingest; the run stops
// with KG_NEO4J_UNAVAILABLE; after a restart the same command finishes the job, and the graph is
// exactly the one an uninterrupted run builds. Uses its own server (own home and ports, started
// and stopped here), so the shared test server is never touched.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Driver } from 'neo4j-driver';
import { createDriver, ingestDocuments } from '../src/graph';
import type { IngestOptions } from '../src/graph';
import { isKgError } from '../src/model';
import type { ExtractedDocument, SourceDocument } from '../src/model';
import { startNeo4j } from '../src/neo4j-runtime';
import type { RunningNeo4j } from '../src/neo4j-runtime';
import { asItems, benchDocuments } from '../bench/bench-graph';
import { dumpGraph } from './support/ingest-fixture';

jest.setTimeout(600_000);

const DOCUMENTS = 300;
const KILL_AFTER = 100;
const home = mkdtempSync(join(tmpdir(), 'kg-kill-test-'));
// Without NEO4J_URI: the launcher must start this test's own server, not reuse the shared one.
const env = { ...process.env, NEO4J_URI: '', KG_NEO4J_RUNTIME: 'maven' };
const options = { home, boltPort: Number(process.env.KG_KILL_TEST_BOLT_PORT ?? 17698), httpPort: Number(process.env.KG_KILL_TEST_HTTP_PORT ?? 17485), env };

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { extractDocument } = require('../src/extract') as { extractDocument: (d: SourceDocument) => ExtractedDocument };

let server: RunningNeo4j | undefined;
let driver: Driver | undefined;

async function start(): Promise<Driver> {
  server = await startNeo4j(options);
  expect(server.startedHere).toBe(true);
  driver = createDriver(server, { maxTransactionRetryTime: 1000 });
  return driver;
}

async function stopServer(): Promise<void> {
  await driver?.close().catch(() => undefined);
  driver = undefined;
  await server?.stop();
  server = undefined;
}

function ingest(d: Driver, extra: Partial<IngestOptions> = {}) {
  return ingestDocuments(d, asItems(benchDocuments(DOCUMENTS)), {
    extract: extractDocument,
    batchSize: 10,
    retry: { attempts: 2, initialDelayMs: 100 },
    ...extra,
  });
}

async function wipe(d: Driver): Promise<void> {
  const session = d.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

afterAll(async () => {
  await stopServer();
  rmSync(home, { recursive: true, force: true });
});

test('an ingest interrupted by a server crash, then rerun, builds the same graph as an uninterrupted one', async () => {
  let d = await start();
  const uninterrupted = await ingest(d);
  expect(uninterrupted).toMatchObject({ new: DOCUMENTS, failed: 0 });
  const expected = await dumpGraph(d, 'bench/');
  expect(expected.claims.length).toBeGreaterThan(DOCUMENTS);
  await wipe(d);

  let killed = false;
  const pid = server!.pid!;
  const interrupted = ingest(d, {
    onProgress: (p) => {
      if (!killed && p.processed >= KILL_AFTER) {
        killed = true;
        process.kill(pid, 'SIGKILL');
      }
    },
  });
  const error = await interrupted.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(killed).toBe(true);
  expect(isKgError(error, 'KG_NEO4J_UNAVAILABLE')).toBe(true);
  expect((error as Error).message).toMatch(/run the same command again/);
  const partial = (error as { details: { summary: { new: number } } }).details.summary;
  expect(partial.new).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(partial.new).toBeLessThan(DOCUMENTS);

  await driver!.close().catch(() => undefined);
  server = undefined; // it is dead; the launcher notices and starts a new one on the same home
  d = await start();
  const rerun = await ingest(d);
  expect(rerun.failed).toBe(0);
  expect(rerun.new + rerun.unchanged).toBe(DOCUMENTS);
  expect(rerun.unchanged).toBeGreaterThanOrEqual(partial.new);
  expect(await dumpGraph(d, 'bench/')).toEqual(expected);
  expect(rerun.after).toEqual(uninterrupted.after);
});
