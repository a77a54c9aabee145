import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readSources } from './read-sources';
import type { SourceItem } from './source-item';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-sources-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(paths: string[], maxBytes?: number): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, maxBytes === undefined ? {} : { maxBytes })) items.push(item);
  return items;
}

describe('readSources: formats', () => {
  it('reads a .txt file as it is', async () => {
    const path = file('a.txt', 'Seoul protested.\n\nTokyo replied.\n');
    expect(await collect([path])).toEqual([{ kind: 'document', document: { source: path, text: 'Seoul protested.\n\nTokyo replied.\n' } }]);
  });

  it('reduces Markdown to text', async () => {
    const path = file('a.md', '# Envoys meet\n\nThe **envoy** met [officials](http://x).');
    expect(await collect([path])).toEqual([
      { kind: 'document', document: { source: path, text: 'Envoys meet\n\nThe envoy met officials.', title: 'Envoys meet' } },
    ]);
  });

  it('reduces HTML to text, without scripts or styles, taking title, date and url from the head', async () => {
    const html = `<!doctype html><html><head><title>Talks &amp; tension</title>
      <meta property="article:published_time" content="2024-03-01T10:00:00Z">
      <link rel="canonical" href="https://news.example/talks">
      <style>p { color: red }</style><script>var secret = "not text";</script></head>
      <body><h1>Talks resume</h1><p>The minister <a href="/m">spoke</a> on Monday.</p>
      <script>track("also not text")</script><noscript>enable js</noscript></body></html>`;
    const path = file('page.html', html);
    expect(await collect([path])).toEqual([
      {
        kind: 'document',
        document: {
          source: path,
          text: 'Talks resume\n\nThe minister spoke on Monday.',
          title: 'Talks & tension',
          date: '2024-03-01T10:00:00Z',
          url: 'https://news.example/talks',
        },
      },
    ]);
  });

  it('reads .htm like .html', async () => {
    const path = file('page.HTM', '<p>Hello <b>world</b></p>');
    expect(await collect([path])).toEqual([{ kind: 'document', document: { source: path, text: 'Hello world' } }]);
  });

  it('reads one JSON article, taking body when there is no text, and an HTML body as text', async () => {
    const path = file('one.json', JSON.stringify({ headline: 'H', body: '<p>First.</p><p>Second.</p>', date: '2024-01-02', link: 'u' }));
    expect(await collect([path])).toEqual([
      { kind: 'document', document: { source: path, text: 'First.\n\nSecond.', title: 'H', date: '2024-01-02', url: 'u' } },
    ]);
  });

  it('reads a JSON array (or {"articles": [...]}) as path/1, path/2, reporting a bad element alone', async () => {
    const arr = file('many.json', JSON.stringify([{ text: 'One.' }, { title: 'no text' }, { content: 'Three.' }]));
    const wrapped = file('wrapped.json', JSON.stringify({ articles: [{ text: 'Only.' }] }));
    expect(await collect([arr, wrapped])).toEqual([
      { kind: 'document', document: { source: `${arr}/1`, text: 'One.' } },
      { kind: 'error', source: `${arr}/2`, code: 'KG_BAD_INPUT', message: 'article has no text/body/content field' },
      { kind: 'document', document: { source: `${arr}/3`, text: 'Three.' } },
      { kind: 'document', document: { source: `${wrapped}/1`, text: 'Only.' } },
    ]);
  });

  it('reads .jsonl line by line, naming each article path/<line>, skipping blank lines', async () => {
    const path = file('feed.jsonl', '{"text":"First.","title":"T1"}\r\n\n{"body":"Third.","url":"u3"}\n');
    expect(await collect([path])).toEqual([
      { kind: 'document', document: { source: `${path}/1`, text: 'First.', title: 'T1' } },
      { kind: 'document', document: { source: `${path}/3`, text: 'Third.', url: 'u3' } },
    ]);
  });

  it('walks directories recursively in name order, skipping hidden files and noting unknown types', async () => {
    file('b.txt', 'B.');
    file('a/z.md', 'Z.');
    file('a/y.txt', 'Y.');
    file('.hidden.txt', 'hidden');
    file('c.pdf', '%PDF');
    const items = await collect([dir]);
    expect(items.map((i) => (i.kind === 'document' ? i.document.source : `${i.kind}:${i.source}`))).toEqual([
      join(dir, 'a/y.txt'),
      join(dir, 'a/z.md'),
      join(dir, 'b.txt'),
      `skipped:${join(dir, 'c.pdf')}`,
    ]);
  });

  it('does not loop on a symlinked directory cycle', async () => {
    file('sub/a.txt', 'A.');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const docs = (await collect([dir])).filter((i) => i.kind === 'document');
    expect(docs).toHaveLength(1);
  });
});

describe('readSources: bad input', () => {
  const errorOf = (items: SourceItem[]) => items.filter((i) => i.kind === 'error');

  it('reports an empty file and a whitespace-only file', async () => {
    const empty = file('empty.txt', '');
    const blank = file('blank.txt', ' \n\t\n');
    expect(await collect([empty, blank])).toEqual([
      { kind: 'error', source: empty, code: 'KG_BAD_INPUT', message: 'empty file' },
      { kind: 'error', source: blank, code: 'KG_BAD_INPUT', message: 'file holds only whitespace' },
    ]);
  });

  it('reports a binary file', async () => {
    const bin = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(await collect([bin])).toEqual([
      { kind: 'error', source: bin, code: 'KG_BAD_INPUT', message: 'binary file (NUL byte at offset 8), not text' },
    ]);
  });

  it('decodes a Latin-1 file with a warning naming it and the byte offset', async () => {
    const path = file('latin1.txt', Buffer.from('Les ministres ont critiqu\xe9 Paris.', 'latin1'));
    expect(await collect([path])).toEqual([
      {
        kind: 'warning',
        source: path,
        message: 'not valid UTF-8 (first bad byte 0xe9 at offset 25); decoded as Windows-1252 (Latin-1)',
      },
      { kind: 'document', document: { source: path, text: 'Les ministres ont critiqué Paris.' } },
    ]);
  });

  it('refuses a file over the size limit from its size alone', async () => {
    const big = file('big.txt', 'x'.repeat(2048));
    expect(await collect([big], 1024)).toEqual([
      {
        kind: 'error',
        source: big,
        code: 'KG_BAD_INPUT',
        message: 'file is 2.0 KB, over the 1.0 KB limit per document (--max-bytes); skipped',
      },
    ]);
  });

  it('applies the size limit per line in .jsonl, reading on after a long line', async () => {
    const path = file('long.jsonl', `{"text":"${'y'.repeat(3000)}"}\n{"text":"Short."}\n`);
    expect(await collect([path], 1024)).toEqual([
      {
        kind: 'error',
        source: `${path}/1`,
        code: 'KG_BAD_INPUT',
        line: 1,
        message: 'line 1 is 2.9 KB, over the 1.0 KB limit per document (--max-bytes); skipped',
      },
      { kind: 'document', document: { source: `${path}/2`, text: 'Short.' } },
    ]);
  });

  it('reports malformed JSON with its line and column', async () => {
    const path = file('bad.json', '{\n  "text": "ok",\n  "title": oops\n}');
    expect(errorOf(await collect([path]))).toEqual([
      expect.objectContaining({ source: path, line: 3, message: expect.stringMatching(/^malformed JSON at line 3, column 12: /) }),
    ]);
  });

  it('reports a malformed .jsonl line by number and reads the lines around it', async () => {
    const path = file('mixed.jsonl', '{"text":"One."}\n{"text": "Two.",\n{"text":"Three."}\n["not", "an", "article"]\n');
    const items = await collect([path]);
    expect(items).toEqual([
      { kind: 'document', document: { source: `${path}/1`, text: 'One.' } },
      expect.objectContaining({ kind: 'error', source: `${path}/2`, line: 2, message: expect.stringMatching(/^malformed JSON on line 2, column 17: /) }),
      { kind: 'document', document: { source: `${path}/3`, text: 'Three.' } },
      { kind: 'error', source: `${path}/4`, code: 'KG_BAD_INPUT', line: 4, message: 'expected an article object, found an array' },
    ]);
  });

  it('reports a directory with no readable file, at its highest empty level', async () => {
    file('good/a.txt', 'A.');
    file('good/nothing/deeper/notes.pdf', '%PDF');
    const items = await collect([join(dir, 'good')]);
    expect(errorOf(items)).toEqual([
      {
        kind: 'error',
        source: join(dir, 'good/nothing'),
        code: 'KG_BAD_INPUT',
        message: 'directory holds no readable file (.txt, .md, .markdown, .html, .htm, .json, .jsonl)',
      },
    ]);
    mkdirSync(join(dir, 'void'));
    expect(await collect([join(dir, 'void')])).toEqual([expect.objectContaining({ kind: 'error', source: join(dir, 'void') })]);
  });

  it('reports a missing path and an unsupported file named explicitly', async () => {
    const pdf = file('doc.pdf', '%PDF');
    expect(await collect([join(dir, 'missing.txt'), pdf])).toEqual([
      { kind: 'error', source: join(dir, 'missing.txt'), code: 'KG_BAD_INPUT', message: 'no such file or directory' },
      expect.objectContaining({ kind: 'error', source: pdf, message: expect.stringMatching(/^unsupported file type "\.pdf"/) }),
    ]);
  });

  it('reports HTML with no text left', async () => {
    const path = file('scripts.html', '<html><head><script>x()</script></head><body><style>a{}</style></body></html>');
    expect(await collect([path])).toEqual([
      { kind: 'error', source: path, code: 'KG_BAD_INPUT', message: 'no text left once markup, scripts and styles are removed' },
    ]);
  });
});
