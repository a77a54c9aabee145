// Jest global setup of the integration project: provides a Neo4j and hands its address to the
// tests through the same environment variables the application reads.
import { provideNeo4j, type TestNeo4j } from './provide-neo4j';

declare global {
  // Read back by global-teardown.ts (Jest runs both in the same process).
  // eslint-disable-next-line no-var
  var __KG_TEST_NEO4J__: TestNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await provideNeo4j();
  globalThis.__KG_TEST_NEO4J__ = server;
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
  process.env.NEO4J_HTTP_URL = server.httpUrl;
  process.env.NEO4J_BROWSER_URL = `${server.httpUrl}/browser/`;
}
