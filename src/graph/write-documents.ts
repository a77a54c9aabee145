// One transaction's worth of writing: whole documents, so each is in the graph entirely or not
// at all. Rows are grouped here so each statement runs once per batch with UNWIND.
import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationType } from '../model';
import type { ClaimRow, DocumentPlan, EntityRow } from './plan-document';
import * as Q from './queries';

interface RelationshipRow {
  key: string;
  start: string;
  end: string;
  documents: number;
  claims: number;
  confidence: number;
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * Writes the planned documents. A source already in the graph with other content has its
 * earlier contribution removed in the same transaction; one already there with the same content
 * is left alone (a retry after a commit whose answer was lost finds its documents written).
 */
export async function writeDocuments(tx: ManagedTransaction, planned: readonly DocumentPlan[]): Promise<void> {
  const held = await tx.run(Q.READ_HASHES, { sources: planned.map((p) => p.document.source) });
  const hashOf = new Map(held.records.map((r) => [r.get('source') as string, r.get('id') as string]));
  const plans = planned.filter((p) => hashOf.get(p.document.source) !== p.document.id);
  if (plans.length === 0) return;
  const replacing = plans.filter((p) => hashOf.has(p.document.source)).map((p) => p.document.source);
  const removed = replacing.length > 0 ? await removeDocuments(tx, replacing) : { sources: [], relKeys: [], entityIds: [] };
  // Sent one after another without waiting for each answer: the server runs them in order
  // within the transaction, and the round trips overlap.
  const writes = [
    tx.run(Q.CREATE_DOCUMENTS, { documents: plans.map((p) => p.document) }),
    tx.run(Q.MERGE_ENTITIES, { entities: mergeEntityRows(plans.flatMap((p) => p.entities)) }),
    tx.run(Q.CREATE_MENTIONS, {
      mentions: plans.flatMap((p) => p.entities.map((e) => ({ source: p.document.source, entity: e.id, names: e.names }))),
    }),
  ];
  const claims = plans.flatMap((p) => p.claims.map((c) => ({ ...c, source: p.document.source })));
  if (claims.length > 0) writes.push(tx.run(Q.CREATE_CLAIMS, { claims }));
  for (const [type, rows] of groupByType(relationshipRows(plans))) {
    writes.push(tx.run(Q.ADD_TO_RELATIONSHIPS[type], { rows }));
  }
  await Promise.all(writes);
  await settle(tx, removed.relKeys, removed.entityIds);
}

/** Removes documents and whatever only they supported. */
export async function forgetDocuments(tx: ManagedTransaction, sources: readonly string[]): Promise<string[]> {
  const removed = await removeDocuments(tx, sources);
  await settle(tx, removed.relKeys, removed.entityIds);
  return removed.sources;
}

async function removeDocuments(
  tx: ManagedTransaction,
  sources: readonly string[],
): Promise<{ sources: string[]; relKeys: string[]; entityIds: string[] }> {
  const result = await tx.run(Q.REMOVE_DOCUMENTS, { sources });
  const relKeys = new Set<string>();
  const entityIds = new Set<string>();
  for (const r of result.records) {
    for (const k of r.get('relKeys') as string[]) relKeys.add(k);
    for (const id of r.get('entityIds') as string[]) entityIds.add(id);
  }
  return { sources: result.records.map((r) => r.get('source') as string), relKeys: [...relKeys], entityIds: [...entityIds] };
}

async function settle(tx: ManagedTransaction, relKeys: readonly string[], entityIds: readonly string[]): Promise<void> {
  const rows = relKeys.map((key) => {
    const [type, start, end] = splitKey(key);
    return { type, key, start, end };
  });
  for (const [type, typed] of groupByType(rows)) {
    await tx.run(Q.SETTLE_RELATIONSHIPS[type], { rows: typed.map(({ key, start, end }) => ({ key, start, end })) });
  }
  if (entityIds.length > 0) await tx.run(Q.SETTLE_ENTITIES, { ids: entityIds });
}

/** `TYPE|start|end` back into its parts (entity ids are slugs: they hold no `|`). */
function splitKey(key: string): [RelationType, string, string] {
  const first = key.indexOf('|');
  const second = key.indexOf('|', first + 1);
  return [key.slice(0, first) as RelationType, key.slice(first + 1, second), key.slice(second + 1)];
}

/** One row per entity id across the batch, with every name the batch's documents use for it. */
function mergeEntityRows(rows: readonly EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const held = byId.get(row.id);
    if (held) held.names = [...new Set([...held.names, ...row.names])];
    else byId.set(row.id, { ...row, names: [...row.names] });
  }
  return [...byId.values()];
}

/** What the batch adds to each aggregated relationship. */
function relationshipRows(plans: readonly DocumentPlan[]): (RelationshipRow & { type: RelationType })[] {
  const byKey = new Map<string, RelationshipRow & { type: RelationType; sources: Set<string> }>();
  for (const plan of plans) {
    for (const c of plan.claims) {
      const row = byKey.get(c.relKey) ?? newRelationshipRow(c);
      byKey.set(c.relKey, row);
      row.sources.add(plan.document.source);
      row.claims += 1;
      row.confidence = Math.max(row.confidence, c.confidence);
      if (c.date !== null) {
        if (row.firstDate === null || c.date < row.firstDate) row.firstDate = c.date;
        if (row.lastDate === null || c.date > row.lastDate) row.lastDate = c.date;
      }
    }
  }
  return [...byKey.values()].map(({ sources, ...row }) => ({ ...row, documents: sources.size }));
}

function newRelationshipRow(c: ClaimRow): RelationshipRow & { type: RelationType; sources: Set<string> } {
  return {
    type: c.type,
    key: c.relKey,
    start: c.subject,
    end: c.object,
    documents: 0,
    claims: 0,
    confidence: -Infinity,
    firstDate: null,
    lastDate: null,
    sources: new Set(),
  };
}

function groupByType<T extends { type: RelationType }>(rows: readonly T[]): Map<RelationType, Omit<T, 'type'>[]> {
  const out = new Map<RelationType, Omit<T, 'type'>[]>();
  for (const { type, ...rest } of rows) {
    const list = out.get(type) ?? [];
    list.push(rest);
    out.set(type, list);
  }
  return out;
}
