// The server the harness provides is the real thing: Neo4j 5.26, writable, with APOC.
import type { Driver } from 'neo4j-driver';
import { openTestDriver, uniqueId } from './setup/neo4j-driver';

let driver: Driver;

beforeAll(() => {
  driver = openTestDriver();
});

afterAll(async () => {
  await driver?.close();
});

test('the server reports Neo4j 5.26.x', async () => {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions RETURN name, versions');
  const kernel = records.find((r) => r.get('name') === 'Neo4j Kernel');
  expect(kernel?.get('versions')[0]).toMatch(/^5\.26\.\d+$/);
});

test('a node written is read back, then removed', async () => {
  const id = uniqueId('harness');
  await driver.executeQuery('CREATE (:HarnessCheck {id: $id, name: $name, at: datetime()})', { id, name: 'written by the harness test' });
  try {
    const { records } = await driver.executeQuery('MATCH (n:HarnessCheck {id: $id}) RETURN n.name AS name, count(*) AS copies', { id });
    expect(records.map((r) => [r.get('name'), r.get('copies')])).toEqual([['written by the harness test', 1]]);
  } finally {
    await driver.executeQuery('MATCH (n:HarnessCheck {id: $id}) DELETE n', { id });
  }
  const { records } = await driver.executeQuery('MATCH (n:HarnessCheck {id: $id}) RETURN count(n) AS left', { id });
  expect(records[0].get('left')).toBe(0);
});

test('APOC core is installed and matches the server', async () => {
  const { records } = await driver.executeQuery('RETURN apoc.version() AS apoc');
  expect(records[0].get('apoc')).toMatch(/^5\.26\.\d+$/);
});
