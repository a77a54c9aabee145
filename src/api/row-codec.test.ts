import { decodeEntity, decodeLink, decodeLinkIds, expandProjections } from './row-codec';

test('#entity(n) encodes the EntityRef fields as a list, in the order decodeEntity reads them', () => {
  expect(expandProjections('RETURN #entity(n) AS e')).toBe('RETURN [n.id, n.name, n.type, n.aliases, n.iso] AS e');
  expect(decodeEntity(['state:ru', 'Russia', 'State', ['Russian Federation'], 'RU'])).toEqual({
    id: 'state:ru',
    name: 'Russia',
    type: 'State',
    aliases: ['Russian Federation'],
    iso: 'RU',
  });
});

const kim = ['person:kim-yo-jong', 'Kim Yo Jong', 'Person', [], null];
const korea = ['state:kr', 'South Korea', 'State', ['ROK'], 'KR'];
const counts = [2, 3, 0.9, '2025-01-02', '2025-03-04'];

test('#link(r) carries both ends whole', () => {
  const statement = expandProjections('#link(r)');
  expect(statement).toContain('[type(r), r.key, ');
  expect(statement).toContain('[startNode(r).id, startNode(r).name,');
  const link = decodeLink(['CRITICIZED', 'CRITICIZED|a|b', false, kim, korea, ...counts]);
  expect(link).toEqual({
    type: 'CRITICIZED',
    key: 'CRITICIZED|a|b',
    symmetric: false,
    from: decodeEntity(kim),
    to: decodeEntity(korea),
    documentCount: 2,
    claimCount: 3,
    confidence: 0.9,
    firstDate: '2025-01-02',
    lastDate: '2025-03-04',
  });
});

test('#linkIds(r) carries the ends as ids, which decoding resolves among known entities', () => {
  expect(expandProjections('#linkIds(r)')).toContain('startNode(r).id, endNode(r).id,');
  const from = decodeEntity(kim);
  const to = decodeEntity(korea);
  const link = decodeLinkIds(['CRITICIZED', 'k', false, from.id, to.id, ...counts], new Map([[from.id, from], [to.id, to]]));
  expect(link.from).toBe(from);
  expect(link.to).toBe(to);
});
