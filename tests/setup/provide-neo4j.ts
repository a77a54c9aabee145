// Which Neo4j the integration tests use: NEO4J_URI when it answers; else a throw-away container
// when Docker answers; else the Maven launcher on its own ports and home folder, so that a
// developer's server on 7687/7474 is never touched.
import * as path from 'path';
import { dockerAnswers, NEO4J_DEFAULTS, PROJECT_ROOT, probeBolt, startNeo4j } from '../../src/neo4j-runtime';

export interface TestNeo4j {
  kind: 'external' | 'testcontainers' | 'docker' | 'maven';
  uri: string;
  user: string;
  password: string;
  httpUrl: string;
  /** Stops the server only if the setup started it. */
  stop(): Promise<void>;
}

const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);

export async function provideNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<TestNeo4j> {
  const user = env.NEO4J_USER || NEO4J_DEFAULTS.user;
  const password = env.NEO4J_PASSWORD || NEO4J_DEFAULTS.password;

  if (env.NEO4J_URI) {
    const conn = { uri: env.NEO4J_URI, user, password };
    const probe = await probeBolt(conn);
    if (probe.ok) {
      log(`using NEO4J_URI ${conn.uri} (Neo4j ${probe.version})`);
      const httpUrl = env.NEO4J_HTTP_URL || `http://${new URL(conn.uri).hostname}:${env.NEO4J_HTTP_PORT || NEO4J_DEFAULTS.httpPort}`;
      return { kind: 'external', ...conn, httpUrl, stop: async () => undefined };
    }
    if (probe.reason === 'auth') throw new Error(`NEO4J_URI ${conn.uri} refused the credentials: ${probe.message}`);
    log(`NEO4J_URI ${conn.uri} does not answer (${probe.message}); starting a server for the tests`);
  }

  if (env.KG_NEO4J_RUNTIME !== 'maven' && (await dockerAnswers())) {
    return startContainer(user, password);
  }

  const withoutUri = { ...env, NEO4J_URI: '' };
  const server = await startNeo4j({
    env: withoutUri,
    runtime: 'maven',
    user,
    password,
    home: env.KG_TEST_NEO4J_HOME || path.join(PROJECT_ROOT, '.neo4j', 'test'),
    boltPort: Number(env.KG_TEST_BOLT_PORT || 7697),
    httpPort: Number(env.KG_TEST_HTTP_PORT || 7484),
    onProgress: log,
  });
  log(
    `${server.startedHere ? 'started' : 'reusing'} Neo4j ${server.version} at ${server.uri}` +
      (server.startedHere ? ` in ${(server.startupMs / 1000).toFixed(1)} s` : ''),
  );
  return { kind: 'maven', uri: server.uri, user, password, httpUrl: server.httpUrl, stop: () => server.stop() };
}

async function startContainer(user: string, password: string): Promise<TestNeo4j> {
  log('starting neo4j:5.26-community with testcontainers');
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer('neo4j:5.26-community')
    .withEnvironment({
      NEO4J_AUTH: `${user}/${password}`,
      NEO4J_PLUGINS: '["apoc"]',
      NEO4J_dbms_security_procedures_unrestricted: 'apoc.*',
      NEO4J_server_memory_pagecache_size: '256m',
      NEO4J_server_memory_heap_max__size: '1g',
    })
    .withExposedPorts(7687, 7474)
    .withWaitStrategy(Wait.forLogMessage(/Started\./))
    .withStartupTimeout(300_000)
    .start();
  const host = container.getHost();
  return {
    kind: 'testcontainers',
    uri: `bolt://${host}:${container.getMappedPort(7687)}`,
    user,
    password,
    httpUrl: `http://${host}:${container.getMappedPort(7474)}`,
    stop: async () => {
      await container.stop();
    },
  };
}
