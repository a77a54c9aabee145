// The loader against a real Neo4j, with extraction given by fixtures so that what is tested is
// the graph: idempotence, replacement of a changed document, forget, resolution across
// documents, provenance. Names carry a per-run tag; every test removes its documents.
import type { Driver } from 'neo4j-driver';
import { connectionFromEnv, countGraph, createDriver, forgetSources, ingestDocuments } from '../src/graph';
import type { IngestSummary } from '../src/graph';
import type { SourceItem } from '../src/sources';
import { dumpGraph, fixtureExtractor, items, org, person, state, uniqueTag } from './support/ingest-fixture';
import type { FixtureDocument } from './support/ingest-fixture';

let driver: Driver;
const tag = uniqueTag();
const prefix = `it-ingest-${tag}/`;
const used: string[] = [];

beforeAll(() => {
  driver = createDriver(connectionFromEnv());
});

afterAll(async () => {
  if (used.length > 0) await forgetSources(driver, used);
  await driver?.close();
});

function ingest(docs: FixtureDocument[], extraItems: SourceItem[] = []): Promise<IngestSummary> {
  used.push(...docs.map((d) => d.source));
  const all = async function* (): AsyncGenerator<SourceItem> {
    yield* extraItems;
    yield* items(docs);
  };
  return ingestDocuments(driver, all(), { extract: fixtureExtractor(docs), batchSize: 2 });
}

// Names unique to this run: the graph may hold other tests' data.
const ada = `Ada ${tag} Vance`;
const ben = `Ben ${tag} Vance`;
const west = state('Westland', 'WSL');
const east = state('Eastland', 'ESL');
const ministry = `Ministry ${tag}`;

function docA(name = 'a.txt'): FixtureDocument {
  const text = `${ada} criticized ${ben}. ${ada} met ${ben} in Westland. ${tag} a.`;
  return {
    source: prefix + name,
    text,
    date: '2025-03-01',
    entities: [person(ada, ['Vance']), person(ben, ['Vance', `B. ${tag} Vance`]), west],
    relations: [
      { type: 'CRITICIZED', source: person(ada).id, target: person(ben).id, evidence: `${ada} criticized ${ben}.` },
      { type: 'MET_WITH', source: person(ben).id, target: person(ada).id, evidence: `${ada} met ${ben} in Westland.` },
    ],
  };
}

function docB(): FixtureDocument {
  const text = `Vance ${tag}: ${ada} criticized ${ben} again. The ${ministry} of Westland. ${tag} b.`;
  return {
    source: `${prefix}b.txt`,
    text,
    date: '2025-04-02',
    entities: [person(ada, [`A. ${tag} Vance`]), person(ben), west, org(ministry)],
    relations: [
      { type: 'CRITICIZED', source: person(ada).id, target: person(ben).id, evidence: `${ada} criticized ${ben} again.` },
      { type: 'PART_OF', source: org(ministry).id, target: west.id, evidence: `The ${ministry} of Westland.` },
    ],
  };
}

async function relationship(type: string, a: string, b: string): Promise<Record<string, unknown> | undefined> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $a})-[r]->(:Entity {id: $b}) WHERE type(r) = $type RETURN properties(r) AS r`,
    { a, b, type },
  );
  return records[0]?.get('r') as Record<string, unknown> | undefined;
}

const adaId = `person:ada-${tag}-vance`;
const benId = `person:ben-${tag}-vance`;

test('a relationship reaches its sentences and counts its documents', async () => {
  const summary = await ingest([docA(), docB()]);
  expect(summary).toMatchObject({ new: 2, unchanged: 0, updated: 0, failed: 0 });
  expect(await relationship('CRITICIZED', adaId, benId)).toMatchObject({
    key: `CRITICIZED|${adaId}|${benId}`,
    documentCount: 2,
    claimCount: 2,
    firstDate: '2025-03-01',
    lastDate: '2025-04-02',
  });
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $a})-[r:CRITICIZED]->(:Entity {id: $b})
     MATCH (c:Claim {relKey: r.key})-[:FROM_DOCUMENT]->(d:Document)
     RETURN d.source AS source, c.evidence AS evidence, c.start AS start, c.end AS end, d.id AS id ORDER BY source`,
    { a: adaId, b: benId },
  );
  const second = `${ada} criticized ${ben} again.`;
  expect(records.map((r) => r.toObject())).toEqual([
    { source: `${prefix}a.txt`, evidence: `${ada} criticized ${ben}.`, start: 0, end: `${ada} criticized ${ben}.`.length, id: expect.stringMatching(/^[0-9a-f]{64}$/) },
    { source: `${prefix}b.txt`, evidence: second, start: docB().text.indexOf(second), end: docB().text.indexOf(second) + second.length, id: expect.stringMatching(/^[0-9a-f]{64}$/) },
  ]);
});

test('symmetric relations are stored once, from the smaller id', async () => {
  expect(await relationship('MET_WITH', adaId, benId)).toMatchObject({ documentCount: 1 });
  expect(await relationship('MET_WITH', benId, adaId)).toBeUndefined();
});

test('entities resolve across documents: aliases accumulate, a shared surname joins no one', async () => {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.id IN [$ada, $ben, 'state:wsl', 'person:vance']
     RETURN e.id AS id, labels(e) AS labels, e.aliases AS aliases ORDER BY id`,
    { ada: adaId, ben: benId },
  );
  const rows = records.map((r) => r.toObject());
  expect(rows.map((r) => r.id)).toEqual([adaId, benId, 'state:wsl']);
  expect(rows[0].aliases).toEqual([`A. ${tag} Vance`, 'Vance']);
  expect(rows[0].labels.sort()).toEqual(['Entity', 'Person']);
  expect(rows[2].labels.sort()).toEqual(['Entity', 'State']);
  const ministryNode = await driver.executeQuery(`MATCH (o:Organization {id: $id}) RETURN o.qualifier AS q`, {
    id: `organization:wsl-ministry-${tag}`,
  });
  expect(ministryNode.records.map((r) => r.get('q'))).toEqual(['WSL']);
});

test('ingesting the same documents again changes nothing', async () => {
  const before = await countGraph(driver);
  const dump = await dumpGraph(driver, prefix);
  const summary = await ingest([docA(), docB()]);
  expect(summary).toMatchObject({ new: 0, unchanged: 2, updated: 0, failed: 0 });
  expect(await countGraph(driver)).toEqual(before);
  expect(await dumpGraph(driver, prefix)).toEqual(dump);
});

test('a changed document replaces its earlier contribution', async () => {
  const changed: FixtureDocument = {
    source: `${prefix}a.txt`,
    text: `${ben} met ${east.name} officials. ${tag} a, second version.`,
    date: '2025-05-05',
    entities: [person(ben), east],
    relations: [{ type: 'MET_WITH', source: person(ben).id, target: east.id, evidence: `${ben} met ${east.name} officials.` }],
  };
  const summary = await ingest([changed]);
  expect(summary).toMatchObject({ new: 0, unchanged: 0, updated: 1, failed: 0 });
  // The criticism is left with document b only; the meeting of a's first version is gone.
  expect(await relationship('CRITICIZED', adaId, benId)).toMatchObject({ documentCount: 1, claimCount: 1, firstDate: '2025-04-02' });
  expect(await relationship('MET_WITH', adaId, benId)).toBeUndefined();
  expect(await relationship('MET_WITH', benId, 'state:esl')).toMatchObject({ documentCount: 1 });
  // Ben's alias only the first version used is gone; "Vance" came from it too.
  const benNode = await driver.executeQuery(`MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases`, { id: benId });
  expect(benNode.records[0].get('aliases')).toEqual([]);
  const docs = await driver.executeQuery(`MATCH (d:Document {source: $s}) RETURN d.date AS date`, { s: `${prefix}a.txt` });
  expect(docs.records.map((r) => r.get('date'))).toEqual(['2025-05-05']);
});

test('forget removes a document and whatever only it supported', async () => {
  const before = await countGraph(driver);
  const removed = await forgetSources(driver, [`${prefix}b.txt`, `${prefix}never-there.txt`]);
  expect(removed).toEqual([`${prefix}b.txt`]);
  expect(await relationship('CRITICIZED', adaId, benId)).toBeUndefined();
  const left = await driver.executeQuery(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id ORDER BY id`, {
    ids: [adaId, benId, `organization:wsl-ministry-${tag}`],
  });
  // Ada and the ministry were only in b; Ben is still mentioned by a's second version.
  expect(left.records.map((r) => r.get('id'))).toEqual([benId]);
  const after = await countGraph(driver);
  expect(after.documents).toBe(before.documents - 1);
  expect(after.claims).toBe(before.claims - 2);
});

test('bad inputs are reported and skipped, the good ones loaded', async () => {
  const good = docA('good.txt');
  good.text += ' good';
  const bad: SourceItem = { kind: 'error', source: `${prefix}bad.json`, code: 'KG_BAD_INPUT', message: 'not JSON' };
  const summary = await ingest([good], [bad]);
  expect(summary).toMatchObject({ new: 1, failed: 1, failures: [{ source: `${prefix}bad.json`, message: 'not JSON' }] });
  const found = await driver.executeQuery(`MATCH (d:Document {source: $s}) RETURN count(d) AS n`, { s: good.source });
  expect(found.records[0].get('n')).toBe(1);
});
