// `kg db` through the real CLI entry point, where no server is needed: what it says and
// which exit code it gives when nothing runs or a flag is wrong.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXIT } from '../src/cli/exit-codes';
import { freePort } from './support/free-port';
import { runKg } from './support/run-kg';

let home: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-db-cli-'));
});

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

test('status exits 69 and says so when no server answers', async () => {
  const port = await freePort(); // nothing listens there
  const run = await runKg('db', 'status', '--home', home, '--uri', `bolt://localhost:${port}`);
  expect(run.code).toBe(EXIT.UNAVAILABLE);
  expect(run.stdout).toContain(`Nothing launched from ${home}`);
  expect(run.stdout).toContain(`No Neo4j answers at bolt://localhost:${port}`);
});

test('stop with nothing started from the home folder stops nothing and succeeds', async () => {
  const run = await runKg('db', 'stop', '--home', home);
  expect(run).toMatchObject({ code: EXIT.OK, stdout: `Nothing to stop: no server was started from ${home}\n` });
});

test.each([
  [['db', 'start', '--bolt-port', 'seven', '--home', '/nonexistent'], /--bolt-port must be a port number/],
  [['db', 'start', '--runtime', 'podman', '--home', '/nonexistent'], /--runtime must be auto, docker or maven/],
  [['db', 'start', '--timeout', '-1', '--home', '/nonexistent'], /--timeout must be a positive number/],
])('kg %j is a usage error (exit 64)', async (args, message) => {
  const run = await runKg(...args);
  expect(run.code).toBe(EXIT.USAGE);
  expect(run.stderr).toMatch(message);
});
