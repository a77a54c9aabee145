// The analytics scripts on the seed graph (seeds/ through the real extractor and loader), checked
// against what the seed's gold annotation (eval/dev/seed-000.json) says, non-optional relations
// only. Other data the server holds may add rows, so these check containment, not equality.
import type { Driver } from 'neo4j-driver';
import { connectionFromEnv, createDriver, loadCypherScript, runCypherScript } from '../src/graph';
import type { ParamValue } from '../src/graph';
import { loadSeedGraph } from './support/seed-graph';

let driver: Driver;

beforeAll(async () => {
  driver = createDriver(connectionFromEnv());
  await loadSeedGraph(driver);
});

afterAll(async () => {
  await driver?.close();
});

async function run(script: string, params: Record<string, ParamValue> = {}): Promise<Record<string, unknown>[]> {
  return (await runCypherScript(driver, loadCypherScript(script), params)).rows;
}

const targetNames = (targets: unknown): string[] => (targets as string[]).map((t) => t.replace(/ \(\d+\)$/, ''));

test('top-critics: Kim Yo Jong criticized South Korea and the United States', async () => {
  const rows = await run('top-critics', { limit: 1000 });
  const kim = rows.find((r) => r.critic === 'Kim Yo Jong');
  expect(kim).toBeDefined();
  expect(targetNames(kim!.targets)).toEqual(expect.arrayContaining(['South Korea', 'United States']));
  expect(kim!.documents).toBeGreaterThanOrEqual(1);
});

test('most-criticized: South Korea and the United States count Kim Yo Jong among their critics', async () => {
  const rows = await run('most-criticized', { limit: 1000 });
  for (const target of ['South Korea', 'United States']) {
    const row = rows.find((r) => r.target === target);
    expect(row).toBeDefined();
    expect(targetNames(row!.critics)).toContain('Kim Yo Jong');
  }
});

test('centrality: Kim Yo Jong has out-degree 2 or more in CRITICIZED', async () => {
  const rows = await run('centrality', { type: 'CRITICIZED', limit: 1000 });
  const kim = rows.find((r) => r.entity === 'Kim Yo Jong');
  expect(kim).toBeDefined();
  expect(kim!.outDegree as number).toBeGreaterThanOrEqual(2);
  expect(kim!.weightedDegree as number).toBeGreaterThanOrEqual(kim!.degree as number);
});

test('alliance-blocs: North Korea and Russia form one bloc', async () => {
  const rows = await run('alliance-blocs');
  const bloc = rows.find((r) => (r.members as string[]).includes('North Korea'));
  expect(bloc).toBeDefined();
  expect(bloc!.members).toContain('Russia');
  expect(bloc!.memberIds).toEqual(expect.arrayContaining(['state:prk', 'state:rus']));
});

test('bloc-bridges: every bridge reaches as many blocs as it claims', async () => {
  // The seed has one bloc, so no entity bridges two: the answer the gold implies is none
  // among the seed's entities; the check below holds for any graph.
  const blocs = await run('alliance-blocs');
  const blocOf = new Map(blocs.flatMap((b) => (b.memberIds as string[]).map((id) => [id, b.blocId as string])));
  for (const row of await run('bloc-bridges')) {
    expect(new Set(row.blocs as string[]).size).toBe(row.blocCount);
    for (const bloc of row.blocs as string[]) expect([...blocOf.values()]).toContain(bloc);
    if (row.ownBloc !== null) expect(blocOf.get(row.id as string)).toBe(row.ownBloc);
  }
});

test('bloc-brokers: a pair bloc has no broker; every broker listed cuts someone off', async () => {
  const rows = await run('bloc-brokers');
  expect(rows.map((r) => r.entity)).not.toContain('North Korea');
  expect(rows.map((r) => r.entity)).not.toContain('Russia');
  for (const row of rows) {
    expect((row.cutOff as string[]).length).toBeGreaterThanOrEqual(1);
    expect((row.allies as string[]).length).toBeGreaterThanOrEqual(2);
  }
});

test('meeting-timeline: Donald Trump met Kim Jong Un, with the sentence that says so', async () => {
  const rows = await run('meeting-timeline', { entity: 'Donald Trump' });
  const met = rows.find((r) => r.met === 'Kim Jong Un');
  expect(met).toBeDefined();
  expect(met!.sentence).toMatch(/Trump/);
  expect(met!.sentence).toMatch(/Kim/);
});

test('met-and-criticized: every pair returned met and criticized, and none is missed', async () => {
  const rows = await run('met-and-criticized');
  const expected = await driver.executeQuery(
    `MATCH (a:Entity)-[:MET_WITH]-(b:Entity) WHERE a.id < b.id
       AND ((a)-[:CRITICIZED]->(b) OR (b)-[:CRITICIZED]->(a))
     RETURN a.name + ' / ' + b.name AS pair ORDER BY pair`,
  );
  expect(rows.map((r) => `${r.a} / ${r.b}`).sort()).toEqual(expected.records.map((r) => r.get('pair')));
});

test('provenance: the sentence behind Kim Yo Jong criticizing South Korea', async () => {
  const rows = await run('provenance', { from: 'Kim Yo Jong', to: 'South Korea', type: 'CRITICIZED' });
  expect(rows.length).toBeGreaterThanOrEqual(1);
  expect(rows[0].source).toMatch(/seeds\/000_fa13ef9832930a61\.txt$/);
  expect(rows[0].sentence).toMatch(/South Korea|ROK/);
  expect(rows[0].sentenceEnd as number).toBeGreaterThan(rows[0].sentenceStart as number);
});
