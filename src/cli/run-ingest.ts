// `kg ingest` as a function, shared with `kg demo`: read → extract → load, with the progress
// bar, problem lines and summary on the terminal. Returns the exit code.
import type { ExtractedDocument, SourceDocument } from '../model';
import { isKgError } from '../model';
import type { IngestSummary } from '../graph';
import { countDocuments } from './count-documents';
import { EXIT } from './exit-codes';
import { ProgressBar, formatDuration } from './progress-bar';

export interface RunIngestOptions {
  batchSize?: number;
  /** Draw the progress bar (only ever on a TTY). */
  progress?: boolean;
  json?: boolean;
}

export async function runIngest(paths: string[], opts: RunIngestOptions): Promise<number> {
  const graph = await import('../graph');
  const { readSources } = await import('../sources');
  const { extractDocument } = loadExtractor();
  const config = graph.connectionFromEnv();
  const driver = graph.createDriver(config);
  const bar = opts.progress === false ? undefined : ProgressBar.forStderr(await countDocuments(paths));
  const say = (line: string): void => {
    bar?.clear();
    process.stderr.write(`kg: ${line}\n`);
  };
  try {
    const summary = await graph.ingestDocuments(driver, readSources(paths), {
      extract: extractDocument,
      batchSize: opts.batchSize,
      where: config.uri,
      onProgress: (p) => bar?.update(p.processed, p.failed),
      onNotice: (source, message) => say(`${source}: ${message}`),
      onFailure: (f) => say(`${f.source}: ${f.message} (skipped)`),
      onRetry: (attempt, delayMs) => say(`Neo4j not answering; retry ${attempt} in ${formatDuration(delayMs / 1000)}`),
    });
    bar?.clear();
    process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    const written = summary.new + summary.updated + summary.unchanged;
    if (summary.failed === 0) return EXIT.OK;
    return written === 0 ? EXIT.BAD_INPUT : EXIT.PARTIAL;
  } catch (e) {
    bar?.clear();
    const partial = isKgError(e) ? (e.details.summary as IngestSummary | undefined) : undefined;
    if (partial) process.stderr.write(formatCounts(partial));
    throw e;
  } finally {
    await driver.close();
  }
}

export function formatSummary(s: IngestSummary): string {
  const processed = s.new + s.unchanged + s.updated + s.failed;
  const rate = s.seconds > 0 ? processed / s.seconds : 0;
  const delta = (n: number): string => (n === 0 ? '' : ` (${n > 0 ? '+' : ''}${n})`);
  return (
    `Ingested ${processed} document(s) in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} documents/s)\n` +
    formatCounts(s) +
    `  graph now: ${s.after.documents} documents${delta(s.after.documents - s.before.documents)}, ` +
    `${s.after.entities} entities${delta(s.after.entities - s.before.entities)}, ` +
    `${s.after.relationships} relationships${delta(s.after.relationships - s.before.relationships)}, ` +
    `${s.after.claims} claims${delta(s.after.claims - s.before.claims)}\n` +
    s.failures.map((f) => `  failed: ${f.source}: ${f.message}\n`).join('')
  );
}

function formatCounts(s: IngestSummary): string {
  return `  documents: ${s.new} new, ${s.unchanged} unchanged, ${s.updated} updated, ${s.failed} failed\n`;
}

/** The extractor, required lazily (its gazetteers take a moment to load). */
export function loadExtractor(): { extractDocument: (d: SourceDocument) => ExtractedDocument } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('../extract') as { extractDocument: (d: SourceDocument) => ExtractedDocument };
}
