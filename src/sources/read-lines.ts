// Lines of a file as raw bytes, streamed, so a .jsonl corpus of any size is read in constant
// memory. Bytes rather than strings (as readline would give) so each line's encoding can be
// checked; a line longer than the limit is counted through, never held.
import { createReadStream } from 'fs';

export type RawLine =
  | { line: number; bytes: Buffer; tooLong?: undefined }
  | { line: number; bytes?: undefined; tooLong: number };

const CHUNK = 256 * 1024;

export async function* readLines(path: string, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let line = 1;

  const finish = (): RawLine => {
    const out: RawLine = overflow ? { line, tooLong: length } : { line, bytes: stripCr(Buffer.concat(parts, length)) };
    parts = [];
    length = 0;
    overflow = false;
    line++;
    return out;
  };
  const take = (piece: Buffer): void => {
    length += piece.length;
    if (overflow) return;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
    } else parts.push(piece);
  };

  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  if (length > 0 || overflow) yield finish();
}

function stripCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}
