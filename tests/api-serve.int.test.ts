// `kg serve` as a user runs it: the built CLI (bin/kg.js → dist/, built by `npm run build`,
// which `npm install` runs) in its own process, over the graph the other API tests load.
// It logs JSON lines on stderr, answers /health and GraphQL, refuses --enable-writes without
// KG_API_TOKEN, and stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { connectionFromEnv, createDriver } from '../src/graph';
import { gqlClient } from './support/graphql-client';
import { loadSeedGraph } from './support/seed-graph';

const ROOT = join(__dirname, '..');
const KG = join(ROOT, 'bin', 'kg.js');

interface Running {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

function kgServe(args: string[], env: NodeJS.ProcessEnv = {}): Running {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'serve.js'))) {
    throw new Error('dist/ has no serve command: run `npm run build` first');
  }
  const child = spawn(process.execPath, [KG, 'serve', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let rest = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, lines, exited };
}

beforeAll(async () => {
  const driver = createDriver(connectionFromEnv());
  try {
    await loadSeedGraph(driver);
  } finally {
    await driver.close();
  }
});

/** Resolves with the first log line for which `match` holds (polling: the child writes when it wants). */
async function waitForLine(run: Running, match: (line: string) => boolean): Promise<string> {
  for (;;) {
    const line = run.lines.find(match);
    if (line) return line;
    const done = await Promise.race([run.exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 100))]);
    if (done) {
      const last = run.lines.find(match);
      if (last) return last;
      throw new Error(`kg serve exited; stderr:\n${run.lines.join('\n')}`);
    }
  }
}

test('kg serve answers GraphQL and /health, logs JSON lines, and stops on SIGTERM', async () => {
  const run = kgServe(['--port', '0']);
  try {
    const listening = JSON.parse(await waitForLine(run, (l) => l.includes('"listening"'))) as { url: string; writes: boolean };
    expect(listening.writes).toBe(false);
    const health = await fetch(listening.url.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
    const { data } = await gqlClient(listening.url).query<{ search: { id: string }[] }>(`{ search(text: "Kim Yo Jong") { id } }`);
    expect(data!.search[0].id).toBe('person:kim-yo-jong');
    const access = JSON.parse(await waitForLine(run, (l) => l.includes('"path":"/graphql"'))) as Record<string, unknown>;
    expect(access).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
  } finally {
    run.child.kill('SIGTERM');
  }
  expect(await run.exited).toBe(0);
  expect(run.lines.some((l) => l.includes('"stopped"'))).toBe(true);
});

test('kg serve --enable-writes refuses to start without KG_API_TOKEN', async () => {
  const run = kgServe(['--port', '0', '--enable-writes'], { KG_API_TOKEN: '' });
  expect(await run.exited).toBe(64);
  expect(run.lines.join('\n')).toMatch(/KG_API_TOKEN/);
});
