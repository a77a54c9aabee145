import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import { buildSchema, GraphQLError, parse, type DocumentNode } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledExecution } from './compiled-execution';

const schema = buildSchema(`type Query { hello(name: String!): String! fails: String }`);
schema.getQueryType()!.getFields().hello.resolve = (_root, { name }: { name: string }, context: { greeting: string }) =>
  `${context.greeting} ${name}`;
schema.getQueryType()!.getFields().fails.resolve = () => {
  throw new Error('Neo4j went away');
};

async function executorOf(compile: typeof compileQuery): Promise<GatewayExecutor> {
  const gateway = compiledExecution(schema, { compileAfter: 2, compile });
  gateway.onSchemaLoadOrUpdate(() => undefined);
  return (await gateway.load({ apollo: {} })).executor!;
}

// The executor reads the document, operation name, variables and context of Apollo's request.
const request = (document: DocumentNode, variables: Record<string, unknown>) =>
  ({ document, operationName: null, request: { variables }, context: { greeting: 'hello' } }) as unknown as Parameters<GatewayExecutor>[0];

test('a query seen a third time is compiled once, and answers as before', async () => {
  const calls: DocumentNode[] = [];
  const execute = await executorOf((s, d, o) => {
    calls.push(d);
    return compileQuery(s, d, o);
  });
  const document = parse('query ($n: String!) { hello(name: $n) }');
  const answers = [];
  for (const n of ['a', 'b', 'c', 'd']) answers.push(await execute(request(document, { n })));
  expect(calls).toEqual([document]);
  expect(answers.map((a) => a.data)).toEqual(['a', 'b', 'c', 'd'].map((n) => ({ hello: `hello ${n}` })));
});

test('a query that does not compile stays with graphql-js', async () => {
  const execute = await executorOf(() => ({ errors: [] }) as never);
  const document = parse('{ hello(name: "x") }');
  for (let i = 0; i < 4; i++) expect((await execute(request(document, {}))).errors).toBeUndefined();
});

test('a failing field gives the same error compiled as with graphql-js: extensions, locations, path, cause', async () => {
  const execute = await executorOf(compileQuery);
  const document = parse('{\n  fails\n}');
  const errors = [];
  for (let i = 0; i < 3; i++) errors.push((await execute(request(document, {}))).errors![0]);
  for (const error of errors) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.originalError?.message).toBe('Neo4j went away');
  }
  expect(errors[2].toJSON()).toEqual(errors[0].toJSON());
  expect(errors[2].toJSON()).toMatchObject({ locations: [{ line: 2, column: 3 }], path: ['fails'] });
});
