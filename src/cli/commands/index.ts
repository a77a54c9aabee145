import type { Command } from 'commander';
import { registerCypher } from './cypher';
import { registerIngest } from './ingest';
import { registerForget } from './forget';

// Each command lives in its own file and loads its heavy modules (driver, Apollo) lazily
// inside its action, so `kg --help` and `kg extract` start fast. Add one line per command.
export function registerCommands(program: Command): void {
  void program;
  registerCypher(program);
  registerIngest(program);
  registerForget(program);
}
