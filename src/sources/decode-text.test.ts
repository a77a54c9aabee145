import { decodeText, firstInvalidUtf8Offset } from './decode-text';

describe('decodeText', () => {
  it('reads UTF-8, dropping a BOM and normalizing CRLF', () => {
    expect(decodeText(Buffer.from('\ufeffSéoul\r\nline two\rthree', 'utf8'))).toEqual({ ok: true, text: 'Séoul\nline two\nthree' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv talks', 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text: 'Kyiv talks' });
  });

  it('decodes Latin-1 as Windows-1252 with a warning naming the first bad byte', () => {
    const latin1 = Buffer.from('Caf\xe9 talks in M\xfcnchen, \x93quoted\x94', 'latin1');
    const result = decodeText(latin1);
    expect(result).toEqual({
      ok: true,
      text: 'Café talks in München, \u201cquoted\u201d',
      warning: 'not valid UTF-8 (first bad byte 0xe9 at offset 3); decoded as Windows-1252 (Latin-1)',
    });
  });

  it('refuses a file with NUL bytes as binary', () => {
    const result = decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(result).toEqual({ ok: false, message: 'binary file (NUL byte at offset 4), not text' });
  });

  it('refuses a file made of control characters as binary', () => {
    const noisy = Buffer.alloc(1000, 0x41);
    for (let i = 0; i < 1000; i += 10) noisy[i] = 0x01;
    expect(decodeText(noisy)).toEqual({ ok: false, message: 'binary file (10% control characters), not text' });
  });

  it('refuses random high bytes as binary rather than decoding them', () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    [Buffer.from('plain ascii'), -1],
    [Buffer.from('naïve café 北京 🙂', 'utf8'), -1],
    [Buffer.from([0x61, 0xc3]), 1], // truncated sequence
    [Buffer.from([0x61, 0xc0, 0xaf]), 1], // overlong
    [Buffer.from([0xed, 0xa0, 0x80]), 0], // surrogate
    [Buffer.from([0x61, 0x62, 0x80]), 2], // stray continuation byte
  ])('%#', (buf, offset) => {
    expect(firstInvalidUtf8Offset(buf)).toBe(offset);
  });
});
