// Opening the driver. Where the server is comes from the environment, the same variables the
// launcher and the test setup use: NEO4J_URI (or NEO4J_BOLT_PORT), NEO4J_USER, NEO4J_PASSWORD.
import type { Driver } from 'neo4j-driver';

export interface ConnectionConfig {
  uri: string;
  user: string;
  password: string;
}

export const DEFAULT_PASSWORD = 'kg-password';

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionConfig {
  const port = env.NEO4J_BOLT_PORT || '7687';
  return {
    uri: env.NEO4J_URI || `bolt://localhost:${port}`,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
  };
}

export interface DriverOptions {
  /** How long the driver itself retries a transaction on transient errors (ms). */
  maxTransactionRetryTime?: number;
  connectionTimeout?: number;
}

/** A driver that returns integers as JavaScript numbers (counts and offsets fit easily). */
export function createDriver(config: ConnectionConfig, options: DriverOptions = {}): Driver {
  // Required lazily: the driver is heavy and most commands never touch the database.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxTransactionRetryTime ?? 15_000,
    connectionTimeout: options.connectionTimeout ?? 10_000,
    userAgent: 'news-kg',
  });
}
