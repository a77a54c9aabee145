import type { Command } from 'commander';
import { registerCypher } from './cypher';
import { registerDb } from './db';
import { registerDbMigrate } from './db-migrate';
import { registerDemo } from './demo';
import { registerEval } from './eval';
import { registerExtract } from './extract';
import { registerForget } from './forget';
import { registerIngest } from './ingest';
import { registerServe } from './serve';

// Each command lives in its own file and loads its heavy modules (driver, Apollo) lazily
// inside its action, so `kg --help` and `kg extract` start fast. Registered in the order a
// newcomer meets them in `kg --help`: the main job first, then the pipeline stages.
export function registerCommands(program: Command): void {
  registerDemo(program);
  registerDbMigrate(registerDb(program));
  registerIngest(program);
  registerForget(program);
  registerExtract(program);
  registerEval(program);
  registerServe(program);
  registerCypher(program);
}
