// Where Neo4j is and how to log in, read from the environment in one place so that graph/,
// api/, the CLI and the tests agree on names and defaults.

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
}

export const NEO4J_DEFAULTS = {
  user: 'neo4j',
  /** Documented in the README; a local server gets it as its initial password. */
  password: 'kg-password',
  boltPort: 7687,
  httpPort: 7474,
} as const;

/**
 * NEO4J_URI (default bolt://localhost:<NEO4J_BOLT_PORT or 7687>), NEO4J_USER (default neo4j),
 * NEO4J_PASSWORD (default kg-password).
 */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnectionConfig {
  const boltPort = nonEmpty(env.NEO4J_BOLT_PORT) ?? String(NEO4J_DEFAULTS.boltPort);
  return {
    uri: nonEmpty(env.NEO4J_URI) ?? `bolt://localhost:${boltPort}`,
    user: nonEmpty(env.NEO4J_USER) ?? NEO4J_DEFAULTS.user,
    password: nonEmpty(env.NEO4J_PASSWORD) ?? NEO4J_DEFAULTS.password,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
