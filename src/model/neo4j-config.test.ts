import { neo4jConfigFromEnv } from './neo4j-config';

test.each([
  [{}, { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'kg-password' }],
  [{ NEO4J_BOLT_PORT: '7697' }, { uri: 'bolt://localhost:7697', user: 'neo4j', password: 'kg-password' }],
  [
    { NEO4J_URI: 'neo4j://db:7687', NEO4J_BOLT_PORT: '7697', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' },
    { uri: 'neo4j://db:7687', user: 'u', password: 'p' },
  ],
  [{ NEO4J_URI: '', NEO4J_PASSWORD: ' ' }, { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'kg-password' }],
])('neo4jConfigFromEnv(%j)', (env, expected) => {
  expect(neo4jConfigFromEnv(env)).toEqual(expected);
});
