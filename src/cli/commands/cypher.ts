import type { Command } from 'commander';
import { EXIT } from '../exit-codes';

interface CypherOptions {
  param: string[];
  json?: boolean;
  width: string;
}

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('Run a parameterized Cypher script read-only and print its result (see cypher/README.md)')
    .argument('<file>', 'a .cypher file, or the name of a shipped analytics script (e.g. top-critics)')
    .option('-p, --param <name=value>', 'set a $parameter; numbers, true/false, null and JSON are typed (repeatable)', collect, [])
    .option('--json', 'print {columns, rows} as JSON')
    .option('--width <n>', 'cut table cells longer than n characters (0: never)', '60')
    .addHelpText(
      'after',
      '\nDefaults come from the script\'s "// :param name => value" header lines.\n' +
        'Connection: NEO4J_URI (bolt://localhost:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE.\n' +
        'Example: kg cypher top-critics --param limit=5',
    )
    .action(async (file: string, opts: CypherOptions) => {
      const { connectionFromEnv, createDriver, loadCypherScript, parseParamAssignments, runCypherScript } = await import(
        '../../graph'
      );
      const params = parseParamAssignments(opts.param);
      const script = loadCypherScript(file);
      const config = connectionFromEnv();
      const driver = createDriver(config);
      let result;
      try {
        result = await runCypherScript(driver, script, params, { database: process.env.NEO4J_DATABASE, where: config.uri });
      } finally {
        await driver.close();
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      } else {
        const { formatTable } = await import('../format-table');
        process.stdout.write(formatTable(result.columns, result.rows, Number(opts.width) || 0));
      }
      process.exitCode = EXIT.OK;
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
