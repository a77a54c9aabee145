import { InvalidArgumentError, type Command } from 'commander';
import type { ExtractedDocument, KgErrorCode } from '../../model';
import { DEFAULT_MAX_BYTES, readSources } from '../../sources';
import { EXIT } from '../exit-codes';
import { documentSummary, jsonDocument } from '../extract-output';
import { ProgressLine } from '../progress-line';

interface ExtractOptions {
  json?: boolean;
  maxBytes: number;
}

interface Tally {
  documents: number;
  entities: number;
  relations: number;
  failed: number;
  failedInternally: number;
  skipped: number;
  warnings: number;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract entities and relations from news files (.txt .md .html .json .jsonl) or folders of them')
    .argument('<paths...>', 'files or directories (walked recursively)')
    .option('--json', 'print {"documents": [...]} on stdout, one document at a time; messages go to stderr')
    .option('--max-bytes <size>', 'skip documents larger than this: bytes, or with a unit (512k, 20MB)', parseSize, DEFAULT_MAX_BYTES)
    .addHelpText(
      'after',
      '\nExit codes: 0 all inputs read; 1 some inputs failed (named on stderr), the rest processed;\n' +
        '65 no input could be read; 64 wrong usage.',
    )
    .action(async (paths: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(paths, opts);
    });
}

async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  // Loaded here so `kg --help` does not pay for the gazetteers.
  const { extractDocument } = await import('../../extract');
  const tally: Tally = { documents: 0, entities: 0, relations: 0, failed: 0, failedInternally: 0, skipped: 0, warnings: 0 };
  const progress = ProgressLine.forStderr();
  const say = (line: string): void => {
    progress?.clear();
    process.stderr.write(`kg: ${line}\n`);
  };
  const fail = (source: string, code: KgErrorCode, message: string): void => {
    tally.failed++;
    if (code !== 'KG_BAD_INPUT') tally.failedInternally++;
    say(`${source}: ${message} [${code}]`);
  };

  let chars = 0;
  stdoutClosed = false;
  process.stdout.on('error', onStdoutError);
  try {
    if (opts.json) await write('{"documents": [');
    for await (const item of readSources(paths, { maxBytes: opts.maxBytes })) {
      if (stdoutClosed) break;
      if (item.kind === 'error') fail(item.source, item.code, item.message);
      else if (item.kind === 'warning') {
        tally.warnings++;
        say(`warning: ${item.source}: ${item.message}`);
      } else if (item.kind === 'skipped') {
        tally.skipped++;
        say(`skipped ${item.source}: ${item.message}`);
      } else {
        let extracted: ExtractedDocument;
        try {
          extracted = extractDocument(item.document);
        } catch (e) {
          // A bug in one rule must not lose the rest of the corpus; the source names the culprit.
          fail(item.document.source, 'KG_INTERNAL', `extraction failed: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        if (opts.json) {
          await write((tally.documents === 0 ? '\n' : ',\n') + JSON.stringify(jsonDocument(extracted)));
        } else {
          await write((tally.documents === 0 ? '' : '\n') + documentSummary(extracted));
        }
        tally.documents++;
        tally.entities += extracted.entities.length;
        tally.relations += extracted.relations.length;
        chars += item.document.text.length;
        progress?.update(tally.documents, chars);
      }
    }
    progress?.clear();
    if (opts.json) {
      await write('\n]}\n');
      if (tally.failed > 0 || process.stderr.isTTY) process.stderr.write(`kg: ${runSummary(tally)}\n`);
    } else {
      await write(`\n${runSummary(tally)}\n`);
    }
  } finally {
    process.stdout.off('error', onStdoutError);
  }
  if (tally.failed === 0) return EXIT.OK;
  if (tally.documents > 0) return EXIT.PARTIAL;
  return tally.failedInternally > 0 ? EXIT.INTERNAL : EXIT.BAD_INPUT;
}

function runSummary(t: Tally): string {
  const parts = [`${t.documents} ${t.documents === 1 ? 'document' : 'documents'} read`, `${t.entities} entities`, `${t.relations} relations`];
  if (t.failed > 0) parts.push(`${t.failed} failed (see messages above)`);
  if (t.skipped > 0) parts.push(`${t.skipped} files skipped`);
  if (t.warnings > 0) parts.push(`${t.warnings} ${t.warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}

/** Writes to stdout, waiting when the pipe is full, so a slow reader cannot make memory grow. */
function write(text: string): Promise<void> | void {
  if (stdoutClosed || process.stdout.write(text)) return;
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.once('drain', done);
    process.stdout.once('error', done);
  });
}

/** Set when the reader went away (`kg extract ... | head`): stop quietly instead of crashing. */
let stdoutClosed = false;
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') stdoutClosed = true;
  else throw e;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const bytes = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(bytes >= 1)) throw new InvalidArgumentError('expected a size in bytes, e.g. 20000000, 512k or 20MB.');
  return bytes;
}
