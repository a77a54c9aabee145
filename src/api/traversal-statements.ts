import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RowCodec } from './row-codec';
import { SCHEMA_DIR } from './type-defs';

const TRAVERSALS_DIR = join(SCHEMA_DIR, '..', 'traversals');
const sources = new Map<string, string>();
const statements = new Map<string, string>();

/** The statement of src/api/traversals/<name>.cypher, projections expanded for `codec`'s columns. */
export function traversalStatement(name: string, codec: RowCodec = new RowCodec()): string {
  const key = `${name}|${codec.key}`;
  let statement = statements.get(key);
  if (statement === undefined) {
    let source = sources.get(name);
    if (source === undefined) {
      source = readFileSync(join(TRAVERSALS_DIR, `${name}.cypher`), 'utf8');
      sources.set(name, source);
    }
    statement = codec.expand(source);
    statements.set(key, statement);
  }
  return statement;
}
