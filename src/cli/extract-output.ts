// The two faces of `kg extract`: the JSON document shape an outside checker reads (exactly
// these fields, in this order), and a summary a person can skim on a terminal.
import { ENTITY_TYPES, SYMMETRIC_RELATION_TYPES, type Entity, type ExtractedDocument, type Relation } from '../model';

export type JsonEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>;
export type JsonRelation = Pick<Relation, 'type' | 'source' | 'target' | 'evidence' | 'start' | 'end' | 'confidence'>;

export interface JsonDocument {
  source: string;
  entities: JsonEntity[];
  relations: JsonRelation[];
}

export function jsonDocument(doc: ExtractedDocument): JsonDocument {
  return {
    source: doc.source,
    entities: doc.entities.map(({ id, type, name, aliases }) => ({ id, type, name, aliases })),
    relations: doc.relations.map(({ type, source, target, evidence, start, end, confidence }) => ({
      type,
      source,
      target,
      evidence,
      start,
      end,
      confidence,
    })),
  };
}

const EVIDENCE_WIDTH = 160;

export function documentSummary(doc: ExtractedDocument): string {
  const heading = [doc.source, doc.title && `"${doc.title}"`, doc.date && `(${doc.date})`].filter(Boolean).join('  ');
  const lines = [`== ${heading}`];
  const byType = ENTITY_TYPES.map((t) => [t, doc.entities.filter((e) => e.type === t)] as const);
  const counts = byType.filter(([, es]) => es.length > 0).map(([t, es]) => `${es.length} ${t}`);
  lines.push(`   ${plural(doc.entities.length, 'entity', 'entities')}${counts.length ? `: ${counts.join(', ')}` : ''}`);
  for (const [type, entities] of byType) {
    for (const e of entities) {
      const also = e.aliases.length > 0 ? `  (also: ${e.aliases.join(', ')})` : '';
      lines.push(`     ${type.padEnd(12)} ${e.name}${also}`);
    }
  }
  const names = new Map<string, string>(doc.entities.map((e) => [e.id, e.name]));
  lines.push(`   ${plural(doc.relations.length, 'relation', 'relations')}`);
  for (const r of doc.relations) {
    const arrow = SYMMETRIC_RELATION_TYPES.has(r.type) ? '↔' : '→';
    const why = r.rule || r.trigger ? `  [${[r.rule, r.trigger && `"${r.trigger}"`].filter(Boolean).join(' ')}]` : '';
    lines.push(
      `     ${r.type.padEnd(12)} ${names.get(r.source) ?? r.source} ${arrow} ${names.get(r.target) ?? r.target}  ${r.confidence.toFixed(2)}${why}`,
    );
    lines.push(`       "${snippet(r.evidence)}"  @${r.start}-${r.end}`);
  }
  return lines.join('\n') + '\n';
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_WIDTH ? flat.slice(0, EVIDENCE_WIDTH - 1) + '…' : flat;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
