// Parameters of a Cypher script file. The same `:param name => value` lines a user pastes into
// Neo4j Browser sit in the script's header comment, and `kg cypher` reads them as defaults, so
// the documented example values and the command-line defaults cannot drift apart.
import { KgError } from '../model';

export type ParamValue = null | boolean | number | string | ParamValue[] | { [key: string]: ParamValue };

/**
 * Reads a value the way a user types it after `--param name=`: numbers, booleans, null and
 * JSON (lists, objects, "quoted strings") become those; a value in single quotes, as Cypher
 * writes strings, loses its quotes; anything else stays a string ("Kim Yo Jong").
 */
export function parseParamValue(raw: string): ParamValue {
  const text = raw.trim();
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false' || text === 'null') return JSON.parse(text) as ParamValue;
  if (/^[[{"]/.test(text)) {
    try {
      return JSON.parse(text) as ParamValue;
    } catch {
      // Cypher list syntax with single-quoted strings: ['MET_WITH', 'ALLIED_WITH'].
      const asJson = singleToDoubleQuotes(text);
      if (asJson !== undefined) return JSON.parse(asJson) as ParamValue;
    }
    return raw;
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1);
  return raw;
}

/** Parses `name=value` assignments (repeatable `--param`); later ones win. */
export function parseParamAssignments(assignments: string[]): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const a of assignments) {
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new KgError('KG_USAGE', `--param wants name=value, got "${a}"`, { param: a });
    }
    params[name] = parseParamValue(a.slice(eq + 1));
  }
  return params;
}

/** The `// :param name => value` lines of a script, as default parameter values. */
export function readScriptDefaults(text: string): Record<string, ParamValue> {
  const defaults: Record<string, ParamValue> = {};
  for (const m of text.matchAll(/^\s*\/\/\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*$/gm)) {
    defaults[m[1]] = parseParamValue(m[2]);
  }
  return defaults;
}

/** Names of the `$parameters` the query uses, comments and string literals left out. */
export function usedParamNames(text: string): string[] {
  const code = text
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

function singleToDoubleQuotes(text: string): string | undefined {
  const converted = text.replace(/'((?:[^'\\]|\\.)*)'/g, (_, s: string) => JSON.stringify(s.replace(/\\'/g, "'")));
  try {
    JSON.parse(converted);
    return converted;
  } catch {
    return undefined;
  }
}
