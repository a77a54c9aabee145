// `kg ingest` and `kg forget` through the real CLI on files in a temporary folder: the summary,
// bad files named and skipped, exit codes, and a second run finding everything unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT } from '../src/cli/exit-codes';
import { runKg } from './support/run-kg';

const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-cli-'));
const good = join(dir, 'good.txt');
const bad = join(dir, 'broken.json');

beforeAll(() => {
  writeFileSync(good, 'President Lena Kovac of Croatia criticized Hungary on Monday over its border policy.\n');
  writeFileSync(bad, '{"title": "cut short", "text": ');
});

afterAll(async () => {
  await runKg('forget', good);
  rmSync(dir, { recursive: true, force: true });
});

test('ingest loads the good file, names the bad one, and exits 1', async () => {
  const run = await runKg('ingest', '--no-progress', dir);
  expect(run.code).toBe(EXIT.PARTIAL);
  expect(run.stdout).toMatch(/documents: 1 new, 0 unchanged, 0 updated, 1 failed/);
  expect(run.stderr).toContain(bad);
});

test('a second run finds the document unchanged', async () => {
  const run = await runKg('ingest', '--json', good);
  expect(run.code).toBe(EXIT.OK);
  expect(JSON.parse(run.stdout)).toMatchObject({ new: 0, unchanged: 1, updated: 0, failed: 0 });
});

test('the same file named another way is the same document', async () => {
  const run = await runKg('ingest', '--json', `${dir}/./good.txt`);
  expect(JSON.parse(run.stdout)).toMatchObject({ new: 0, unchanged: 1 });
});

test('a copy of a file already loaded is skipped, not counted twice', async () => {
  const copy = join(dir, 'copy-of-good.txt');
  writeFileSync(copy, readFileSync(good));
  const run = await runKg('ingest', '--json', copy);
  expect(JSON.parse(run.stdout)).toMatchObject({ new: 0, unchanged: 1 });
  expect(run.stderr).toContain(`same text as ${good}`);
});

test('only bad input exits 65', async () => {
  const run = await runKg('ingest', bad);
  expect(run.code).toBe(EXIT.BAD_INPUT);
});

test('forget removes the document; an unknown source exits 1', async () => {
  const run = await runKg('forget', good, join(dir, 'never-ingested.txt'));
  expect(run.code).toBe(EXIT.PARTIAL);
  expect(run.stdout).toContain(`forgot ${good}`);
  expect(run.stderr).toContain('never-ingested.txt: not in the graph');
  const again = await runKg('ingest', '--json', good);
  expect(JSON.parse(again.stdout)).toMatchObject({ new: 1 });
});

test('forget with a folder ending in / removes every document under it', async () => {
  const run = await runKg('forget', `${dir}/`);
  expect(run.code).toBe(EXIT.OK);
  expect(run.stdout).toContain(`forgot ${good}`);
  expect((await runKg('forget', `${dir}/`)).code).toBe(EXIT.PARTIAL);
});
