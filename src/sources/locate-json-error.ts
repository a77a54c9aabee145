// Where JSON.parse gave up. V8's messages carry a position only for some errors (others quote
// a snippet instead), so a small grammar scan finds the first offending character itself.
// Only runs after JSON.parse has failed, so it need not be fast.

/** Offset of the first character that breaks JSON syntax, or -1 if `s` is valid JSON. */
export function locateJsonError(s: string): number {
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const ws = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (s[i] !== ch) return false;
      i++;
    }
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const sequence = (close: string, member: () => boolean): boolean => {
    i++; // opening bracket
    ws();
    if (s[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!member()) return false;
      ws();
      if (s[i] === ',') {
        i++;
        continue;
      }
      if (s[i] === close) {
        i++;
        return true;
      }
      return false;
    }
  };
  const value = (): boolean => {
    ws();
    const c = s[i];
    if (c === '{') {
      return sequence('}', () => {
        ws();
        if (s[i] !== '"' || !string()) return false;
        ws();
        if (s[i] !== ':') return false;
        i++;
        return value();
      });
    }
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = i;
    if (NUMBER.exec(s) === null) return false;
    i = NUMBER.lastIndex;
    return true;
  };

  try {
    if (!value()) return Math.min(i, s.length);
    ws();
    return i < s.length ? i : -1;
  } catch {
    // Nesting deeper than the stack: say where the scan stood.
    return Math.min(i, s.length);
  }
}
