import type { Command } from 'commander';

/** `kg db migrate`: attaches to the `kg db` command (see db.ts). */
export function registerDbMigrate(db: Command): void {
  db.command('migrate')
    .description('Create the constraints and indexes of cypher/schema.cypher (idempotent; kg ingest does it too)')
    .addHelpText('after', '\nConnects to NEO4J_URI (default bolt://localhost:7687) as NEO4J_USER / NEO4J_PASSWORD.')
    .action(async () => {
      const graph = await import('../../graph');
      const config = graph.connectionFromEnv();
      const driver = graph.createDriver(config);
      try {
        const statements = await graph.applySchema(driver).catch((e: unknown) => {
          throw graph.toKgError(e, config.uri);
        });
        process.stdout.write(`Schema applied at ${config.uri}: ${statements} statements from ${graph.SCHEMA_FILE}\n`);
      } finally {
        await driver.close();
      }
    });
}
