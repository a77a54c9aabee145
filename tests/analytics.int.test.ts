// Each analytics script run against a graph whose answers are known (tests/support/
// analytics-fixture.ts), exactly as `kg cypher` runs it. Rows of other data the server may hold
// are filtered out by the fixture's per-run tag. The seed graph is checked in
// analytics-seed.int.test.ts.
import type { Driver } from 'neo4j-driver';
import { connectionFromEnv, createDriver, loadCypherScript, runCypherScript } from '../src/graph';
import type { ParamValue } from '../src/graph';
import { isKgError } from '../src/model';
import { EXIT } from '../src/cli/exit-codes';
import { loadAnalyticsFixture } from './support/analytics-fixture';
import { runKg } from './support/run-kg';
import type { AnalyticsFixture } from './support/analytics-fixture';

let driver: Driver;
let fx: AnalyticsFixture;

beforeAll(async () => {
  driver = createDriver(connectionFromEnv());
  fx = await loadAnalyticsFixture(driver);
});

afterAll(async () => {
  await fx?.remove();
  await driver?.close();
});

async function run(script: string, params: Record<string, ParamValue> = {}): Promise<Record<string, unknown>[]> {
  return (await runCypherScript(driver, loadCypherScript(script), params)).rows;
}

const ours = (value: unknown): boolean => JSON.stringify(value).includes(fx.tag);

test('top-critics ranks critics by distinct supporting documents', async () => {
  const rows = (await run('top-critics', { limit: 1000 })).filter((r) => ours(r.critic));
  const { ada, ben, west } = fx.names;
  expect(rows).toEqual([
    {
      critic: ada,
      type: 'Person',
      documents: 3,
      weight: 3,
      targetCount: 2,
      targets: [`${ben} (2)`, `${west} (1)`],
    },
    { critic: ben, type: 'Person', documents: 1, weight: 1, targetCount: 1, targets: [`${ada} (1)`] },
  ]);
});

test('top-critics drops criticisms below minDocuments', async () => {
  const rows = (await run('top-critics', { limit: 1000, minDocuments: 2 })).filter((r) => ours(r.critic));
  expect(rows.map((r) => [r.critic, r.targets])).toEqual([[fx.names.ada, [`${fx.names.ben} (2)`]]]);
});

test('most-criticized ranks targets by documents and lists their critics', async () => {
  const rows = (await run('most-criticized', { limit: 1000 })).filter((r) => ours(r.target));
  const { ada, ben, west } = fx.names;
  expect(rows.map((r) => [r.target, r.documents, r.criticCount, r.critics])).toEqual([
    [ben, 2, 1, [`${ada} (2)`]],
    [ada, 1, 1, [`${ben} (1)`]],
    [west, 1, 1, [`${ada} (1)`]],
  ]);
});

test('centrality counts degree, direction and document weight per type', async () => {
  const rows = (await run('centrality', { type: 'CRITICIZED', limit: 100000 })).filter((r) => ours(r.entity));
  const ada = rows.find((r) => r.entity === fx.names.ada);
  expect(ada).toMatchObject({ type: 'CRITICIZED', degree: 3, outDegree: 2, inDegree: 1, weightedDegree: 4 });
  expect(rows.find((r) => r.entity === fx.names.west)).toMatchObject({ degree: 1, outDegree: 0, inDegree: 1 });
  const met = (await run('centrality', { type: 'MET_WITH', limit: 100000 })).filter((r) => ours(r.entity));
  // Ada met Ben once and Cy in two documents; symmetric types have no direction.
  expect(met.find((r) => r.entity === fx.names.ada)).toMatchObject({
    degree: 2,
    outDegree: null,
    inDegree: null,
    weightedDegree: 3,
  });
});

test('centrality without a type covers every type, ranked within each', async () => {
  const rows = await run('centrality', { type: null, limit: 3 });
  const types = [...new Set(rows.map((r) => r.type))];
  expect(types).toEqual(expect.arrayContaining(['CRITICIZED', 'MET_WITH', 'ALLIED_WITH', 'MEMBER_OF']));
  for (const t of types) {
    const ranked = rows.filter((r) => r.type === t);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    const weights = ranked.map((r) => r.weightedDegree as number);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  }
});

test('alliance-blocs finds connected groups, chains included, named by their smallest id', async () => {
  const rows = (await run('alliance-blocs')).filter((r) => ours(r.members));
  const { north, south, east, west, cy } = fx.names;
  expect(rows).toHaveLength(2);
  const [a, b] = rows;
  expect(new Set(a.members as string[])).toEqual(new Set([north, south, east]));
  expect(a).toMatchObject({ hub: south, size: 3, alliances: 2, documents: 1 });
  expect(a.blocId).toBe([...(a.memberIds as string[])].sort()[0]);
  expect(new Set(b.members as string[])).toEqual(new Set([west, cy]));
  // A tie on alliances goes to the first name.
  expect(b).toMatchObject({ hub: cy, size: 2, alliances: 1, documents: 1 });
  expect(b.blocId).toBe([...(b.memberIds as string[])].sort()[0]);
  // Organizations come before people in a bloc's member list.
  expect(b.members).toEqual([west, cy]);
});

test('alliance-blocs honours minSize', async () => {
  const rows = (await run('alliance-blocs', { minSize: 3 })).filter((r) => ours(r.members));
  expect(rows.map((r) => r.size)).toEqual([3]);
});

test('bloc-bridges lists the entity tied to two blocs, and only it', async () => {
  const rows = (await run('bloc-bridges')).filter((r) => ours(r.entity) || ours(r.ties));
  expect(rows.map((r) => r.entity)).toEqual([fx.names.ada]);
  const [ada] = rows;
  expect(ada.blocCount).toBe(2);
  expect(ada.ownBloc).toBeNull();
  expect(ada.ties).toEqual(
    expect.arrayContaining([expect.stringMatching(/^MEMBER_OF North .* League \[/), expect.stringMatching(/^MET_WITH Cy .* Vale \[/)]),
  );
  // Without membership as a tie, Ada reaches one bloc only.
  const viaMeetings = (await run('bloc-bridges', { via: ['MET_WITH', 'ALLIED_WITH'] })).filter((r) => ours(r.entity));
  expect(viaMeetings).toEqual([]);
});

test('bloc-brokers finds the ally that holds a chain together, not its ends', async () => {
  const rows = (await run('bloc-brokers')).filter((r) => ours(r.entity));
  const { north, south, east } = fx.names;
  // North - South - East: without South, East cannot reach North.
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ entity: south, from: east, cutOff: [north] });
  expect(new Set(rows[0].allies as string[])).toEqual(new Set([north, east]));
  const blocs = (await run('alliance-blocs')).filter((r) => ours(r.members));
  expect(blocs.map((b) => b.blocId)).toContain(rows[0].blocId);
  expect((await run('bloc-brokers', { minCutOff: 2 })).filter((r) => ours(r.entity))).toEqual([]);
});

test('meeting-timeline lists meetings oldest first, found by name, id or alias', async () => {
  const byName = await run('meeting-timeline', { entity: fx.names.ada.toUpperCase() });
  expect(byName.map((r) => [r.date, r.met])).toEqual([
    ['2024-01-10', fx.names.ben],
    ['2024-02-01', fx.names.cy],
    ['2024-03-05', fx.names.cy],
  ]);
  expect(byName[0].sentence).toBe(`${fx.names.ada} met ${fx.names.ben}.`);
  const id = await entityId(fx.names.ada);
  expect(await run('meeting-timeline', { entity: id })).toEqual(byName);
  expect(await run('meeting-timeline', { entity: `Ada ${fx.tag}` })).toEqual(byName);
  expect(await run('meeting-timeline', { entity: `Nobody ${fx.tag}` })).toEqual([]);
});

test('met-and-criticized finds the pair that met and criticized each other', async () => {
  const rows = (await run('met-and-criticized')).filter((r) => ours(r.a));
  expect(rows).toHaveLength(1);
  const [pair] = rows;
  const adaFirst = pair.a === fx.names.ada;
  expect([pair.a, pair.b].sort()).toEqual([fx.names.ada, fx.names.ben].sort());
  expect(pair).toMatchObject({
    meetingDocuments: 1,
    aCriticizedB: adaFirst ? 2 : 1,
    bCriticizedA: adaFirst ? 1 : 2,
    mutual: true,
  });
  expect((await run('met-and-criticized', { mutualOnly: true })).filter((r) => ours(r.a))).toHaveLength(1);
});

test('provenance returns the documents and sentences behind one relationship', async () => {
  const { ada, ben, cy } = fx.names;
  const rows = await run('provenance', { from: ada, to: ben, type: 'CRITICIZED' });
  expect(rows.map((r) => [r.date, r.sentence, r.trigger])).toEqual([
    ['2024-01-10', `${ada} criticized ${ben}.`, 'criticized'],
    ['2024-03-05', `${ada} criticized ${ben}.`, 'criticized'],
  ]);
  expect(rows[0]).toMatchObject({ sentenceStart: expect.any(Number), rule: 'fixture', document: `Fixture ${fx.tag} 1` });
  // Directed types keep their direction; symmetric ones are found from either end.
  expect(await run('provenance', { from: ben, to: ada, type: 'CRITICIZED' })).toHaveLength(1);
  const met = await run('provenance', { from: cy, to: ada, type: 'MET_WITH' });
  expect(met.map((r) => r.sentence)).toEqual([`${cy} met ${ada}.`, `${ada} met ${cy}.`]);
});

test('a misspelt parameter is a usage error, named, not a silent default', async () => {
  const script = loadCypherScript('top-critics');
  const error = await runCypherScript(driver, script, { limt: 3 }).catch((e: unknown) => e);
  expect(isKgError(error, 'KG_USAGE')).toBe(true);
  expect((error as Error).message).toContain('limt');
});

test('kg cypher prints a table, or JSON with --json, with typed --param values', async () => {
  const table = await runKg('cypher', 'top-critics', '--param', 'limit=1000', '--param', 'minDocuments=2', '--width', '0');
  expect(table.code).toBe(EXIT.OK);
  const header = table.stdout.split('\n')[0];
  expect(header.split(/\s+/)).toEqual(['critic', 'type', 'documents', 'weight', 'targetCount', 'targets']);
  expect(table.stdout).toMatch(new RegExp(`^${fx.names.ada}\\s+Person\\s+2\\s+2\\s+1\\s+${fx.names.ben} \\(2\\)$`, 'm'));
  const json = await runKg('cypher', 'cypher/analytics/meeting-timeline.cypher', '--param', `entity=${fx.names.cy}`, '--json');
  expect(json.code).toBe(EXIT.OK);
  const parsed = JSON.parse(json.stdout) as { columns: string[]; rows: Array<Record<string, unknown>> };
  expect(parsed.columns).toEqual(['date', 'entity', 'met', 'metType', 'document', 'sentence']);
  expect(parsed.rows.map((r) => r.met)).toEqual([fx.names.ada, fx.names.ben, fx.names.ada]);
});

test('kg cypher exits 64 on a misspelt parameter or an unknown script, naming it', async () => {
  const typo = await runKg('cypher', 'top-critics', '--param', 'limt=3');
  expect(typo.code).toBe(EXIT.USAGE);
  expect(typo.stderr).toContain('limt');
  const missing = await runKg('cypher', 'no-such-script');
  expect(missing.code).toBe(EXIT.USAGE);
  expect(missing.stderr).toContain('top-critics');
});

async function entityId(name: string): Promise<string> {
  const res = await driver.executeQuery('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
  return res.records[0].get('id') as string;
}
