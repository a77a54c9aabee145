import { buildApiSchema } from './api-schema';
import { selectedColumnsOfQuery } from './selected-columns';

const columnsOf = async (query: string) => selectedColumnsOfQuery(await buildApiSchema(), query);

test('collects EntityRef and Link fields wherever they are selected, in column order', async () => {
  const columns = await columnsOf('{ neighborhood(id: "x") { center { name } entities { type id } relations { confidence from { iso } type } } }');
  expect(columns).toEqual({ entity: ['id', 'name', 'type', 'iso'], link: ['type', 'from', 'confidence'] });
});

test('follows fragments; evidence needs the link key; id is always there', async () => {
  const columns = await columnsOf(`
    query { allies(of: "x") { ...A } }
    fragment A on Ally { hops chain { ... on Link { evidence { sentence } } } entity { __typename } }`);
  expect(columns).toEqual({ entity: ['id'], link: ['key'] });
});
