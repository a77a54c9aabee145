// The seed graph as the real ingest builds it from seeds/ (read → extract → load). Idempotent:
// a test file that needs it loads it, whatever ran before.
import { join } from 'path';
import type { Driver } from 'neo4j-driver';
import { ingestDocuments } from '../../src/graph';
import { readSources } from '../../src/sources';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export async function loadSeedGraph(driver: Driver): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { extractDocument } = require('../../src/extract') as typeof import('../../src/extract');
  const summary = await ingestDocuments(driver, readSources([SEEDS_DIR]), { extract: extractDocument });
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failures)}`);
}
