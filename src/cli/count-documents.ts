// A quick estimate of how many documents some paths hold, for the progress bar's total and ETA:
// one per supported file, one per non-empty line of a .jsonl file. Read errors count as one
// (the reader will report them).
import { promises as fs } from 'fs';
import { extname, join } from 'path';
import { SUPPORTED_EXTENSIONS } from '../sources';

const SUPPORTED: ReadonlySet<string> = new Set(SUPPORTED_EXTENSIONS);

export async function countDocuments(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const p of paths) n += await countPath(p, true);
  return n;
}

async function countPath(path: string, given: boolean): Promise<number> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) {
      let n = 0;
      for (const name of await fs.readdir(path)) if (!name.startsWith('.')) n += await countPath(join(path, name), false);
      return n;
    }
    const ext = extname(path).toLowerCase();
    if (!SUPPORTED.has(ext)) return given ? 1 : 0;
    if (ext !== '.jsonl') return 1;
    const text = await fs.readFile(path, 'utf8');
    return text.split('\n').filter((line) => line.trim().length > 0).length;
  } catch {
    return 1;
  }
}
