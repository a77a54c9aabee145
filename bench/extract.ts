// `npm run bench:extract`: generate news-like corpora of 5 and 20 MB of text (deterministic,
// into .bench/), time `kg extract --json` on each in a fresh process, and print words/s, MB/s,
// peak memory and the cost relative to merely reading and splitting the same text.
// Sizes in MB can be given as arguments: `npm run bench:extract -- 5 50`.
import { fork } from 'child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { RunResult } from './extract-run';
import { generateArticles } from './news-generator';

const ROOT = resolve(__dirname, '..', '..');
const BENCH_DIR = join(ROOT, '.bench');
const SEED = 20240501;
const FILE_TEXT_BYTES = 1024 * 1024;
const TARGET_WORDS_PER_SECOND = 20_000;
const MB = 1024 * 1024;

/** Writes .jsonl files of about 1 MB of text each until `megabytes` of article text exist. */
function ensureCorpus(megabytes: number): string {
  const dir = join(BENCH_DIR, `corpus-${megabytes}mb`);
  const marker = join(dir, `.complete-seed-${SEED}`);
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = generateArticles(SEED);
  let total = 0;
  for (let part = 1; total < megabytes * MB; part++) {
    const lines: string[] = [];
    let inFile = 0;
    while (inFile < FILE_TEXT_BYTES && total < megabytes * MB) {
      const article = articles.next().value as { title: string; date: string; text: string };
      const bytes = Buffer.byteLength(article.text);
      inFile += bytes;
      total += bytes;
      lines.push(JSON.stringify(article));
    }
    writeFileSync(join(dir, `part-${String(part).padStart(4, '0')}.jsonl`), lines.join('\n') + '\n');
  }
  writeFileSync(marker, '');
  return dir;
}

function measure(dir: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(join(__dirname, 'extract-run.js'), [dir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let result: RunResult | undefined;
    child.on('message', (m) => {
      result = m as RunResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolvePromise(result) : reject(new Error(`bench run exited with ${code}`))));
  });
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function benchmark(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const megabytes = sizes.length > 0 ? sizes : [5, 20];
  const rows: Array<{ mb: number; r: RunResult }> = [];
  for (const mb of megabytes) {
    const dir = ensureCorpus(mb);
    process.stderr.write(`bench: kg extract --json ${dir} ...\n`);
    const r = await measure(dir);
    if (r.exitCode !== 0) throw new Error(`kg extract exited with ${r.exitCode} on ${dir}`);
    rows.push({ mb, r });
  }

  const header = ['corpus', 'docs', 'words', 'MB text', 'extract s', 'words/s', 'MB/s', 'peak RSS', 'sampled RSS', 'baseline s', 'baseline words/s', 'cost ×'];
  const table = rows.map(({ mb, r }) => [
    `${mb} MB`,
    fmt(r.documents),
    fmt(r.words),
    fmt(r.textBytes / MB, 1),
    fmt(r.extractSeconds, 2),
    fmt(r.words / r.extractSeconds),
    fmt(r.textBytes / MB / r.extractSeconds, 2),
    `${fmt(r.maxRssBytes / MB)} MB`,
    `${fmt(r.sampledPeakRssBytes / MB)} MB`,
    fmt(r.baselineSeconds, 2),
    fmt(r.words / r.baselineSeconds),
    fmt(r.extractSeconds / r.baselineSeconds, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`kg extract --json, single process, node ${process.version}, corpus seed ${SEED}`);
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log('cost × = extraction time / time to read the same files and split them into words');

  const slowest = Math.min(...rows.map(({ r }) => r.words / r.extractSeconds));
  console.log(`speed: slowest run ${fmt(slowest)} words/s; target ≥ ${fmt(TARGET_WORDS_PER_SECOND)}: ${slowest >= TARGET_WORDS_PER_SECOND ? 'met' : 'NOT met'}`);
  if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    console.log(
      `memory: peak RSS ${fmt(first.r.maxRssBytes / MB)} MB at ${first.mb} MB of text, ${fmt(last.r.maxRssBytes / MB)} MB at ${last.mb} MB ` +
        `(×${fmt(last.r.maxRssBytes / first.r.maxRssBytes, 2)} for ×${fmt(last.mb / first.mb, 1)} the text)`,
    );
  }
}

benchmark().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
