// One measured run, in its own process so its peak memory is its own: `kg extract --json` (the
// real CLI, from dist/) over a corpus with stdout to /dev/null, then the baseline — the same
// files read by the same readers and split into words, nothing else — for a cost ratio.
import { join, resolve } from 'path';

type Main = (argv: string[]) => Promise<number>;
type ReadSources = (paths: string[]) => AsyncIterable<{ kind: string; document?: { text: string } }>;

export interface RunResult {
  exitCode: number;
  documents: number;
  words: number;
  chars: number;
  textBytes: number;
  extractSeconds: number;
  baselineSeconds: number;
  /** Peak resident set during startup + extraction (getrusage), before the baseline ran. */
  maxRssBytes: number;
  /** Largest process.memoryUsage().rss sampled every 20 ms during extraction. */
  sampledPeakRssBytes: number;
}

const ROOT = resolve(__dirname, '..', '..');

async function run(dir: string): Promise<RunResult> {
  const { main } = require(join(ROOT, 'dist/cli/main.js')) as { main: Main };
  const { readSources } = require(join(ROOT, 'dist/sources/index.js')) as { readSources: ReadSources };

  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const exitCode = await main(['node', 'kg', 'extract', '--json', dir]);
  const extractSeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;

  let documents = 0;
  let words = 0;
  let chars = 0;
  let textBytes = 0;
  const t1 = performance.now();
  for await (const item of readSources([dir])) {
    if (item.document === undefined) continue;
    const text = item.document.text;
    documents++;
    chars += text.length;
    textBytes += Buffer.byteLength(text);
    words += text.match(/\S+/g)?.length ?? 0;
  }
  const baselineSeconds = (performance.now() - t1) / 1000;
  return { exitCode, documents, words, chars, textBytes, extractSeconds, baselineSeconds, maxRssBytes, sampledPeakRssBytes: sampled };
}

run(process.argv[2]).then(
  (result) => process.send?.(result),
  (e) => {
    process.stderr.write(`bench run failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
