import { readSchemaSnapshot, renderSchemaSnapshot } from './schema-snapshot';

describe('GraphQL schema snapshot', () => {
  test('the served schema equals src/api/schema.generated.graphql (run `npm run schema:update` after a change)', async () => {
    expect(await renderSchemaSnapshot()).toBe(readSchemaSnapshot());
  });

  test('read-only by default: no Mutation type', async () => {
    expect(readSchemaSnapshot()).not.toMatch(/^type Mutation/m);
  });
});
