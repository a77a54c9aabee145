import { isInt } from 'neo4j-driver';

/**
 * Makes driver values nested in maps and lists (the results of the traversal statements) plain
 * JSON values: Neo4j integers become numbers, which GraphQL's Int can serialize. Converts in
 * place: the driver builds fresh objects for every record, and copying large neighborhoods on
 * every request would only feed the garbage collector.
 */
export function toPlain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = toPlain(record[key]);
  }
  return value;
}
