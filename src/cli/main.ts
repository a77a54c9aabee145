import { Command, CommanderError } from 'commander';
import { isKgError, KgError } from '../model';
import { EXIT } from './exit-codes';
import { registerCommands } from './commands';

/** Entry point of `kg`: returns the exit code, never calls process.exit itself. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('kg')
    .description('Build a knowledge graph of who criticized, met or allied with whom, from news text, in Neo4j.')
    .version(readVersion())
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  if (isKgError(e)) {
    process.stderr.write(`kg: ${e.message} [${e.code}]\n`);
    return exitCodeFor(e);
  }
  process.stderr.write(`kg: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.INTERNAL;
}

export function exitCodeFor(e: KgError): number {
  switch (e.code) {
    case 'KG_USAGE':
      return EXIT.USAGE;
    case 'KG_BAD_INPUT':
      return EXIT.BAD_INPUT;
    case 'KG_NEO4J_UNAVAILABLE':
    case 'KG_NEO4J_AUTH':
    case 'KG_LAUNCH_FAILED':
      return EXIT.UNAVAILABLE;
    default:
      return EXIT.INTERNAL;
  }
}

function readVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (require('../../package.json') as { version: string }).version;
}
