// The style file must survive Neo4j Browser's GraSS reader, which is simpler than CSS: no
// comments, quotes only toggle "inside a string", and a property splits on ':' into exactly
// two parts (a second ':' drops the property silently). This reads it the same way.
import * as fs from 'fs';
import * as path from 'path';
import { ENTITY_TYPES, RELATION_TYPES } from '../src/model';

const grass = fs.readFileSync(path.resolve(__dirname, '..', 'cypher', 'browser-style.grass'), 'utf8');

function readGrass(text: string): Record<string, Record<string, string>> {
  const blocks: Record<string, string> = {};
  let inString = false;
  let inBlock = false;
  let selector = '';
  let body = '';
  for (const c of text) {
    if (c === '"' || c === "'") {
      inString = !inString;
      continue;
    }
    if (!inString && c === '{') {
      inBlock = true;
      continue;
    }
    if (!inString && c === '}') {
      blocks[selector] = body;
      inBlock = false;
      selector = '';
      body = '';
      continue;
    }
    if (inBlock) body += c;
    else if (!/\s/.test(c)) selector += c;
  }
  const rules: Record<string, Record<string, string>> = {};
  for (const [sel, decls] of Object.entries(blocks)) {
    rules[sel] = {};
    for (const decl of decls.split(';')) {
      const parts = decl.split(':');
      if (parts.length === 2) rules[sel][parts[0].trim()] = parts[1].trim();
      else expect(decl.trim()).toBe('');
    }
  }
  return rules;
}

describe('cypher/browser-style.grass', () => {
  const rules = readGrass(grass);

  test('has no comments or apostrophes, which the Browser would misread', () => {
    expect(grass).not.toMatch(/\/\*|\/\/|'/);
  });

  test.each([...ENTITY_TYPES, 'Document', 'Claim'])('node.%s has a color, a size and a caption', (label) => {
    const rule = rules[`node.${label}`];
    expect(rule).toBeDefined();
    expect(rule.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(rule.diameter).toMatch(/^\d+px$/);
    expect(rule.caption).toMatch(/\{\w+\}/);
  });

  test.each([...RELATION_TYPES])('relationship.%s has a color and a caption', (type) => {
    const rule = rules[`relationship.${type}`];
    expect(rule).toBeDefined();
    expect(rule.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(rule.caption.length).toBeGreaterThan(0);
  });

  test('entity labels come after node.Entity, so their colors win', () => {
    const order = Object.keys(rules);
    for (const label of ENTITY_TYPES) expect(order.indexOf(`node.${label}`)).toBeGreaterThan(order.indexOf('node.Entity'));
  });
});

describe('README "First five queries"', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
  const queries = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'cypher', 'first-five-queries.json'), 'utf8')) as Array<{
    file: string;
    query: string;
  }>;
  // The end-to-end test runs the JSON's queries; the README must show the same ones and pictures.
  test.each(queries.map((q) => [q.file, q] as const))('%s is in the README with its picture', (file, q) => {
    expect(readme).toContain(q.query);
    expect(readme).toContain(`(docs/images/${file}.png)`);
    expect(fs.existsSync(path.resolve(__dirname, '..', 'docs', 'images', `${file}.png`))).toBe(true);
  });
});
