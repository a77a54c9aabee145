// Turns one extracted document into the rows the loader writes: pure, no database. Entities get
// their graph ids here (through the resolver), symmetric relations their canonical direction.
import { createHash } from 'crypto';
import { SYMMETRIC_RELATION_TYPES } from '../model';
import type { EntityType, ExtractedDocument, RelationType } from '../model';
import type { EntityResolver } from './entity-resolver';

export interface DocumentRow {
  source: string;
  /** SHA-256 of the text. */
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** One graph entity as this document knows it: the names it uses become aliases of the node. */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  /** Every name the document uses for it, canonical first. */
  names: string[];
  iso: string | null;
  qualifier: string | null;
}

export interface ClaimRow {
  id: string;
  relKey: string;
  type: RelationType;
  subject: string;
  object: string;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  rule: string | null;
  trigger: string | null;
  date: string | null;
}

export interface DocumentPlan {
  document: DocumentRow;
  entities: EntityRow[];
  claims: ClaimRow[];
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `TYPE|startId|endId`: the key of the aggregated relationship and of its claims. */
export function relationKey(type: RelationType, start: string, end: string): string {
  return `${type}|${start}|${end}`;
}

export function planDocument(doc: ExtractedDocument, hash: string, resolver: EntityResolver): DocumentPlan {
  const date = normalizeDate(doc.date);
  const qualifiers = stateQualifiers(doc);
  const states = [...new Set(doc.entities.filter((e) => e.type === 'State' && e.iso).map((e) => e.iso!.toUpperCase()))];
  const localToGraph = new Map<string, string>();
  const byId = new Map<string, EntityRow>();
  for (const e of doc.entities) {
    const stated = e.type === 'Organization' ? qualifiers.get(e.id) : undefined;
    const id = resolver.resolve(e, stated, states);
    // Joined to a state's body through the states the document mentions: qualified like it.
    const qualifier = e.type === 'Organization' ? (stated ?? resolver.qualifierOf(id) ?? null) : null;
    localToGraph.set(e.id, id);
    const row = byId.get(id);
    if (row) {
      // Two of the document's entities are one node (e.g. "KCNA" and its full name): one row.
      row.names = distinct([...row.names, e.name, ...e.aliases]);
    } else {
      byId.set(id, {
        id,
        type: e.type,
        name: e.name,
        names: distinct([e.name, ...e.aliases]),
        iso: e.type === 'State' && e.iso ? e.iso.toUpperCase() : null,
        qualifier,
      });
    }
  }
  const claims: ClaimRow[] = [];
  for (const r of doc.relations) {
    let subject = localToGraph.get(r.source);
    let object = localToGraph.get(r.target);
    if (subject === undefined || object === undefined || subject === object) continue;
    if (SYMMETRIC_RELATION_TYPES.has(r.type) && object < subject) [subject, object] = [object, subject];
    claims.push({
      id: `${doc.source}#${claims.length}`,
      relKey: relationKey(r.type, subject, object),
      type: r.type,
      subject,
      object,
      evidence: r.evidence,
      start: r.start,
      end: r.end,
      confidence: r.confidence,
      rule: r.rule ?? null,
      trigger: r.trigger ?? null,
      date,
    });
  }
  return {
    document: { source: doc.source, id: hash, title: doc.title ?? null, date, url: doc.url ?? null },
    entities: [...byId.values()],
    claims,
  };
}

/** Organization local id → ISO3 of the state the document says it is part of (smallest if several). */
function stateQualifiers(doc: ExtractedDocument): Map<string, string> {
  const isoOf = new Map(doc.entities.filter((e) => e.type === 'State' && e.iso).map((e) => [e.id, e.iso!.toUpperCase()]));
  const out = new Map<string, string>();
  for (const r of doc.relations) {
    if (r.type !== 'PART_OF') continue;
    const iso = isoOf.get(r.target);
    if (iso === undefined) continue;
    const held = out.get(r.source);
    if (held === undefined || iso < held) out.set(r.source, iso);
  }
  return out;
}

/** `YYYY-MM-DD` when the date parses (so strings sort by time), else the date as given. */
export function normalizeDate(date: string | undefined): string | null {
  if (!date) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(date.trim());
  if (iso) return iso[1];
  const t = Date.parse(date);
  return Number.isNaN(t) ? date : new Date(t).toISOString().slice(0, 10);
}

function distinct(names: string[]): string[] {
  return [...new Set(names.filter((n) => n.trim().length > 0))];
}
