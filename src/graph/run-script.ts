// Runs one parameterized Cypher script file (cypher/analytics/*.cypher) read-only, the same
// text a user pastes into Neo4j Browser, and returns plain JSON-ready rows.
import * as fs from 'fs';
import * as path from 'path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../model';
import { toKgError } from './errors';
import { readScriptDefaults, usedParamNames } from './script-params';
import type { ParamValue } from './script-params';

export interface CypherScript {
  file: string;
  /** The query as sent to the server: the file without its trailing semicolon. */
  query: string;
  /** From the header's `// :param name => value` lines. */
  defaults: Record<string, ParamValue>;
  /** Every `$name` the query uses. */
  params: string[];
}

export interface ScriptResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Folder of the analytics scripts shipped with the package. */
export const ANALYTICS_DIR = path.resolve(__dirname, '..', '..', 'cypher', 'analytics');

/**
 * Reads a script. `file` is a path, or the bare name of a shipped analytics script
 * (`top-critics`, `top-critics.cypher`) when no such path exists.
 */
export function loadCypherScript(file: string): CypherScript {
  const resolved = resolveScriptPath(file);
  const text = fs.readFileSync(resolved, 'utf8');
  const query = text.replace(/;\s*$/, '').trim();
  if (query.replace(/\/\/.*$/gm, '').trim() === '') {
    throw new KgError('KG_USAGE', `${file}: no Cypher statement in the file`, { path: resolved });
  }
  return { file: resolved, query, defaults: readScriptDefaults(text), params: usedParamNames(text) };
}

/**
 * Runs the script in a read transaction with its defaults overridden by `params`. Unknown or
 * missing parameters are usage errors, named, before anything reaches the server.
 */
export async function runCypherScript(
  driver: Driver,
  script: CypherScript,
  params: Record<string, ParamValue> = {},
  options: { database?: string; /** The server's URI, for messages. */ where?: string } = {},
): Promise<ScriptResult> {
  const unknown = Object.keys(params).filter((p) => !script.params.includes(p));
  if (unknown.length > 0) {
    throw new KgError(
      'KG_USAGE',
      `${path.basename(script.file)} takes no parameter ${unknown.join(', ')} (it takes: ${script.params.join(', ') || 'none'})`,
      { unknown },
    );
  }
  const merged: Record<string, ParamValue> = { ...script.defaults, ...params };
  const missing = script.params.filter((p) => !(p in merged));
  if (missing.length > 0) {
    throw new KgError('KG_USAGE', `${path.basename(script.file)} needs --param ${missing.map((m) => `${m}=...`).join(' --param ')}`, {
      missing,
    });
  }
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const result = tx.run(script.query, toNeo4j(merged) as Record<string, unknown>);
      // keys() answers even when no record comes back, so an empty table keeps its header.
      const columns = (await result.keys()).map(String);
      const { records } = await result;
      const rows = records.map((rec) => Object.fromEntries(columns.map((c) => [c, fromNeo4j(rec.get(c))])));
      return { columns, rows };
    });
  } catch (e) {
    const err = toKgError(e, options.where ?? 'the configured address');
    // A rejected query is the script's fault: say which script.
    throw err.code === 'KG_NEO4J_QUERY'
      ? new KgError(err.code, `${path.basename(script.file)}: ${err.message}`, err.details, { cause: e })
      : err;
  } finally {
    await session.close();
  }
}

function resolveScriptPath(file: string): string {
  if (fs.existsSync(file)) return file;
  const shipped = path.join(ANALYTICS_DIR, file.endsWith('.cypher') ? file : `${file}.cypher`);
  if (!file.includes(path.sep) && fs.existsSync(shipped)) return shipped;
  const names = fs.existsSync(ANALYTICS_DIR)
    ? fs.readdirSync(ANALYTICS_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''))
    : [];
  throw new KgError('KG_USAGE', `no Cypher script ${file} (shipped scripts: ${names.join(', ')})`, { path: file });
}

/** Whole numbers become Cypher integers: the driver would send 10 as 10.0 and LIMIT refuses it. */
function toNeo4j(value: ParamValue): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}

/** Driver values to plain JSON: integers to numbers, graph objects to their properties. */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value)) return { labels: value.labels, properties: fromNeo4j(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: fromNeo4j(value.properties) };
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: fromNeo4j(s.start),
      relationship: fromNeo4j(s.relationship),
      end: fromNeo4j(s.end),
    }));
  }
  if (isTemporalOrPoint(value)) return String(value);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromNeo4j(v)]));
  }
  return value;
}

function isTemporalOrPoint(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}
