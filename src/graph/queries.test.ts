// The text of every statement is pinned: a change to a query shows up in review as a snapshot diff.
import * as Q from './queries';
import { readSchema, schemaStatements } from './schema';

test('loader and forget statements', () => {
  expect(Q).toMatchSnapshot();
});

test('every statement takes its values as parameters', () => {
  const texts = Object.values(Q).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>)));
  for (const text of texts) expect(text).not.toMatch(/'[^']*[A-Z][a-z]+ [A-Z][^']*'/);
  expect(texts.filter((t) => t.includes('UNWIND $')).length).toBeGreaterThan(8);
});

test('schema file splits into idempotent statements', () => {
  const statements = readSchema();
  expect(statements.length).toBeGreaterThan(10);
  for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  expect(statements.some((s) => s.includes('FULLTEXT INDEX entityNames'))).toBe(true);
  expect(schemaStatements('// note\nA;\n\nB ;\n')).toEqual(['A', 'B']);
});
