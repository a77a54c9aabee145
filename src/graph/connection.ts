// Opening the driver. Where the server is comes from the environment through the shared
// config (src/model/neo4j-config.ts): NEO4J_URI (or NEO4J_BOLT_PORT), NEO4J_USER, NEO4J_PASSWORD.
import type { Driver } from 'neo4j-driver';
import { NEO4J_DEFAULTS, neo4jConfigFromEnv } from '../model';
import type { Neo4jConnectionConfig } from '../model';

export type ConnectionConfig = Neo4jConnectionConfig;
export const connectionFromEnv = neo4jConfigFromEnv;
export const DEFAULT_PASSWORD = NEO4J_DEFAULTS.password;

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
