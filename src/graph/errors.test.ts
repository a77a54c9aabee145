import { KgError } from '../model';
import { isTransientError, toKgError } from './errors';

// Errors shaped as neo4j-driver raises them (a code and a message).
const driverError = (code: string, message = 'boom'): Error => Object.assign(new Error(message), { code });

test.each([
  ['ServiceUnavailable', 'KG_NEO4J_UNAVAILABLE', true],
  ['SessionExpired', 'KG_NEO4J_UNAVAILABLE', true],
  ['Neo.ClientError.Security.Unauthorized', 'KG_NEO4J_AUTH', false],
  ['Neo.ClientError.Statement.SyntaxError', 'KG_NEO4J_QUERY', false],
  ['Neo.TransientError.Transaction.DeadlockDetected', 'KG_NEO4J_QUERY', true],
  ['', 'KG_INTERNAL', false],
])('%s becomes %s (transient: %s)', (code, kgCode, transient) => {
  const e = driverError(code);
  expect(toKgError(e, 'bolt://x').code).toBe(kgCode);
  expect(isTransientError(e)).toBe(transient);
});

test('the message names the server and the cause, never the password', () => {
  const e = driverError('ServiceUnavailable', 'Failed to connect to server. Long advice.\nCaused by: connect ECONNREFUSED 127.0.0.1:7687');
  const mapped = toKgError(e, 'bolt://localhost:7687');
  expect(mapped.message).toContain('bolt://localhost:7687');
  expect(mapped.message).toContain('connect ECONNREFUSED 127.0.0.1:7687');
  expect(mapped.message).not.toContain('Long advice');
});

test('a KgError passes through unchanged', () => {
  const e = new KgError('KG_BAD_INPUT', 'bad');
  expect(toKgError(e, 'x')).toBe(e);
});
