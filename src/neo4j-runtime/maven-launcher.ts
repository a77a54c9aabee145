import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { KgError } from '../model';
import { messageOf, sleep } from './bolt-probe';
import type { RuntimeSettings } from './settings';
import { readState, removeState, writeState } from './state-file';

const MAIN_CLASS = 'kg.neo4jlocal.Main';

// The flags the Neo4j distribution passes to its own JVM (minus AlwaysPreTouch, which would
// commit the whole heap up front: several instances share this machine).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

function moduleDir(settings: RuntimeSettings): string {
  return path.join(settings.projectRoot, 'neo4j-local');
}

/** Hash of everything the build reads: a changed pom or launcher class means a rebuild. */
function buildInputsHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const files = [path.join(dir, 'pom.xml'), ...listFiles(path.join(dir, 'src'))].sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Builds neo4j-local/ with Maven unless an up-to-date build is there. Several processes may
 * ask at once (parallel starts in one checkout), so the build runs under a lock.
 * Returns the build time in ms, or 0 when nothing had to be built.
 */
export async function ensureLauncherBuilt(settings: RuntimeSettings): Promise<number> {
  const dir = moduleDir(settings);
  if (!fs.existsSync(path.join(dir, 'pom.xml'))) {
    throw new KgError('KG_LAUNCH_FAILED', `the Neo4j launcher module is missing (${dir}/pom.xml)`);
  }
  const stamp = path.join(dir, 'target', '.kg-build-hash');
  const wanted = buildInputsHash(dir);
  const upToDate = () => fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted;
  if (upToDate()) return 0;

  const release = await acquireLock(path.join(os.tmpdir(), `kg-neo4j-build-${hashOf(dir)}.lock`), settings);
  try {
    if (upToDate()) return 0;
    settings.progress('Building the Neo4j launcher with Maven (an empty ~/.m2 means downloading about 180 MB from Maven Central)...');
    const started = Date.now();
    const extra = (process.env.KG_MAVEN_ARGS ?? '').split(/\s+/).filter(Boolean);
    const output = await run('mvn', ['-B', '-q', ...extra, '-f', path.join(dir, 'pom.xml'), 'package'], dir);
    if (output.code !== 0) {
      throw new KgError('KG_LAUNCH_FAILED', `building the Neo4j launcher failed (mvn exit ${output.code}):\n${tail(output.text, 40)}`);
    }
    fs.writeFileSync(stamp, wanted);
    return Date.now() - started;
  } finally {
    release();
  }
}

/** Spawns the server JVM detached, with its output in <home>/logs/launcher.log. */
export async function spawnLauncher(settings: RuntimeSettings): Promise<{ pid: number; logFile: string }> {
  for (const port of [settings.boltPort, settings.httpPort]) {
    if (!(await portIsFree(port))) {
      throw new KgError(
        'KG_LAUNCH_FAILED',
        `port ${port} on localhost is already in use by another process. Choose other ports with ` +
          'NEO4J_BOLT_PORT / NEO4J_HTTP_PORT (or --bolt-port / --http-port), or set NEO4J_URI to use a server that is already running.',
        { port },
      );
    }
  }
  const target = path.join(moduleDir(settings), 'target');
  const logDir = path.join(settings.home, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, 'launcher.log');
  const log = fs.openSync(logFile, 'a');
  fs.writeSync(log, `\n=== ${new Date().toISOString()} starting Neo4j (bolt ${settings.boltPort}, http ${settings.httpPort})\n`);

  const classpath = [path.join(target, 'neo4j-local.jar'), path.join(target, 'lib', '*'), path.join(target, 'plugins', '*')].join(
    path.delimiter,
  );
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, [`-Xms256m`, `-Xmx${settings.heap}`, ...JVM_FLAGS, '-cp', classpath, MAIN_CLASS], {
    cwd: settings.home,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      KG_NEO4J_HOME: settings.home,
      NEO4J_BOLT_PORT: String(settings.boltPort),
      NEO4J_HTTP_PORT: String(settings.httpPort),
      NEO4J_PASSWORD: settings.password,
      KG_NEO4J_PAGECACHE: settings.pageCache,
    },
  });
  fs.closeSync(log);
  const pid = await new Promise<number>((resolve, reject) => {
    child.once('error', (e) =>
      reject(new KgError('KG_LAUNCH_FAILED', `cannot run ${java}: ${messageOf(e)}. Install Java 17+ (and Maven), or Docker.`, {}, { cause: e })),
    );
    child.once('spawn', () => resolve(child.pid as number));
  });
  child.unref();
  writeState(settings.home, {
    kind: 'maven',
    pid,
    boltPort: settings.boltPort,
    httpPort: settings.httpPort,
    startedAt: new Date().toISOString(),
  });
  return { pid, logFile };
}

/** True while `pid` is alive and (where /proc tells) really is our launcher, not a reused pid. */
export function launcherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

/** Stops the launcher recorded in <home>: SIGTERM (clean shutdown), SIGKILL after `graceMs`. */
export async function stopLauncher(home: string, graceMs = 60_000): Promise<boolean> {
  const state = readState(home);
  if (!state || state.kind !== 'maven') return false;
  if (launcherAlive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (launcherAlive(state.pid) && Date.now() < deadline) await sleep(250);
    if (launcherAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
    while (launcherAlive(state.pid)) await sleep(100);
  }
  removeState(home);
  return true;
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function readLogTail(file: string, lines = 30): string {
  try {
    return tail(fs.readFileSync(file, 'utf8'), lines);
  } catch {
    return '(no log)';
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', (e) =>
      reject(new KgError('KG_LAUNCH_FAILED', `cannot run ${command}: ${messageOf(e)}. Install Maven and Java 17+, or Docker.`, {}, { cause: e })),
    );
    child.once('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

function hashOf(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A directory as a lock (mkdir is atomic); a lock older than 20 minutes is left over from a crash. */
async function acquireLock(lockDir: string, settings: RuntimeSettings): Promise<() => void> {
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const stat = fs.statSync(lockDir, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 20 * 60_000) fs.rmSync(lockDir, { recursive: true, force: true });
      if (!told) settings.progress('Waiting for another process that is building the Neo4j launcher...');
      told = true;
      await sleep(1_000);
    }
  }
}
