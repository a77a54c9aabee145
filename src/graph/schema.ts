// Applying cypher/schema.cypher: the file is the schema; this only splits it into statements.
import * as fs from 'fs';
import * as path from 'path';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../model';

/** cypher/schema.cypher, found from src/graph or dist/graph alike. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'cypher', 'schema.cypher');

export function schemaStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readSchema(file: string = SCHEMA_FILE): string[] {
  try {
    return schemaStatements(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KgError('KG_INTERNAL', `cannot read the schema file ${file}`, { file }, { cause: e });
  }
}

/** Creates missing constraints and indexes, then waits until every index is online. */
export async function applySchema(driver: Driver, statements: readonly string[] = readSchema()): Promise<number> {
  for (const statement of statements) await driver.executeQuery(statement);
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  return statements.length;
}
