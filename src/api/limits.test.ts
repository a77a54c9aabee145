// Requests the API refuses before any Cypher runs: no database is needed (nor reached) here.
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { buildApiSchema } from './api-schema';
import { pageSizePlugin, validationRules } from './limits';

let schema: GraphQLSchema;
let apollo: ApolloServer;

beforeAll(async () => {
  schema = await buildApiSchema();
  apollo = new ApolloServer({ schema, validationRules: validationRules(), plugins: [pageSizePlugin()] });
  await apollo.start();
});

afterAll(async () => {
  await apollo?.stop();
});

async function errorsOf(query: string, variables?: Record<string, unknown>) {
  const res = await apollo.executeOperation({ query, variables });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult.errors ?? [];
}

test.each([
  ['depth 4', '{ neighborhood(id: "state:prk", depth: 4) { center { id } } }', 'depth', /between 1 and 3/],
  ['depth 0', '{ neighborhood(id: "state:prk", depth: 0) { center { id } } }', 'depth', /between 1 and 3/],
  ['maxHops 5', '{ paths(from: "a", to: "b", maxHops: 5) { length } }', 'maxHops', /between 1 and 4/],
  ['empty search', '{ search(text: " ~*() ") { id } }', 'text', /letter or digit/],
])('traversal bound: %s', async (_, query, argumentName, message) => {
  const [error] = await errorsOf(query);
  expect(error.message).toMatch(message);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
});

test.each([
  ['generated list', 'query ($n: Int) { people(limit: $n) { id } }', { n: 201 }, /people must be at most 200/],
  ['connection', '{ documentsConnection(first: 201) { totalCount } }', {}, /at most 200/],
  ['nested relationship', '{ states(limit: 1) { criticizedBy(limit: 999) { id } } }', {}, /at most 200/],
  ['search', '{ search(text: "x", limit: 51) { id } }', {}, /at most 50/],
  ['neighborhood', '{ neighborhood(id: "x", limit: 501) { truncated } }', {}, /at most 500/],
  ['evidence', '{ critics(of: "x") { evidence(limit: 51) { sentence } } }', {}, /at most 50/],
])('page size: %s', async (_, query, variables, message) => {
  const [error] = await errorsOf(query, variables);
  expect(error.message).toMatch(message);
  expect(error.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
});

test('query depth', async () => {
  const [error] = await errorsOf(
    '{ people { criticized { criticized { criticized { criticized { criticized { criticized { criticized { criticized { criticized { criticized { id } } } } } } } } } } } }',
  );
  expect(error.message).toMatch(/depth limit of 10 exceeded/i);
  expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('aliases', async () => {
  const many = Array.from({ length: 20 }, (_, i) => `a${i}: states(limit: 1) { id }`).join(' ');
  const [error] = await errorsOf(`{ ${many} }`);
  expect(error.message).toMatch(/aliases/i);
});

test('cost: pages of pages multiply', async () => {
  const [error] = await errorsOf(
    '{ peopleConnection(first: 150) { edges { node { criticizedConnection(first: 100) { edges { node { id } } } } } } }',
  );
  expect(error.message).toMatch(/cost limit of 5000 exceeded/i);
  expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test.each([
  ['nested limits, one from a variable', 'query ($n: Int) { people(limit: $n) { criticized(limit: 200) { criticizedBy { id } } } }', { n: 200 }],
  [
    'connection pages from variables (beyond graphql-armor\'s cost)',
    'query ($a: Int, $b: Int) { peopleConnection(first: $a) { edges { node { criticizedConnection(first: $b) { edges { node { metWith { id } } } } } } } }',
    { a: 200, b: 200 },
  ],
  ['through a fragment', '{ states(limit: 200) { ...F } } fragment F on State { criticizedBy(limit: 200) { metWith(limit: 10) { id } } }', {}],
])('answer size: %s', async (_, query, variables) => {
  const [error] = await errorsOf(query, variables);
  expect(error.message).toMatch(/could return about [\d,]+ objects.*at most 50,000/);
  expect(error.extensions?.code).toBe('QUERY_TOO_LARGE');
});

test.each([
  ['a page of pages', '{ people(limit: 200) { criticized(limit: 200) { id } } }'],
  ['the largest neighborhood with evidence', '{ neighborhood(id: "x", depth: 3, limit: 500) { entities { id } relations { from { id } to { id } evidence { sentence document { id } } } } }'],
])('answer size within bounds: %s', async (_, query) => {
  const errors = await errorsOf(query);
  expect(errors.map((e) => e.extensions?.code)).not.toContain('QUERY_TOO_LARGE');
});

test('no mutation type by default', async () => {
  expect(schema.getMutationType()).toBeUndefined();
  const [error] = await errorsOf('mutation { deletePeople { nodesDeleted } }');
  expect(error.message).toMatch(/mutation/i);
});
