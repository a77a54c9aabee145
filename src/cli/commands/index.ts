import type { Command } from 'commander';
import { registerEval } from './eval';
import { registerCypher } from './cypher';
import { registerIngest } from './ingest';
import { registerForget } from './forget';
import { registerServe } from './serve';
import { registerExtract } from './extract';
import { registerDb } from './db';
import { registerDbMigrate } from './db-migrate';
import { registerDemo } from './demo';

// Each command lives in its own file and loads its heavy modules (driver, Apollo) lazily
// inside its action, so `kg --help` and `kg extract` start fast. Add one line per command.
export function registerCommands(program: Command): void {
  void program;
  registerEval(program);
  registerCypher(program);
  registerIngest(program);
  registerForget(program);
  registerServe(program);
  registerExtract(program);
  registerDbMigrate(registerDb(program));
  registerDemo(program);
}
