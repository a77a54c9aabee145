// `kg extract` run through the real CLI entry point (main), on a bad-input corpus generated
// into a temp dir: each bad file is named on stderr, the good ones still come out on stdout,
// and the exit code tells whether anything failed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT } from '../src/cli/exit-codes';
import { runKg as kg, type KgRun as Run } from './support/run-kg';

const NEWS =
  'President Lena Kovac of Croatia criticized Hungary on Monday over its border policy. ' +
  'Kovac later met with Hungarian officials in Budapest.\n';

let dir: string;
let badInput: string;
const at = (...parts: string[]): string => join(badInput, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-extract-'));
  badInput = join(dir, 'bad-input');
  mkdirSync(join(badInput, 'no-readable-file'), { recursive: true });
  writeFileSync(at('good.txt'), NEWS);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(at('latin1.txt'), Buffer.from("Germany's foreign minister, Jos\xe9 M\xfcller, criticized France on Tuesday.\n", 'latin1'));
  // 50 MB, over the 20 MB default; it must be refused without being read.
  writeFileSync(at('huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'Words and more words. '));
  writeFileSync(at('malformed.json'), '{\n  "title": "Half an article",\n  "text": "Cut off\n');
  writeFileSync(at('mixed.jsonl'), [JSON.stringify({ text: NEWS }), '{"text": "broken', JSON.stringify({ body: NEWS, title: 'T' })].join('\n'));
  writeFileSync(at('no-readable-file', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract on bad input', () => {
  let run: Run;
  beforeAll(async () => {
    run = await kg('extract', '--json', badInput);
  });

  it('exits 1 (partial): some inputs failed, the others were processed', () => {
    expect(run.code).toBe(EXIT.PARTIAL);
  });

  it('still extracts the good files and the good .jsonl lines, in order', () => {
    const out = JSON.parse(run.stdout) as { documents: Array<{ source: string }> };
    expect(out.documents.map((d) => d.source)).toEqual([at('good.txt'), at('latin1.txt'), at('mixed.jsonl/1'), at('mixed.jsonl/3')]);
  });

  it.each([
    ['empty file', 'empty.txt', 'empty file'],
    ['binary file', 'binary.txt', 'binary file (NUL byte at offset 7), not text'],
    ['50 MB file', 'huge.txt', 'file is 50.0 MB, over the 20.0 MB limit per document (--max-bytes); skipped'],
    ['malformed JSON', 'malformed.json', 'malformed JSON at line 3, column 19: Bad control character in string literal'],
    ['malformed .jsonl line', 'mixed.jsonl/2', 'malformed JSON on line 2, column 17: Unterminated string'],
    ['directory with no readable file', 'no-readable-file', 'directory holds no readable file'],
  ])('names the %s on stderr', (_, file, message) => {
    const line = run.stderr.split('\n').find((l) => l.startsWith(`kg: ${at(file)}: `));
    expect(line).toBeDefined();
    expect(line).toContain(message);
    expect(line).toContain('[KG_BAD_INPUT]');
  });

  it('decodes the Latin-1 file with a warning naming it', () => {
    expect(run.stderr).toContain(`kg: warning: ${at('latin1.txt')}: not valid UTF-8 (first bad byte 0xe9 at offset 31); decoded as Windows-1252`);
    const out = JSON.parse(run.stdout) as { documents: Array<{ source: string; entities: Array<{ name: string }> }> };
    const latin1 = out.documents.find((d) => d.source === at('latin1.txt'));
    expect(latin1?.entities.map((e) => e.name)).toContain('France');
  });

  it('notes the skipped unsupported file and ends with a run summary, all on stderr', () => {
    expect(run.stderr).toContain(`kg: skipped ${at('no-readable-file', 'photo.png')}: not a supported file type`);
    expect(run.stderr).toMatch(/kg: 4 documents read, \d+ entities, \d+ relations, 6 failed/);
  });

  it.each([
    ['empty file', 'empty.txt'],
    ['binary file', 'binary.txt'],
    ['50 MB file', 'huge.txt'],
    ['malformed JSON', 'malformed.json'],
    ['directory with no readable file', 'no-readable-file'],
  ])('exits 65 when the only input is a %s', async (_, file) => {
    const alone = await kg('extract', '--json', at(file));
    expect(alone.code).toBe(EXIT.BAD_INPUT);
    expect(JSON.parse(alone.stdout)).toEqual({ documents: [] });
    expect(alone.stderr).toContain(`kg: ${at(file)}: `);
  });

  it('applies --max-bytes, with units', async () => {
    const small = await kg('extract', '--json', '--max-bytes', '0.05k', at('good.txt'));
    expect(small.code).toBe(EXIT.BAD_INPUT);
    expect(small.stderr).toContain(`kg: ${at('good.txt')}: file is ${NEWS.length} bytes, over the 51 bytes limit per document`);
  });
});

describe('kg extract on good input', () => {
  it('exits 0 and prints the published JSON shape', async () => {
    const run = await kg('extract', '--json', at('good.txt'), at('mixed.jsonl'));
    expect(run.code).toBe(EXIT.PARTIAL); // mixed.jsonl line 2
    const clean = await kg('extract', '--json', at('good.txt'));
    expect(clean.code).toBe(EXIT.OK);
    expect(clean.stderr).toBe('');
    const out = JSON.parse(clean.stdout) as { documents: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['documents']);
    const [doc] = out.documents as Array<{ source: string; entities: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> }>;
    expect(Object.keys(doc)).toEqual(['source', 'entities', 'relations']);
    expect(doc.source).toBe(at('good.txt'));
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.entities) expect(Object.keys(e)).toEqual(['id', 'type', 'name', 'aliases']);
    for (const r of doc.relations) {
      expect(Object.keys(r)).toEqual(['type', 'source', 'target', 'evidence', 'start', 'end', 'confidence']);
      expect(NEWS.slice(r.start as number, r.end as number)).toBe(r.evidence);
    }
    expect(doc.entities).toContainEqual(expect.objectContaining({ type: 'State', name: 'Croatia' }));
  });

  it('prints a readable summary without --json', async () => {
    const run = await kg('extract', at('good.txt'));
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toContain(`== ${at('good.txt')}`);
    expect(run.stdout).toMatch(/\d+ entities: .*State/);
    expect(run.stdout).toMatch(/State +Croatia/);
    expect(run.stdout).toMatch(/\n1 document read, \d+ entities, \d+ relations\n$/);
  });
});

describe('kg extract usage', () => {
  it('exits 64 without a path', async () => {
    expect((await kg('extract')).code).toBe(EXIT.USAGE);
  });

  it('exits 64 on a --max-bytes that is not a size', async () => {
    const run = await kg('extract', '--max-bytes', 'lots', at('good.txt'));
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stderr).toContain('expected a size in bytes');
  });
});
