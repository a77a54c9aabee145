// The benchmark corpus as documents, and loading it end to end (extraction included) with the
// real loader. Shared with the GraphQL benchmark, which wants the same 10,000-document graph:
// `ingestBenchGraph(driver, { documents: 10_000 })` on an empty database builds it.
import { join, resolve } from 'path';
import type { Driver } from 'neo4j-driver';
import type { ExtractedDocument, SourceDocument } from '../dist/model';
import type { IngestOptions, IngestSummary } from '../dist/graph';
import type { SourceItem } from '../dist/sources';
import { generateArticles } from './news-generator';

export const ROOT = resolve(__dirname, '..', '..');
export const BENCH_SEED = 20240501;

type Graph = typeof import('../dist/graph');
type Extract = { extractDocument: (d: SourceDocument) => ExtractedDocument };

/** The compiled project (dist/), as `kg` runs it. */
export function loadProject(): { graph: Graph; extract: Extract } {
  return {
    graph: require(join(ROOT, 'dist/graph/index.js')) as Graph,
    extract: require(join(ROOT, 'dist/extract/index.js')) as Extract,
  };
}

export const WORDS_PER_DOCUMENT = 400;

/**
 * `count` news-like documents of about 400 words, the same on every run: sources
 * `bench/doc-000001.txt`, ... An article shorter than that is followed by paragraphs of the next.
 */
export function* benchDocuments(count: number, seed = BENCH_SEED): Generator<SourceDocument> {
  const articles = generateArticles(seed);
  const next = (): { title: string; date: string; text: string } => articles.next().value as { title: string; date: string; text: string };
  for (let i = 1; i <= count; i++) {
    const a = next();
    const paragraphs = a.text.split('\n\n');
    let words = wordsIn(a.text);
    for (const extra of next().text.split('\n\n')) {
      if (words >= WORDS_PER_DOCUMENT) break;
      paragraphs.push(extra);
      words += wordsIn(extra);
    }
    yield { source: `bench/doc-${String(i).padStart(6, '0')}.txt`, text: paragraphs.join('\n\n'), title: a.title, date: a.date };
  }
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

export async function* asItems(docs: Iterable<SourceDocument>): AsyncGenerator<SourceItem> {
  for (const document of docs) yield { kind: 'document', document };
}

export interface BenchIngestResult {
  summary: IngestSummary;
  /** Time spent inside the extractor. */
  extractSeconds: number;
  /** Claims written (relations stated in documents). */
  claims: number;
}

/** Generates and ingests the corpus end to end. */
export async function ingestBenchGraph(
  driver: Driver,
  options: { documents: number; batchSize?: number; onProgress?: IngestOptions['onProgress'] },
): Promise<BenchIngestResult> {
  const { graph, extract } = loadProject();
  let extractMs = 0;
  const summary = await graph.ingestDocuments(driver, asItems(benchDocuments(options.documents)), {
    extract: (doc) => {
      const t = performance.now();
      const out = extract.extractDocument(doc);
      extractMs += performance.now() - t;
      return out;
    },
    batchSize: options.batchSize,
    onProgress: options.onProgress,
  });
  return { summary, extractSeconds: extractMs / 1000, claims: summary.after.claims - summary.before.claims };
}
