// The GraphQL API over the seed graph, through real HTTP: seeds/ is loaded by the real ingest
// (read → extract → load, idempotent), the server is the one `kg serve` starts
// (createApiServer), and every answer is checked against what the seed's gold annotation says.
import type { Driver } from 'neo4j-driver';
import { createApiServer, type ApiServer } from '../src/api';
import { COMPILE_AFTER } from '../src/api/compiled-execution';
import { connectionFromEnv, createDriver } from '../src/graph';
import { isKgError } from '../src/model';
import { gqlClient, type GqlClient } from './support/graphql-client';
import { loadSeedGraph } from './support/seed-graph';

let driver: Driver;
let server: ApiServer;
let gql: GqlClient;
const logLines: string[] = [];

beforeAll(async () => {
  driver = createDriver(connectionFromEnv());
  await loadSeedGraph(driver);
  server = await createApiServer(driver, { port: 0, log: (line) => logLines.push(line) });
  gql = answeredAlikeWhenCompiled(gqlClient(server.url));
});

/**
 * Sends every query until the server answers it from its compiled form (graphql-jit, see
 * src/api/compiled-execution.ts) and requires the same answer each time, so that each test
 * below checks both executions of its queries.
 */
function answeredAlikeWhenCompiled(client: GqlClient): GqlClient {
  return {
    async query(query, variables) {
      const first = await client.query(query, variables);
      for (let i = 0; i < COMPILE_AFTER; i++) expect(await client.query(query, variables)).toEqual(first);
      return first as never;
    },
  };
}

afterAll(async () => {
  await server?.stop();
  await driver?.close();
});

interface LinkResult {
  from: { id: string };
  to: { id: string; name: string };
  evidence: { sentence: string; document: { source: string } }[];
}

describe('traversals', () => {
  test('whom Kim Yo Jong criticized: South Korea and the United States, each with its sentence', async () => {
    const { data, errors } = await gql.query<{ targets: LinkResult[] }>(
      `query ($of: ID!) { targets(of: $of) { from { id } to { id name } evidence { sentence document { source } } } }`,
      { of: 'person:kim-yo-jong' },
    );
    expect(errors).toBeUndefined();
    const byTarget = new Map(data!.targets.map((l) => [l.to.id, l]));
    expect(byTarget.get('state:kor')?.evidence.map((e) => e.sentence).join(' ')).toContain(
      'Kim Yo Jong criticized South Korean leaders',
    );
    expect(byTarget.get('state:usa')?.evidence.map((e) => e.sentence).join(' ')).toContain('cautioned the U.S.');
    for (const link of data!.targets) {
      expect(link.from.id).toBe('person:kim-yo-jong');
      expect(link.evidence[0].document.source).toMatch(/seeds\/000_fa13ef9832930a61\.txt$/);
    }
  });

  test('the same through the generated relationship fields and their evidence', async () => {
    const { data, errors } = await gql.query<{
      people: { criticizedConnection: { edges: { node: { id: string }; properties: { claimCount: number; evidence: { evidence: string }[] } }[] } }[];
    }>(
      `{ people(where: {id: {eq: "person:kim-yo-jong"}}) {
           criticizedConnection { edges { node { id } properties { ... on Relation { claimCount evidence { evidence } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const edges = data!.people[0].criticizedConnection.edges;
    expect(edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['state:kor', 'state:usa']));
    for (const edge of edges) {
      expect(edge.properties.evidence).toHaveLength(edge.properties.claimCount);
      expect(edge.properties.evidence[0].evidence.length).toBeGreaterThan(10);
    }
  });

  test('critics of South Korea include Kim Yo Jong', async () => {
    const { data } = await gql.query<{ critics: LinkResult[] }>(`{ critics(of: "state:kor") { from { id } to { id name } evidence { sentence document { source } } } }`);
    expect(data!.critics.map((l) => l.from.id)).toContain('person:kim-yo-jong');
    expect(data!.critics.every((l) => l.to.id === 'state:kor')).toBe(true);
  });

  test('a shortest path from Lee Jae Myung to Kim Jong Un, relation by relation', async () => {
    const { data, errors } = await gql.query<{
      paths: { length: number; entities: { id: string }[]; relations: { from: { id: string }; to: { id: string }; evidence: { sentence: string }[] }[] }[];
    }>(
      `{ paths(from: "person:lee-jae-myung", to: "person:kim-jong-un", maxHops: 4) {
           length entities { id } relations { type from { id } to { id } evidence(limit: 1) { sentence } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.paths.length).toBeGreaterThan(0);
    for (const path of data!.paths) {
      const ids = path.entities.map((e) => e.id);
      expect(ids[0]).toBe('person:lee-jae-myung');
      expect(ids[ids.length - 1]).toBe('person:kim-jong-un');
      expect(path.relations).toHaveLength(path.length);
      path.relations.forEach((r, i) => {
        // Each relation joins the i-th and (i+1)-th entity, whichever way it points.
        expect([r.from.id, r.to.id].sort()).toEqual([ids[i], ids[i + 1]].sort());
        expect(r.evidence[0].sentence.length).toBeGreaterThan(10);
      });
    }
  });

  test("North Korea's allies: Russia, with the sentence stating the alliance", async () => {
    const { data } = await gql.query<{ allies: { entity: { id: string }; hops: number; chain: LinkResult[] }[] }>(
      `{ allies(of: "state:prk") { entity { id } hops chain { from { id } to { id name } evidence { sentence document { source } } } } }`,
    );
    const russia = data!.allies.find((a) => a.entity.id === 'state:rus');
    expect(russia).toMatchObject({ hops: 1 });
    expect(russia!.chain[0].evidence.map((e) => e.sentence).join(' ')).toContain('alliance with Russia');
  });

  test('meetings of Kim Jong Un include Donald Trump; a date window in the future finds none', async () => {
    const all = await gql.query<{ meetings: { counterpart: { id: string }; evidence: { sentence: string } }[] }>(
      `{ meetings(of: "person:kim-jong-un") { counterpart { id } evidence { sentence } } }`,
    );
    expect(all.data!.meetings.map((m) => m.counterpart.id)).toContain('person:donald-trump');
    const none = await gql.query<{ meetings: unknown[] }>(`{ meetings(of: "person:kim-jong-un", since: "2999-01-01") { date } }`);
    expect(none.data!.meetings).toEqual([]);
  });

  test.each([
    ['Kim Yo Jong', 'person:kim-yo-jong'],
    ['Kim Yo Jung', 'person:kim-yo-jong'], // a typo
    ['kim yo-jong', 'person:kim-yo-jong'],
    ['DPRK', 'state:prk'], // an alias
    ['North Korae', 'state:prk'],
    ['Lee Jae-myung', 'person:lee-jae-myung'],
  ])('search(%p) finds %s first', async (text, id) => {
    const { data, errors } = await gql.query<{ search: { id: string; __typename: string }[] }>(
      `query ($text: String!) { search(text: $text) { __typename id } }`,
      { text },
    );
    expect(errors).toBeUndefined();
    expect(data!.search[0]?.id).toBe(id);
  });

  test('search hits are whole entities: their relationships can be followed, and both ways agree', async () => {
    const full = await gql.query<{ search: { id: string; name: string; criticized?: { id: string }[] }[] }>(
      `{ search(text: "Kim Yo Jong", limit: 5) { id name ... on Person { criticized { id } } } }`,
    );
    expect(full.errors).toBeUndefined();
    expect(full.data!.search[0].criticized!.map((e) => e.id)).toEqual(expect.arrayContaining(['state:kor', 'state:usa']));
    const light = await gql.query<{ search: { id: string; name: string }[] }>(`{ search(text: "Kim Yo Jong", limit: 5) { id name } }`);
    expect(light.data!.search.map((e) => e.id)).toEqual(full.data!.search.map((e) => e.id));
  });

  test('search text made of query syntax is taken literally', async () => {
    const { data, errors } = await gql.query<{ search: unknown[] }>(`{ search(text: "Kim AND (Yo~ OR \\"x\\")*") { id } }`);
    expect(errors).toBeUndefined();
    expect(Array.isArray(data!.search)).toBe(true);
  });

  test('the 2-hop neighborhood of North Korea holds Kim Jong Un, Kim Yo Jong and Russia, each reached by a relation', async () => {
    const { data } = await gql.query<{
      neighborhood: { center: { id: string }; entities: { id: string }[]; relations: { from: { id: string }; to: { id: string } }[] };
    }>(
      // Other documents in the server may make North Korea a hub: the types and the limit keep the
      // seed's relations in view.
      `{ neighborhood(id: "state:prk", depth: 2, types: [LEADS, FAMILY_OF, ALLIED_WITH], limit: 500) {
           center { id } entities { id } relations { type from { id } to { id } } } }`,
    );
    const hood = data!.neighborhood;
    const ids = new Set([hood.center.id, ...hood.entities.map((e) => e.id)]);
    expect([...ids]).toEqual(expect.arrayContaining(['person:kim-jong-un', 'person:kim-yo-jong', 'state:rus']));
    for (const r of hood.relations) {
      expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
    }
    for (const e of hood.entities) {
      expect(hood.relations.some((r) => r.from.id === e.id || r.to.id === e.id)).toBe(true);
    }
    const oneHop = await gql.query<{ neighborhood: { entities: { id: string }[] } }>(
      `{ neighborhood(id: "state:prk", depth: 1, types: [ALLIED_WITH], limit: 500) { entities { id } } }`,
    );
    expect(oneHop.data!.neighborhood.entities.map((e) => e.id)).toContain('state:rus');
    expect(oneHop.data!.neighborhood.entities.map((e) => e.id)).not.toContain('person:kim-jong-un');
  });

  test('generated filtering, sorting and cursor pagination', async () => {
    const page = `query ($after: String) {
      statesConnection(first: 1, after: $after, sort: [{name: ASC}], where: {name: {contains: "Korea"}}) {
        totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      statesConnection: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = (await gql.query<Page>(page)).data!.statesConnection;
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node.name)).toEqual(['North Korea']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql.query<Page>(page, { after: first.pageInfo.endCursor })).data!.statesConnection;
    expect(second.edges.map((e) => e.node.name)).toEqual(['South Korea']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const sorted = await gql.query<{ states: { name: string }[] }>(`{ states(sort: [{name: DESC}], limit: 3) { name } }`);
    const names = sorted.data!.states.map((s) => s.name);
    expect(names).toEqual([...names].sort().reverse());
  });
});

describe('safety', () => {
  async function expectStillServing(): Promise<void> {
    const health = await fetch(server.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
    const { data } = await gql.query<{ states: unknown[] }>(`{ states(limit: 1) { id } }`);
    expect(data!.states).toHaveLength(1);
  }

  test('no mutation exists by default', async () => {
    const intro = await gql.query<{ __schema: { mutationType: null | { name: string } } }>(`{ __schema { mutationType { name } } }`);
    expect(intro.data!.__schema.mutationType).toBeNull();
    const res = await gql.query(`mutation { deletePeople(where: {id: {eq: "person:kim-jong-un"}}) { nodesDeleted } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('READ_ONLY');
    const { data } = await gql.query<{ people: unknown[] }>(`{ people(where: {id: {eq: "person:kim-jong-un"}}) { id } }`);
    expect(data!.people).toHaveLength(1);
  });

  test('a too-deep query gets an error, and the server keeps serving', async () => {
    const deep = `{ people { criticized { criticizedBy { criticized { criticizedBy { criticized { criticizedBy {
      criticized { criticizedBy { criticized { criticizedBy { id } } } } } } } } } } } }`;
    const res = await gql.query(deep);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/depth limit/i);
    await expectStillServing();
  });

  test('a huge limit gets an error, and the server keeps serving', async () => {
    const res = await gql.query(`query ($n: Int) { people(limit: $n) { id } }`, { n: 1_000_000 });
    expect(res.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    expect(res.errors?.[0].message).toMatch(/at most 200/);
    const search = await gql.query(`{ search(text: "Kim", limit: 5000) { id } }`);
    expect(search.errors?.[0].message).toMatch(/at most 50/);
    const nested = await gql.query(`query ($n: Int) { people(limit: $n) { criticized(limit: 200) { criticizedBy { id } } } }`, { n: 200 });
    expect(nested.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
    await expectStillServing();
  });

  test('a malformed query gets an error response, and the server keeps serving', async () => {
    const res = await gql.query(`{ people { id `);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const raw = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(raw.status).toBe(400);
    await expectStillServing();
  });

  test('traversal bounds: depth above 3 and maxHops above 4 are refused with a clear error', async () => {
    const deep = await gql.query(`{ neighborhood(id: "state:prk", depth: 4) { center { id } } }`);
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'depth' } });
    expect(deep.errors?.[0].message).toMatch(/between 1 and 3/);
    const far = await gql.query(`{ paths(from: "state:prk", to: "state:usa", maxHops: 5) { length } }`);
    expect(far.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'maxHops' } });
    await expectStillServing();
  });

  test('one JSON log line per request', () => {
    const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l) => typeof l.status === 'number' && typeof l.ms === 'number')).toBe(true);
    expect(lines.some((l) => l.path === '/health' && l.status === 200)).toBe(true);
  });
});

describe('a driver of the embedding program', () => {
  test('with lossless integers (the driver default), counts still come out as numbers', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
    const config = connectionFromEnv();
    const lossless = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const own = await createApiServer(lossless, { port: 0 });
    try {
      const { data, errors } = await gqlClient(own.url).query<{ targets: { documentCount: number; evidence: { start: number }[] }[] }>(
        `{ targets(of: "person:kim-yo-jong") { documentCount evidence { start } } }`,
      );
      expect(errors).toBeUndefined();
      expect(typeof data!.targets[0].documentCount).toBe('number');
      expect(typeof data!.targets[0].evidence[0].start).toBe('number');
    } finally {
      await own.stop();
      await lossless.close();
    }
  });
});

describe('Neo4j down', () => {
  test('a clear NEO4J_UNAVAILABLE error, also once the query runs compiled; /health answers 503', async () => {
    const down = createDriver({ ...connectionFromEnv(), uri: 'bolt://127.0.0.1:1' }, { maxTransactionRetryTime: 0, connectionTimeout: 1_000 });
    const lines: string[] = [];
    const own = await createApiServer(down, { port: 0, log: (line) => lines.push(line) });
    try {
      const client = answeredAlikeWhenCompiled(gqlClient(own.url));
      // A traversal (the API's own statement) and a search hit's relationships (@neo4j/graphql).
      for (const query of [`{ neighborhood(id: "state:prk") { center { id } } }`, `{ search(text: "Kim") { id criticized { id } } }`]) {
        const { errors } = await client.query(query);
        expect(errors?.map((e) => e.extensions?.code)).toEqual(['NEO4J_UNAVAILABLE']);
        expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|MATCH/);
      }
      expect((await fetch(own.url.replace('/graphql', '/health'))).status).toBe(503);
      expect(lines.some((l) => /"level":"error","code":"KG_NEO4J_UNAVAILABLE"/.test(l))).toBe(true);
    } finally {
      await own.stop();
      await down.close();
    }
  });
});

describe('writes', () => {
  test('refused without a token', async () => {
    const error = await createApiServer(driver, { port: 0, enableWrites: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isKgError(error, 'KG_USAGE')).toBe(true);
  });

  test('with --enable-writes, mutations need the bearer token', async () => {
    const token = `t-${process.pid}-${Date.now()}`;
    const writable = await createApiServer(driver, { port: 0, enableWrites: true, token });
    const id = `person:api-test-${process.pid}-${Date.now()}`;
    try {
      const client = gqlClient(writable.url);
      const create = `mutation ($id: ID!) { createPeople(input: [{id: $id, name: "Api Test", aliases: [], type: "Person"}]) { people { id } } }`;
      const anonymous = await client.query(create, { id });
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const wrongToken = await gqlClient(writable.url, 'not-the-token').query(create, { id });
      expect(wrongToken.status).toBe(401);
      const authed = gqlClient(writable.url, token);
      const created = await authed.query<{ createPeople: { people: { id: string }[] } }>(create, { id });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createPeople.people).toEqual([{ id }]);
      // Reads stay open without a token.
      const read = await client.query<{ people: unknown[] }>(`query ($id: ID!) { people(where: {id: {eq: $id}}) { id } }`, { id });
      expect(read.data!.people).toHaveLength(1);
    } finally {
      await driver.executeQuery('MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
      await writable.stop();
    }
  });
});
