import * as path from 'path';
import { KgError, NEO4J_DEFAULTS, neo4jConfigFromEnv } from '../model';

export type RuntimeChoice = 'auto' | 'docker' | 'maven';

/** What the caller may set; anything left out comes from the environment, then the defaults. */
export interface Neo4jRuntimeOptions {
  /** A server to use instead of starting one (NEO4J_URI). */
  uri?: string;
  user?: string;
  password?: string;
  boltPort?: number;
  httpPort?: number;
  /** Data, logs and pid file of a local server (KG_NEO4J_HOME, default <project>/.neo4j). */
  home?: string;
  /** KG_NEO4J_RUNTIME: auto = Docker when an engine answers, else the Maven launcher. */
  runtime?: RuntimeChoice;
  /** JVM max heap of the Maven launcher (KG_NEO4J_HEAP, default 1g). */
  heap?: string;
  /** Page cache of the Maven launcher (KG_NEO4J_PAGECACHE, default 256m). */
  pageCache?: string;
  /** How long to wait for Bolt to answer, build excluded (default 180 s). */
  timeoutMs?: number;
  onProgress?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface RuntimeSettings {
  /** Set only when the caller named a server explicitly (option or NEO4J_URI). */
  externalUri?: string;
  user: string;
  password: string;
  boltPort: number;
  httpPort: number;
  home: string;
  runtime: RuntimeChoice;
  heap: string;
  pageCache: string;
  timeoutMs: number;
  projectRoot: string;
  progress: (message: string) => void;
}

/** The project checkout: src/neo4j-runtime and dist/neo4j-runtime both sit two levels down. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export function resolveSettings(options: Neo4jRuntimeOptions = {}): RuntimeSettings {
  const env = options.env ?? process.env;
  const fromEnv = neo4jConfigFromEnv(env);
  const home = options.home ?? blankToUndefined(env.KG_NEO4J_HOME);
  return {
    externalUri: options.uri ?? blankToUndefined(env.NEO4J_URI),
    user: options.user ?? fromEnv.user,
    password: options.password ?? fromEnv.password,
    boltPort: options.boltPort ?? parsePort('NEO4J_BOLT_PORT', env.NEO4J_BOLT_PORT, NEO4J_DEFAULTS.boltPort),
    httpPort: options.httpPort ?? parsePort('NEO4J_HTTP_PORT', env.NEO4J_HTTP_PORT, NEO4J_DEFAULTS.httpPort),
    home: home ? path.resolve(home) : path.join(PROJECT_ROOT, '.neo4j'),
    runtime: options.runtime ?? parseRuntime(env.KG_NEO4J_RUNTIME),
    heap: options.heap ?? blankToUndefined(env.KG_NEO4J_HEAP) ?? '1g',
    pageCache: options.pageCache ?? blankToUndefined(env.KG_NEO4J_PAGECACHE) ?? '256m',
    timeoutMs: options.timeoutMs ?? 180_000,
    projectRoot: PROJECT_ROOT,
    progress: options.onProgress ?? (() => undefined),
  };
}

export function parsePort(name: string, value: string | undefined, fallback: number): number {
  const text = blankToUndefined(value);
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new KgError('KG_USAGE', `${name} must be a port number (1-65535), got '${text}'`);
  }
  return port;
}

function parseRuntime(value: string | undefined): RuntimeChoice {
  const text = blankToUndefined(value) ?? 'auto';
  if (text === 'auto' || text === 'docker' || text === 'maven') return text;
  throw new KgError('KG_USAGE', `KG_NEO4J_RUNTIME must be auto, docker or maven, got '${text}'`);
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
