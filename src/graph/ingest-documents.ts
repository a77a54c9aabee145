// The loading half of `kg ingest`: documents stream in, unchanged ones are skipped by content
// hash, the rest are extracted, planned and written in batches of whole documents, one
// transaction per batch. While one batch is being written the next is being extracted.
// Atomic batches plus the hash skip make a rerun after a failure finish the job with nothing
// lost or doubled.
import * as path from 'path';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../model';
import type { ExtractedDocument, SourceDocument } from '../model';
import type { SourceItem } from '../sources';
import { toKgError } from './errors';
import { countGraph, readDocumentHashes, readResolver } from './graph-state';
import type { GraphCounts } from './graph-state';
import type { EntityResolver } from './entity-resolver';
import { planDocument, textHash } from './plan-document';
import type { DocumentPlan } from './plan-document';
import { DEFAULT_RETRY, withRetry } from './retry';
import type { RetryOptions } from './retry';
import { applySchema } from './schema';
import { writeDocuments } from './write-documents';

export interface IngestProgress {
  /** Documents finished: written, unchanged or failed. */
  processed: number;
  failed: number;
}

export interface IngestFailure {
  source: string;
  message: string;
}

export interface IngestSummary {
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  failures: IngestFailure[];
  /** Graph totals before and after the run. */
  before: GraphCounts;
  after: GraphCounts;
  seconds: number;
}

export interface IngestOptions {
  extract: (doc: SourceDocument) => ExtractedDocument | Promise<ExtractedDocument>;
  /** Whole documents per transaction. */
  batchSize?: number;
  retry?: RetryOptions;
  /** The server's URI, for messages. */
  where?: string;
  /** Apply cypher/schema.cypher first (default true). */
  migrate?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** A reader warning or a skipped file: reported, not counted as a failure. */
  onNotice?: (source: string, message: string) => void;
  onFailure?: (failure: IngestFailure) => void;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

export const DEFAULT_BATCH_SIZE = 100;

interface Pending {
  extracted: ExtractedDocument;
  hash: string;
  replacing: boolean;
}

export async function ingestDocuments(
  driver: Driver,
  items: AsyncIterable<SourceItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  return new Ingest(driver, options).run(items);
}

class Ingest {
  private readonly started = performance.now();
  private readonly where: string;
  private readonly batchSize: number;
  private hashes = new Map<string, string>();
  /** Content hash → a source holding that text. */
  private readonly sourceOf = new Map<string, string>();
  private resolver!: EntityResolver;
  private pending: Pending[] = [];
  private readonly pendingSources = new Set<string>();
  private inFlight: Promise<void> | null = null;
  private readonly progress: IngestProgress = { processed: 0, failed: 0 };
  private readonly counts = { new: 0, unchanged: 0, updated: 0 };
  private readonly failures: IngestFailure[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly options: IngestOptions,
  ) {
    this.where = options.where ?? 'the configured address';
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  }

  async run(items: AsyncIterable<SourceItem>): Promise<IngestSummary> {
    // No retry here: if no server answers at the start, say so at once.
    const before = await this.guard(async () => {
      if (this.options.migrate !== false) await applySchema(this.driver);
      this.hashes = await readDocumentHashes(this.driver);
      for (const [source, hash] of this.hashes) if (!this.sourceOf.has(hash)) this.sourceOf.set(hash, source);
      this.resolver = await readResolver(this.driver);
      return countGraph(this.driver);
    });
    try {
      for await (const item of items) await this.take(item);
      await this.flush();
      await this.inFlight;
    } catch (e) {
      throw this.interrupted(toKgError(e, this.where), before);
    }
    const after = await this.guard(() => countGraph(this.driver));
    return this.summary(before, after);
  }

  private async take(item: SourceItem): Promise<void> {
    if (item.kind === 'warning' || item.kind === 'skipped') {
      this.options.onNotice?.(item.source, item.message);
      return;
    }
    if (item.kind === 'error') {
      this.fail(item.source, item.line === undefined ? item.message : `line ${item.line}: ${item.message}`);
      return;
    }
    // "./a.txt" and "a.txt" are one source: otherwise one file would count as two documents.
    const doc = { ...item.document, source: path.normalize(item.document.source) };
    const hash = textHash(doc.text);
    if (this.pendingSources.has(doc.source)) {
      // The same source twice in one run: let the first reach the graph before comparing.
      await this.flush();
      await this.inFlight;
    }
    const held = this.hashes.get(doc.source);
    if (held === hash) {
      this.counts.unchanged += 1;
      this.done();
      return;
    }
    const twin = held === undefined ? this.sourceOf.get(hash) : undefined;
    if (twin !== undefined) {
      // The same text under another name (a copy, or an absolute path for a relative one):
      // loading it again would count every relation it states twice.
      this.options.onNotice?.(doc.source, `same text as ${twin}, already in the graph; skipped`);
      this.counts.unchanged += 1;
      this.done();
      return;
    }
    let extracted: ExtractedDocument;
    try {
      const out = await this.options.extract(doc);
      // The reader's metadata stands when the extractor does not pass it on.
      extracted = { ...out, source: doc.source, title: out.title ?? doc.title, date: out.date ?? doc.date, url: out.url ?? doc.url };
    } catch (e) {
      this.fail(doc.source, `extraction failed: ${(e as Error).message ?? String(e)}`);
      return;
    }
    // Extraction is synchronous: give the driver a turn of the event loop so the batch in
    // flight keeps moving while the next one is being extracted.
    if (this.inFlight) await new Promise((resolve) => setImmediate(resolve));
    this.pending.push({ extracted, hash, replacing: held !== undefined });
    if (!this.sourceOf.has(hash)) this.sourceOf.set(hash, doc.source);
    this.pendingSources.add(doc.source);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  /** Starts writing the pending batch once the previous write has finished. */
  private async flush(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    this.inFlight = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const writing = this.write(batch);
    writing.catch(() => undefined); // awaited at the next flush; this only marks it handled
    this.inFlight = writing;
  }

  private async write(batch: Pending[]): Promise<void> {
    const plans = batch.map((p) => this.plan(p));
    try {
      await withRetry(async () => {
        const session = this.driver.session();
        try {
          await session.executeWrite((tx) => writeDocuments(tx, plans));
        } finally {
          await session.close();
        }
      }, { ...(this.options.retry ?? DEFAULT_RETRY), onRetry: this.options.onRetry });
    } catch (e) {
      const error = toKgError(e, this.where);
      if (error.code !== 'KG_NEO4J_QUERY') throw error;
      // The server refused something in this batch: forget what planning it taught the
      // resolver, then write its documents one by one so only the culprit fails.
      this.resolver = await readResolver(this.driver);
      if (batch.length === 1) {
        this.pendingSources.delete(batch[0].extracted.source);
        if (this.sourceOf.get(batch[0].hash) === batch[0].extracted.source) this.sourceOf.delete(batch[0].hash);
        this.fail(batch[0].extracted.source, error.message);
        return;
      }
      for (const one of batch) await this.write([one]);
      return;
    }
    for (const p of batch) {
      this.hashes.set(p.extracted.source, p.hash);
      this.pendingSources.delete(p.extracted.source);
      this.counts[p.replacing ? 'updated' : 'new'] += 1;
      this.done();
    }
  }

  /** Plans one document and lets the resolver know its entities, so the next ones resolve to them. */
  private plan(p: Pending): DocumentPlan {
    const plan = planDocument(p.extracted, p.hash, this.resolver);
    for (const e of plan.entities) {
      this.resolver.learn({ id: e.id, type: e.type, name: e.name, aliases: e.names, qualifier: e.qualifier });
    }
    return plan;
  }

  private done(): void {
    this.progress.processed += 1;
    this.options.onProgress?.({ ...this.progress });
  }

  private fail(source: string, message: string): void {
    const failure = { source, message };
    this.failures.push(failure);
    this.progress.failed += 1;
    this.options.onFailure?.(failure);
    this.done();
  }

  private summary(before: GraphCounts, after: GraphCounts): IngestSummary {
    return {
      ...this.counts,
      failed: this.failures.length,
      failures: this.failures,
      before,
      after,
      seconds: (performance.now() - this.started) / 1000,
    };
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toKgError(e, this.where);
    }
  }

  /** The run stopped: say what is safe and how to finish, and carry the partial summary. */
  private interrupted(error: KgError, before: GraphCounts): KgError {
    const summary = this.summary(before, before);
    const written = summary.new + summary.updated;
    const message =
      error.code === 'KG_NEO4J_UNAVAILABLE'
        ? `${error.message}; gave up after retrying. ${written} document(s) were written whole in this run and ` +
          'none partially: run the same command again to load the rest.'
        : error.message;
    return new KgError(error.code, message, { ...error.details, summary }, { cause: error });
  }
}
