import { KgError, type Neo4jConnectionConfig } from '../model';
import { authError, probeBolt, waitForBolt } from './bolt-probe';
import { composeDown, composeRunning, composeUp, dockerAnswers } from './docker-compose';
import { ensureLauncherBuilt, launcherAlive, readLogTail, spawnLauncher, stopLauncher } from './maven-launcher';
import { resolveSettings, type Neo4jRuntimeOptions, type RuntimeSettings } from './settings';
import { readState, removeState, type LaunchState } from './state-file';

export type Neo4jKind = 'external' | 'docker' | 'maven';

export interface RunningNeo4j extends Neo4jConnectionConfig {
  kind: Neo4jKind;
  /** Neo4j's HTTP endpoint, e.g. http://localhost:7474 */
  httpUrl: string;
  /** Neo4j Browser, e.g. http://localhost:7474/browser/ */
  browserUrl: string;
  version: string;
  /** From the call to the first answered query, build included. */
  startupMs: number;
  /** Time spent building the Maven launcher (0 when it was up to date). */
  buildMs: number;
  /** False when a server that was already running is reused: stop() then leaves it alone. */
  startedHere: boolean;
  home?: string;
  pid?: number;
  logFile?: string;
  /** Stops the server if, and only if, this call started it. */
  stop(): Promise<void>;
}

/**
 * Provides a running Neo4j: the server named by NEO4J_URI if it answers; else the one this
 * home folder already runs; else a new one through Docker (when an engine answers) or the
 * Maven launcher. Resolves once a query has answered.
 */
export async function startNeo4j(options: Neo4jRuntimeOptions = {}): Promise<RunningNeo4j> {
  const s = resolveSettings(options);
  const started = Date.now();

  if (s.externalUri) {
    const conn = connection(s, s.externalUri);
    const probe = await probeBolt(conn);
    if (probe.ok) return running(s, conn, 'external', probe.version, started, 0, false, {});
    if (probe.reason === 'auth') throw authError(conn, probe.message);
    s.progress(`NEO4J_URI ${s.externalUri} does not answer (${probe.message}); starting a local server instead.`);
  }

  const reused = await reuseRunning(s, started);
  if (reused) return reused;

  const useDocker = s.runtime === 'docker' || (s.runtime === 'auto' && (await dockerAnswers()));
  if (s.runtime === 'docker' && !useDocker) {
    throw new KgError('KG_LAUNCH_FAILED', 'KG_NEO4J_RUNTIME=docker, but no Docker engine answers (`docker info` failed)');
  }
  if (useDocker) {
    await composeUp(s);
    const conn = connection(s, `bolt://localhost:${s.boltPort}`);
    const { version } = await waitForBolt(conn, s.timeoutMs);
    return running(s, conn, 'docker', version, started, 0, true, {});
  }

  const buildMs = await ensureLauncherBuilt(s);
  s.progress(`Starting Neo4j (Maven launcher) on bolt port ${s.boltPort}, http port ${s.httpPort}, home ${s.home}...`);
  const { pid, logFile } = await spawnLauncher(s);
  const conn = connection(s, `bolt://localhost:${s.boltPort}`);
  try {
    const { version } = await waitForBolt(conn, s.timeoutMs, () =>
      launcherAlive(pid) ? undefined : `the Neo4j server exited during startup; last lines of ${logFile}:\n${readLogTail(logFile)}`,
    );
    return running(s, conn, 'maven', version, started, buildMs, true, { pid, logFile });
  } catch (e) {
    // Do not leave a half-started server behind.
    await stopLauncher(s.home, 10_000);
    throw e;
  }
}

/** Stops what `startNeo4j` started in this home folder; never touches anything else. */
export async function stopNeo4j(options: Neo4jRuntimeOptions = {}): Promise<{ stopped?: 'maven' | 'docker'; home: string }> {
  const s = resolveSettings(options);
  const state = readState(s.home);
  if (!state) return { home: s.home };
  if (state.kind === 'maven') {
    s.progress(`Stopping Neo4j (pid ${state.pid})...`);
    await stopLauncher(s.home);
    return { stopped: 'maven', home: s.home };
  }
  s.progress(`Stopping docker compose project ${state.project}...`);
  await composeDown(s.home);
  return { stopped: 'docker', home: s.home };
}

export interface Neo4jStatus {
  home: string;
  /** What `start` launched from this home folder, if anything. */
  launched?: LaunchState & { alive: boolean };
  /** The server a client would use now (NEO4J_URI, else the local ports). */
  uri: string;
  browserUrl: string;
  answering: boolean;
  version?: string;
  problem?: string;
}

export async function neo4jStatus(options: Neo4jRuntimeOptions = {}): Promise<Neo4jStatus> {
  const s = resolveSettings(options);
  const state = readState(s.home);
  let launched: Neo4jStatus['launched'];
  if (state) {
    const alive = state.kind === 'maven' ? launcherAlive(state.pid) : await composeRunning(state.project);
    launched = { ...state, alive };
  }
  const boltPort = launched?.boltPort ?? s.boltPort;
  const httpPort = launched?.httpPort ?? s.httpPort;
  const uri = s.externalUri ?? `bolt://localhost:${boltPort}`;
  const probe = await probeBolt(connection(s, uri));
  return {
    home: s.home,
    launched,
    uri,
    browserUrl: `${httpBase(uri, httpPort)}/browser/`,
    answering: probe.ok,
    version: probe.ok ? probe.version : undefined,
    problem: probe.ok ? undefined : probe.message,
  };
}

async function reuseRunning(s: RuntimeSettings, started: number): Promise<RunningNeo4j | undefined> {
  const state = readState(s.home);
  if (!state) return undefined;
  const alive = state.kind === 'maven' ? launcherAlive(state.pid) : await composeRunning(state.project);
  if (!alive) {
    if (state.kind === 'maven') removeState(s.home); // the JVM died or the machine restarted
    return undefined;
  }
  s.progress(`Neo4j is already running from ${s.home} (${state.kind}); waiting for it to answer...`);
  if (state.boltPort !== s.boltPort || state.httpPort !== s.httpPort) {
    s.progress(`Note: it listens on ports ${state.boltPort}/${state.httpPort}, not the ${s.boltPort}/${s.httpPort} asked for; use another home folder (KG_NEO4J_HOME) for a second server.`);
  }
  const local = { ...s, boltPort: state.boltPort, httpPort: state.httpPort };
  const conn = connection(local, `bolt://localhost:${state.boltPort}`);
  const { version } = await waitForBolt(conn, s.timeoutMs);
  const extra = state.kind === 'maven' ? { pid: state.pid, logFile: `${s.home}/logs/launcher.log` } : {};
  return running(local, conn, state.kind, version, started, 0, false, extra);
}

function connection(s: RuntimeSettings, uri: string): Neo4jConnectionConfig {
  return { uri, user: s.user, password: s.password };
}

function httpBase(boltUri: string, httpPort: number): string {
  let host = 'localhost';
  try {
    host = new URL(boltUri).hostname || host;
  } catch {
    // keep localhost
  }
  return `http://${host}:${httpPort}`;
}

function running(
  s: RuntimeSettings,
  conn: Neo4jConnectionConfig,
  kind: Neo4jKind,
  version: string,
  started: number,
  buildMs: number,
  startedHere: boolean,
  extra: { pid?: number; logFile?: string },
): RunningNeo4j {
  const httpUrl = httpBase(conn.uri, s.httpPort);
  return {
    ...conn,
    kind,
    httpUrl,
    browserUrl: `${httpUrl}/browser/`,
    version,
    startupMs: Date.now() - started,
    buildMs,
    startedHere,
    home: kind === 'external' ? undefined : s.home,
    ...extra,
    stop: async () => {
      if (!startedHere) return;
      if (kind === 'maven') await stopLauncher(s.home);
      if (kind === 'docker') await composeDown(s.home);
    },
  };
}
