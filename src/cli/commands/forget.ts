import type { Command } from 'commander';
import { EXIT } from '../exit-codes';

export function registerForget(program: Command): void {
  program
    .command('forget')
    .description('Remove documents from the graph, with the claims, relationships and entities only they supported')
    .argument('<sources...>', 'document sources as ingested (e.g. seeds/a.txt), or a folder ending in / for all under it')
    .addHelpText('after', '\nExit codes: 0 all removed; 1 some sources were not in the graph; 69 Neo4j unavailable.')
    .action(async (sources: string[]) => {
      const graph = await import('../../graph');
      const path = await import('path');
      const config = graph.connectionFromEnv();
      const driver = graph.createDriver(config);
      try {
        // A source is stored as the reader named it; accept "./a.txt" for "a.txt" too.
        const candidates = new Set<string>();
        const found = new Map<string, string[]>();
        for (const s of sources) {
          const names = s.endsWith('/') ? await graph.sourcesUnder(driver, path.normalize(s), config.uri) : [s, path.normalize(s)];
          found.set(s, names);
          names.forEach((n) => candidates.add(n));
        }
        const removed = new Set(await graph.forgetSources(driver, [...candidates], config.uri));
        const missing = sources.filter((s) => !found.get(s)!.some((n) => removed.has(n)));
        const counts = await graph.countGraph(driver);
        for (const s of removed) process.stdout.write(`forgot ${s}\n`);
        for (const s of missing) process.stderr.write(`kg: ${s}: not in the graph\n`);
        process.stdout.write(
          `graph now: ${counts.documents} documents, ${counts.entities} entities, ${counts.relationships} relationships, ${counts.claims} claims\n`,
        );
        process.exitCode = missing.length > 0 ? EXIT.PARTIAL : EXIT.OK;
      } finally {
        await driver.close();
      }
    });
}
