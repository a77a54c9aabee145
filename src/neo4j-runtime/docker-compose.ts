import { spawn } from 'child_process';
import * as path from 'path';
import { KgError } from '../model';
import { tail } from './maven-launcher';
import type { RuntimeSettings } from './settings';
import { readState, removeState, writeState } from './state-file';

/** True when a Docker engine answers (the CLI alone is not enough). */
export async function dockerAnswers(): Promise<boolean> {
  const result = await runDocker(['info', '--format', '{{.ServerVersion}}'], {}, 15_000).catch(() => undefined);
  return result !== undefined && result.code === 0 && result.text.trim() !== '';
}

/** One compose project per Bolt port, so instances on other ports keep their own volume. */
export function composeProject(settings: RuntimeSettings): string {
  return `kg-neo4j-${settings.boltPort}`;
}

export async function composeUp(settings: RuntimeSettings): Promise<string> {
  const composeFile = path.join(settings.projectRoot, 'docker-compose.yml');
  const project = composeProject(settings);
  settings.progress(`Starting neo4j:5.26-community with docker compose (project ${project})...`);
  const result = await runDocker(['compose', '-f', composeFile, '-p', project, 'up', '-d'], composeEnv(settings), 15 * 60_000);
  if (result.code !== 0) {
    throw new KgError('KG_LAUNCH_FAILED', `docker compose up failed (exit ${result.code}):\n${tail(result.text, 30)}`);
  }
  writeState(settings.home, {
    kind: 'docker',
    project,
    composeFile,
    boltPort: settings.boltPort,
    httpPort: settings.httpPort,
    startedAt: new Date().toISOString(),
  });
  return project;
}

/** `docker compose down` for the project that `composeUp` recorded; the named volume stays. */
export async function composeDown(home: string): Promise<boolean> {
  const state = readState(home);
  if (!state || state.kind !== 'docker') return false;
  const result = await runDocker(['compose', '-f', state.composeFile, '-p', state.project, 'down'], {}, 5 * 60_000);
  if (result.code !== 0) {
    throw new KgError('KG_LAUNCH_FAILED', `docker compose down failed (exit ${result.code}):\n${tail(result.text, 30)}`);
  }
  removeState(home);
  return true;
}

export async function composeRunning(project: string): Promise<boolean> {
  const result = await runDocker(['compose', '-p', project, 'ps', '--status', 'running', '-q'], {}, 30_000).catch(() => undefined);
  return result !== undefined && result.code === 0 && result.text.trim() !== '';
}

function composeEnv(settings: RuntimeSettings): NodeJS.ProcessEnv {
  return {
    NEO4J_PASSWORD: settings.password,
    NEO4J_BOLT_PORT: String(settings.boltPort),
    NEO4J_HTTP_PORT: String(settings.httpPort),
  };
}

function runDocker(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, timeout: timeoutMs });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, text }));
  });
}
