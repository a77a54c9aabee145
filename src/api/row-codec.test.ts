import { RowCodec } from './row-codec';

const all = new RowCodec();
const kim = ['person:kim-yo-jong', 'Kim Yo Jong', 'Person', [], null];
const korea = ['state:kr', 'South Korea', 'State', ['ROK'], 'KR'];
const counts = [2, 3, 0.9, '2025-01-02', '2025-03-04'];

test('#entity(n) encodes the EntityRef fields as a list, in the order the codec decodes them', () => {
  expect(all.expand('RETURN #entity(n) AS e')).toBe('RETURN [n.id, n.name, n.type, n.aliases, n.iso] AS e');
  expect(all.entity(korea)).toEqual({ id: 'state:kr', name: 'South Korea', type: 'State', aliases: ['ROK'], iso: 'KR' });
});

test('#link(r) carries both ends whole', () => {
  const statement = all.expand('#link(r)');
  expect(statement).toMatch(/^\[type\(r\), r\.key, /);
  expect(statement).toContain('[startNode(r).id, startNode(r).name,');
  expect(all.link(['CRITICIZED', 'CRITICIZED|a|b', false, kim, korea, ...counts])).toEqual({
    type: 'CRITICIZED',
    key: 'CRITICIZED|a|b',
    symmetric: false,
    from: all.entity(kim),
    to: all.entity(korea),
    documentCount: 2,
    claimCount: 3,
    confidence: 0.9,
    firstDate: '2025-01-02',
    lastDate: '2025-03-04',
  });
});

test('#linkIds(r) carries the ends as ids, which decoding resolves among known entities', () => {
  expect(all.expand('#linkIds(r)')).toContain('startNode(r).id, endNode(r).id,');
  const from = all.entity(kim);
  const to = all.entity(korea);
  const link = all.linkIds(['CRITICIZED', 'k', false, from.id, to.id, ...counts], new Map([[from.id, from], [to.id, to]]));
  expect(link.from).toBe(from);
  expect(link.to).toBe(to);
});

test('a codec of fewer columns reads and decodes only those', () => {
  const few = new RowCodec({ entity: ['id', 'name'], link: ['type', 'to'] });
  expect(few.expand('#entity(n) #link(r) #linkIds(r)')).toBe(
    '[n.id, n.name] [type(r), [endNode(r).id, endNode(r).name]] [type(r), endNode(r).id]',
  );
  expect(few.link(['MET_WITH', ['state:kr', 'South Korea']])).toEqual({ type: 'MET_WITH', to: { id: 'state:kr', name: 'South Korea' } });
  expect(few.key).not.toBe(all.key);
});
