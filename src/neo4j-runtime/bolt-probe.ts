import { KgError, type Neo4jConnectionConfig } from '../model';

export type BoltProbe =
  | { ok: true; version: string; edition: string }
  | { ok: false; reason: 'unreachable' | 'auth'; message: string };

/** Runs one real query; "answers" means a query succeeded, not merely that the port is open. */
export async function probeBolt(conn: Neo4jConnectionConfig, timeoutMs = 5_000): Promise<BoltProbe> {
  // Loaded lazily so that `kg --help` does not pay for the driver.
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  let driver: import('neo4j-driver').Driver;
  try {
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: timeoutMs,
      maxConnectionPoolSize: 1,
      maxTransactionRetryTime: 0,
    });
  } catch (e) {
    throw new KgError('KG_USAGE', `invalid Neo4j URI '${conn.uri}': ${messageOf(e)}`, {}, { cause: e });
  }
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return { ok: true, version: String(records[0]?.get('version')), edition: String(records[0]?.get('edition')) };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const reason = code.startsWith('Neo.ClientError.Security.') ? 'auth' : 'unreachable';
    return { ok: false, reason, message: messageOf(e) };
  } finally {
    await driver.close();
  }
}

/**
 * Polls until a query answers. Stops at once on an authentication error (retrying would only
 * lock the account) and when `stillStarting` says the server process is gone.
 */
export async function waitForBolt(
  conn: Neo4jConnectionConfig,
  timeoutMs: number,
  stillStarting: () => string | undefined = () => undefined,
): Promise<{ version: string; edition: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const probe = await probeBolt(conn, 3_000);
    if (probe.ok) return probe;
    if (probe.reason === 'auth') throw authError(conn, probe.message);
    last = probe.message;
    const gone = stillStarting();
    if (gone) throw new KgError('KG_LAUNCH_FAILED', gone, { uri: conn.uri });
    if (Date.now() > deadline) {
      throw new KgError('KG_NEO4J_UNAVAILABLE', `Neo4j did not answer on ${conn.uri} within ${Math.round(timeoutMs / 1000)} s (${last})`, {
        uri: conn.uri,
      });
    }
    await sleep(500);
  }
}

export function authError(conn: Neo4jConnectionConfig, message: string): KgError {
  return new KgError(
    'KG_NEO4J_AUTH',
    `Neo4j at ${conn.uri} refused user '${conn.user}' with the password from NEO4J_PASSWORD (${message}). ` +
      'A local server keeps the password it was first started with: use that one, or delete its home folder to start afresh.',
    { uri: conn.uri },
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
