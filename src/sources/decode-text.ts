// Bytes → text, deciding what a file is before anyone reads it as prose. Invalid UTF-8 is
// decoded as Windows-1252 (a superset of Latin-1, and what "Latin-1" files usually are) with
// a warning, rather than refused: every byte maps to a character, so nothing is lost.
import { isUtf8 } from 'buffer';

export type DecodeResult = { ok: true; text: string; warning?: string } | { ok: false; message: string };

/** Bytes looked at to tell binary from text; enough for any file header or first paragraph. */
const SNIFF_BYTES = 64 * 1024;
/** Share of C0 control bytes above which a file is not text (prose has none but tab/newline). */
const MAX_CONTROL_SHARE = 0.05;
/** Share of bytes ≥ 0x80 in a non-UTF-8 file above which it is noise, not a Latin-1 text. */
const MAX_HIGH_SHARE_NON_UTF8 = 0.3;

const utf8 = new TextDecoder('utf-8');

// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (nodejs/node#56542), losing curly
// quotes and dashes, so bytes 0x80–0x9F are mapped here; the five unassigned ones stay as is.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(buf: Buffer): string {
  return buf.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function decodeText(buf: Buffer): DecodeResult {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return ok(new TextDecoder('utf-16le').decode(buf.subarray(2)));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return ok(new TextDecoder('utf-16be').decode(buf.subarray(2)));
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;

  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, message: `binary file (NUL byte at offset ${nul}), not text` };
  const sample = body.subarray(0, SNIFF_BYTES);
  const controls = countControlBytes(sample);
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    return { ok: false, message: `binary file (${percent(controls, sample.length)} control characters), not text` };
  }
  if (isUtf8(body)) return ok(utf8.decode(body));

  const high = countHighBytes(sample);
  if (high / sample.length > MAX_HIGH_SHARE_NON_UTF8) {
    return { ok: false, message: `binary file (not UTF-8, ${percent(high, sample.length)} non-ASCII bytes), not text` };
  }
  const offset = firstInvalidUtf8Offset(body);
  return ok(
    decodeWindows1252(body),
    `not valid UTF-8 (first bad byte 0x${body[offset].toString(16)} at offset ${offset}); decoded as Windows-1252 (Latin-1)`,
  );
}

/** CRLF and lone CR become LF so sentence splitting and offsets see one kind of line end. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function ok(text: string, warning?: string): DecodeResult {
  const normalized = normalizeNewlines(text);
  return warning === undefined ? { ok: true, text: normalized } : { ok: true, text: normalized, warning };
}

function countControlBytes(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    // Tab, LF, VT, FF, CR and ESC (ANSI colour in logs) occur in text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) n++;
  }
  return n;
}

function countHighBytes(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 0x80) n++;
  return n;
}

function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`;
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Offset(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
