import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { traversalStatement } from './traversal-statements';
import { SCHEMA_DIR } from './type-defs';

const names = readdirSync(join(SCHEMA_DIR, '..', 'traversals'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''));

test.each(names)('traversals/%s.cypher: every projection expanded, parameters only', (name) => {
  const statement = traversalStatement(name);
  expect(statement).not.toMatch(/#\w+\(/);
  expect(statement).toMatch(/\$\w+/);
});

