import { InvalidArgumentError, type Command } from 'commander';

interface IngestFlags {
  batchSize: number;
  progress: boolean;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract entities and relations from news files and load them into Neo4j (idempotent)')
    .argument('<paths...>', 'files or directories (.txt .md .html .json .jsonl), walked recursively')
    .option('--batch-size <n>', 'whole documents per transaction', positiveInt, 100)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nConnects to NEO4J_URI (default bolt://localhost:7687) as NEO4J_USER / NEO4J_PASSWORD.\n' +
        'Documents already in the graph with the same text are skipped; a changed document replaces\n' +
        'its earlier contribution. Each document is written whole or not at all: after an interruption,\n' +
        'run the same command again.\n' +
        'Exit codes: 0 all loaded; 1 some inputs failed (named on stderr), the rest loaded;\n' +
        '65 no input could be read; 69 Neo4j unavailable.',
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const { runIngest } = await import('../run-ingest');
      process.exitCode = await runIngest(paths, flags);
    });
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
