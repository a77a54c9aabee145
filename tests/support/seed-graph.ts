// The seed graph: seeds/ read, extracted and loaded by the real pipeline, the same as
// `kg ingest seeds/`. Loading is idempotent (unchanged documents are skipped by content hash),
// so every test file that needs it just calls this; it stays for the next file.
import * as path from 'path';
import type { Driver } from 'neo4j-driver';
import { extractDocument } from '../../src/extract';
import { ingestDocuments } from '../../src/graph';
import { readSources } from '../../src/sources';

const SEEDS_DIR = path.resolve(__dirname, '..', '..', 'seeds');

export async function ensureSeedGraph(driver: Driver): Promise<void> {
  // Sources are stored as given: give the path as `kg ingest seeds/` run at the project root
  // does, or the same articles would load a second time under other names.
  const seeds = path.relative(process.cwd(), SEEDS_DIR) || '.';
  const summary = await ingestDocuments(driver, readSources([seeds]), { extract: extractDocument });
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failures)}`);
}
