// Files and directories → a stream of documents and problems, one at a time, in a fixed order
// (arguments as given, directory entries sorted by name), so runs are repeatable and memory
// does not grow with the corpus.
import { promises as fs, type Dirent } from 'fs';
import { join } from 'path';
import { extensionOf, fsReason, readSourceFile } from './read-source-file';
import { badInput, type ReadOptions, type SourceItem, SUPPORTED_EXTENSIONS } from './source-item';

const SUPPORTED: ReadonlySet<string> = new Set(SUPPORTED_EXTENSIONS);
const SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(', ');

export async function* readSources(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await fs.stat(path)).isDirectory();
    } catch (e) {
      yield badInput(path, fsReason(e));
      continue;
    }
    if (isDirectory) {
      yield* readDirectory(path, options);
    } else if (SUPPORTED.has(extensionOf(path))) {
      yield* readSourceFile(path, options);
    } else {
      yield badInput(path, `unsupported file type "${extensionOf(path) || '(none)'}"; kg reads ${SUPPORTED_LIST}`);
    }
  }
}

/**
 * A directory tree. A directory holding no supported file anywhere below it is reported once,
 * at the highest such level, rather than once per empty subfolder.
 */
async function* readDirectory(root: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const visited = new Set<string>();

  async function* walk(dir: string): AsyncGenerator<SourceItem, number> {
    let entries: Dirent[];
    try {
      const real = await fs.realpath(dir);
      if (visited.has(real)) return 0; // a symlink loop, or a tree linked twice
      visited.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      yield badInput(dir, fsReason(e));
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let readable = 0;
    const emptyBelow: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // .git, .DS_Store, editor files
      const path = join(dir, entry.name);
      const kind = await entryKind(entry, path);
      if (kind === 'directory') {
        const found = yield* walk(path);
        if (found === 0) emptyBelow.push(path);
        readable += found;
      } else if (kind === 'file') {
        if (SUPPORTED.has(extensionOf(path))) {
          readable++;
          yield* readSourceFile(path, options);
        } else {
          yield { kind: 'skipped', source: path, message: `not a supported file type (${SUPPORTED_LIST})` };
        }
      }
    }
    if (readable > 0) for (const empty of emptyBelow) yield noReadableFile(empty);
    return readable;
  }

  if ((yield* walk(root)) === 0) yield noReadableFile(root);
}

function noReadableFile(dir: string): SourceItem {
  return badInput(dir, `directory holds no readable file (${SUPPORTED_LIST})`);
}

async function entryKind(entry: Dirent, path: string): Promise<'file' | 'directory' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const st = await fs.stat(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'other'; // a dangling link
  }
}
