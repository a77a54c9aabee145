import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandProjections } from './row-codec';
import { SCHEMA_DIR } from './type-defs';

const TRAVERSALS_DIR = join(SCHEMA_DIR, '..', 'traversals');
const cache = new Map<string, string>();

/** The statement of src/api/traversals/<name>.cypher, projections expanded. */
export function traversalStatement(name: string): string {
  let statement = cache.get(name);
  if (statement === undefined) {
    statement = expandProjections(readFileSync(join(TRAVERSALS_DIR, `${name}.cypher`), 'utf8'));
    cache.set(name, statement);
  }
  return statement;
}
