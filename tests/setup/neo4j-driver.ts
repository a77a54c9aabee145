// For integration tests: a driver to the server that global-setup.ts provided, and ids no
// other test uses, so tests never see each other's data.
import * as crypto from 'crypto';
import type { Driver } from 'neo4j-driver';
import { neo4jConfigFromEnv } from '../../src/model';

export function openTestDriver(): Driver {
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  const { uri, user, password } = neo4jConfigFromEnv();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
}

export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${crypto.randomBytes(6).toString('hex')}`;
}
