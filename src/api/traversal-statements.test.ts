import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { traversalStatement } from './traversal-statements';
import { buildTypeDefs, expandProjections, SCHEMA_DIR } from './type-defs';

const names = readdirSync(join(SCHEMA_DIR, '..', 'traversals'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''));

test.each(names)('traversals/%s.cypher: every projection expanded, parameters only', (name) => {
  const statement = traversalStatement(name);
  expect(statement).not.toMatch(/#\w+\(/);
  expect(statement).toMatch(/\$\w+/);
});

test('the type definitions hold no unexpanded projection', () => {
  expect(buildTypeDefs()).not.toMatch(/#(entity|link|linkIds)\(/);
});

test('projections', () => {
  expect(expandProjections('RETURN #entity(n)')).toBe('RETURN {id: n.id, name: n.name, type: n.type, aliases: n.aliases, iso: n.iso}');
  expect(expandProjections('#linkIds(r)')).toContain('from: startNode(r).id, to: endNode(r).id');
  expect(expandProjections('#link(r)')).toContain('from: {id: startNode(r).id,');
});
