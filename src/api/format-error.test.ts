import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { formatApiError } from './format-error';

const internal = { message: 'raw', path: ['search'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

function format(error: unknown) {
  const lines: string[] = [];
  const formatted = formatApiError((l) => lines.push(l), 10_000)(internal, error);
  return { formatted, lines };
}

test.each([
  ['Neo4j down', new Neo4jError('Could not connect to bolt://x:7687', 'ServiceUnavailable', '', ''), 'NEO4J_UNAVAILABLE', /not available/],
  [
    'timeout',
    new Neo4jError('The transaction has been terminated ...', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', ''),
    'QUERY_TIMEOUT',
    /longer than 10 s/,
  ],
  ['Cypher rejected', new Neo4jError("Invalid input '{' ... MATCH (n)", 'Neo.ClientError.Statement.SyntaxError', '', ''), 'INTERNAL_SERVER_ERROR', /server log/],
  ['a bug', new TypeError('x is undefined'), 'INTERNAL_SERVER_ERROR', /server log/],
])('%s: a short message and a code for the client, the details in the log', (_, error, code, message) => {
  const { formatted, lines } = format(error);
  expect(formatted.extensions?.code).toBe(code);
  expect(formatted.message).toMatch(message);
  expect(formatted.message).not.toMatch(/MATCH|bolt:|undefined/);
  expect(formatted.path).toEqual(['search']);
  expect(lines).toHaveLength(1);
});

test('errors the client caused pass through unchanged', () => {
  const bad = { message: '`depth` must be between 1 and 3 (got 9).', extensions: { code: 'BAD_USER_INPUT' } };
  const lines: string[] = [];
  expect(formatApiError((l) => lines.push(l), 10_000)(bad, new GraphQLError(bad.message))).toBe(bad);
  expect(lines).toHaveLength(0);
});
