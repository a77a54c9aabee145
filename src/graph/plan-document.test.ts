import type { ExtractedDocument } from '../model';
import { EntityResolver } from './entity-resolver';
import { normalizeDate, planDocument, textHash } from './plan-document';

const doc: ExtractedDocument = {
  source: 'news/a.txt',
  date: '2025-07-29T10:00:00Z',
  entities: [
    { id: 'china', type: 'State', name: 'China', aliases: ['Beijing'], iso: 'CHN' },
    { id: 'foreign-ministry', type: 'Organization', name: 'Foreign Ministry', aliases: ["China's Foreign Ministry"] },
    { id: 'wang-yi', type: 'Person', name: 'Wang Yi', aliases: ['Wang'] },
    { id: 'japan', type: 'State', name: 'Japan', aliases: ['Tokyo'], iso: 'JPN' },
    { id: 'nippon', type: 'State', name: 'Nippon', aliases: [], iso: 'JPN' },
  ],
  relations: [
    { type: 'PART_OF', source: 'foreign-ministry', target: 'china', evidence: 'e1', start: 0, end: 2, confidence: 0.9 },
    { type: 'MET_WITH', source: 'wang-yi', target: 'japan', evidence: 'e2', start: 3, end: 5, confidence: 0.8, rule: 'met', trigger: 'met' },
    { type: 'CRITICIZED', source: 'japan', target: 'china', evidence: 'e3', start: 6, end: 9, confidence: 0.7 },
    { type: 'ALLIED_WITH', source: 'japan', target: 'nippon', evidence: 'e4', start: 10, end: 12, confidence: 0.5 },
  ],
};

describe('planDocument', () => {
  const plan = planDocument(doc, textHash('text'), new EntityResolver());

  test('gives graph ids, qualifying a state body by the state it is part of', () => {
    expect(plan.entities.map((e) => e.id)).toEqual([
      'state:chn',
      'organization:chn-foreign-ministry',
      'person:wang-yi',
      'state:jpn',
    ]);
    expect(plan.entities.find((e) => e.id === 'organization:chn-foreign-ministry')?.qualifier).toBe('CHN');
  });

  test('merges two entities of the document that are one node, keeping every name', () => {
    expect(plan.entities.find((e) => e.id === 'state:jpn')).toMatchObject({ name: 'Japan', names: ['Japan', 'Tokyo', 'Nippon'], iso: 'JPN' });
  });

  test('stores symmetric relations from the smaller id, keeps the direction of the others, drops self-loops', () => {
    expect(plan.claims.map((c) => c.relKey)).toEqual([
      'PART_OF|organization:chn-foreign-ministry|state:chn',
      'MET_WITH|person:wang-yi|state:jpn',
      'CRITICIZED|state:jpn|state:chn',
    ]);
    expect(plan.claims[1]).toMatchObject({ subject: 'person:wang-yi', object: 'state:jpn', rule: 'met', date: '2025-07-29', id: 'news/a.txt#1' });
  });

  test('keys the document by source with the text hash as id', () => {
    expect(plan.document).toEqual({ source: 'news/a.txt', id: textHash('text'), title: null, date: '2025-07-29', url: null });
    expect(textHash('text')).toMatch(/^[0-9a-f]{64}$/);
  });
});

test.each([
  ['2025-07-29', '2025-07-29'],
  ['July 29, 2025', '2025-07-29'],
  ['sometime', 'sometime'],
  [undefined, null],
])('normalizeDate(%s) = %s', (input, out) => expect(normalizeDate(input)).toBe(out));

test("a state's body named without its state in a later document joins it, qualified alike", () => {
  const resolver = new EntityResolver();
  const usa = { id: 'united-states', type: 'State' as const, name: 'United States', aliases: [], iso: 'USA' };
  const department = { id: 'state-department', type: 'Organization' as const, name: 'State Department', aliases: [] };
  const first = planDocument(
    {
      source: 'one.txt',
      entities: [usa, department],
      relations: [{ type: 'PART_OF', source: 'state-department', target: 'united-states', evidence: 'e', start: 0, end: 1, confidence: 1 }],
    },
    'h1',
    resolver,
  );
  for (const e of first.entities) resolver.learn({ id: e.id, type: e.type, name: e.name, aliases: e.names, qualifier: e.qualifier });
  const second = planDocument({ source: 'two.txt', entities: [usa, department], relations: [] }, 'h2', resolver);
  expect(second.entities.find((e) => e.type === 'Organization')).toMatchObject({ id: 'organization:usa-state-department', qualifier: 'USA' });
});
