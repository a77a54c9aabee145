// The seed graph as the real ingest builds it from seeds/ (read → extract → load). Idempotent:
// a test file that needs it loads it, whatever ran before.
import { join, relative } from 'path';
import type { Driver } from 'neo4j-driver';
import { ingestDocuments } from '../../src/graph';
import { readSources } from '../../src/sources';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export async function loadSeedGraph(driver: Driver): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { extractDocument } = require('../../src/extract') as typeof import('../../src/extract');
  // Sources are stored as given: name the folder as `kg ingest seeds/` at the project root does,
  // or the same article would load a second time under another source and count twice.
  const seeds = relative(process.cwd(), SEEDS_DIR) || '.';
  const summary = await ingestDocuments(driver, readSources([seeds]), { extract: extractDocument });
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failures)}`);
}
