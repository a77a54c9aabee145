import { isInt } from 'neo4j-driver';

/**
 * Converts driver values nested in maps and lists (the results of the traversal statements)
 * into plain JSON values: Neo4j integers become numbers. GraphQL's Int cannot serialize them.
 */
export function toPlain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
