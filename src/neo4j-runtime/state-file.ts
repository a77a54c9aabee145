import * as fs from 'fs';
import * as path from 'path';

/**
 * What `start` launched, kept in the server's home folder so that a later `stop` (another
 * process) stops exactly that and nothing else.
 */
export type LaunchState =
  | { kind: 'maven'; pid: number; boltPort: number; httpPort: number; startedAt: string }
  | { kind: 'docker'; project: string; composeFile: string; boltPort: number; httpPort: number; startedAt: string };

const FILE = 'kg-neo4j.json';

export function stateFilePath(home: string): string {
  return path.join(home, FILE);
}

export function readState(home: string): LaunchState | undefined {
  try {
    return JSON.parse(fs.readFileSync(stateFilePath(home), 'utf8')) as LaunchState;
  } catch {
    return undefined;
  }
}

export function writeState(home: string, state: LaunchState): void {
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(stateFilePath(home), JSON.stringify(state, null, 2) + '\n');
}

export function removeState(home: string): void {
  fs.rmSync(stateFilePath(home), { force: true });
}
