// Cross-origin calls from web pages (CORS): nothing here reaches Neo4j (the driver points nowhere).
import neo4j, { type Driver } from 'neo4j-driver';
import { createApiServer, type ApiServer } from './server';

let driver: Driver;
const servers: ApiServer[] = [];

beforeAll(() => {
  driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused'));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await driver.close();
});

async function serve(corsOrigins?: string[]): Promise<string> {
  const server = await createApiServer(driver, { port: 0, corsOrigins });
  servers.push(server);
  return server.url;
}

const preflight = (url: string, origin: string) =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
const post = (url: string, origin: string) =>
  fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

test('by default no origin is allowed: no CORS headers at all', async () => {
  const url = await serve();
  const res = await post(url, 'https://app.example.org');
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});

test('a listed origin gets its preflight answered and may read answers; another may not', async () => {
  const url = await serve(['https://app.example.org']);
  const ok = await preflight(url, 'https://app.example.org');
  expect(ok.status).toBe(204);
  expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
  expect(ok.headers.get('access-control-allow-methods')).toBe('GET,POST');
  expect(ok.headers.get('access-control-allow-headers')).toContain('content-type');
  const answer = await post(url, 'https://app.example.org');
  expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
  expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  const other = await post(url, 'https://evil.example.com');
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
});

test('* lets every origin call', async () => {
  const url = await serve(['*']);
  expect((await post(url, 'https://anywhere.example')).headers.get('access-control-allow-origin')).toBe('*');
});
