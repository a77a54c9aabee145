// Relations of a text as readable triples of canonical names, for table-driven tests:
// "LEADS William Ruto -> Kenya"; symmetric types put the two names in alphabetical order.
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../model';
import { extractDocument } from './index';

export type Triple = [type: string, source: string, target: string];

export function tripleKey([type, a, b]: Triple): string {
  const [x, y] = SYMMETRIC_RELATION_TYPES.has(type as RelationType) && b < a ? [b, a] : [a, b];
  return `${type} ${x} -> ${y}`;
}

export function relationTriples(text: string, types: readonly string[]): string[] {
  const out = extractDocument({ source: 'test', text });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => types.includes(r.type))
    .map((r) => tripleKey([r.type, name.get(r.source)!, name.get(r.target)!]))
    .sort();
}
