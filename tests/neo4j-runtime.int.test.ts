// The launcher itself, on a server of its own (free ports, a temporary home): it serves the
// Browser, keeps data across stop/start, reuses a running server and stops only its own.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { neo4jStatus, probeBolt, startNeo4j, stopNeo4j, type Neo4jRuntimeOptions } from '../src/neo4j-runtime';
import { freePort } from './support/free-port';

let home: string;
let options: Neo4jRuntimeOptions;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-runtime-'));
  // env: {} so that the NEO4J_URI the global setup exported does not short-cut the launch.
  options = { env: {}, home, boltPort: await freePort(), httpPort: await freePort() };
});

afterAll(async () => {
  await stopNeo4j(options);
  fs.rmSync(home, { recursive: true, force: true });
});

test('start serves Bolt and the Browser, stop/start keeps the data, a second start reuses the server', async () => {
  const first = await startNeo4j(options);
  expect(first).toMatchObject({ startedHere: true, uri: `bolt://localhost:${options.boltPort}`, home });
  expect(['maven', 'docker']).toContain(first.kind);
  expect(first.version).toMatch(/^5\.26\./);

  const page = await fetch(first.browserUrl);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>Neo4j Browser</title>');

  const again = await startNeo4j(options);
  expect(again).toMatchObject({ startedHere: false, kind: first.kind, pid: first.pid });
  await again.stop(); // not its own: must leave the server running
  expect((await probeBolt(first)).ok).toBe(true);

  const id = `runtime-${Date.now()}`;
  await query(first, 'CREATE (:LauncherCheck {id: $id})', { id });

  await expect(stopNeo4j(options)).resolves.toMatchObject({ stopped: first.kind });
  const stopped = await neo4jStatus(options);
  expect(stopped).toMatchObject({ answering: false, launched: undefined });

  const second = await startNeo4j(options);
  try {
    expect(second.startedHere).toBe(true);
    const rows = await query(second, 'MATCH (n:LauncherCheck {id: $id}) RETURN n.id AS id', { id });
    expect(rows).toEqual([{ id }]);
    await query(second, 'MATCH (n:LauncherCheck {id: $id}) DELETE n', { id });
    await expect(neo4jStatus(options)).resolves.toMatchObject({ answering: true, launched: { kind: second.kind, alive: true } });
  } finally {
    await second.stop();
  }
  expect((await probeBolt(second)).ok).toBe(false);
}, 600_000);

async function query(conn: { uri: string; user: string; password: string }, cypher: string, params: Record<string, unknown>) {
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}
