import neo4j from 'neo4j-driver';
import { toPlain } from './plain-values';

test('Neo4j integers anywhere in maps and lists become numbers; other values stay', () => {
  const date = new neo4j.types.Date(2025, 1, 2);
  const value = { n: neo4j.int(3), list: [neo4j.int(1), 'a', null, { deep: neo4j.int(-7) }], f: 0.5, date };
  expect(toPlain(value)).toEqual({ n: 3, list: [1, 'a', null, { deep: -7 }], f: 0.5, date });
  expect(toPlain(neo4j.int(42))).toBe(42);
  expect(toPlain('x')).toBe('x');
});
