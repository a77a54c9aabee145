// The human-readable report of `kg eval`: a P/R/F1 table, and with `verbose` every missed and
// spurious item per document with its evidence.
import { CONTEXT_RELATION_TYPES, CORE_RELATION_TYPES, ENTITY_TYPES } from '../model';
import type { Evaluation } from './evaluate';
import type { Prf } from './metrics';
import type { DocumentScore } from './score-document';

export function formatReport(evaluation: Evaluation, verbose = false): string {
  const lines: string[] = [];
  if (verbose) for (const d of evaluation.documents) lines.push(...documentDetails(d));
  const s = evaluation.summary;
  lines.push(`${evaluation.documents.length} document(s)`);
  lines.push(row('', { header: true }));
  for (const t of ENTITY_TYPES) lines.push(row(`  ${t}`, s.entityTypes[t]));
  lines.push(row('entities', s.entities));
  lines.push(row('core', s.core));
  for (const t of CORE_RELATION_TYPES) lines.push(row(`  ${t}`, s.relationTypes[t]));
  lines.push(row('context', s.context));
  for (const t of CONTEXT_RELATION_TYPES) lines.push(row(`  ${t}`, s.relationTypes[t]));
  return lines.join('\n') + '\n';
}

function row(label: string, m: Prf | { header: true }): string {
  const name = label.padEnd(16);
  if ('header' in m) return `${name}${['P', 'R', 'F1', 'tp', 'fp', 'fn'].map((h) => h.padStart(7)).join('')}`;
  const ratio = (v: number): string => v.toFixed(3).padStart(7);
  const count = (v: number): string => String(v).padStart(7);
  return `${name}${ratio(m.precision)}${ratio(m.recall)}${ratio(m.f1)}${count(m.tp)}${count(m.fp)}${count(m.fn)}`;
}

function documentDetails(d: DocumentScore): string[] {
  const out: string[] = [];
  for (const e of d.missedEntities) out.push(`  missed   entity   ${e.type} ${e.name}${aliasList(e.aliases)}`);
  for (const e of d.spuriousEntities) {
    const where = e.mentions?.[0] ? ` at ${e.mentions[0].start} "${e.mentions[0].text}"` : '';
    out.push(`  spurious entity   ${e.type} ${e.name}${aliasList(e.aliases)}${where}`);
  }
  for (const r of d.missedRelations) {
    out.push(`  missed   ${r.type} ${r.source} -> ${r.target}`);
    out.push(`           "${r.evidence}"`);
  }
  for (const { relation: r, ends } of d.spuriousRelations) {
    const why = [r.rule, r.trigger && `"${r.trigger}"`].filter(Boolean).join(' ');
    out.push(`  spurious ${r.type} ${ends[0]} -> ${ends[1]}${why ? ` [${why}]` : ''}`);
    out.push(`           "${r.evidence}"`);
  }
  return out.length === 0 ? [] : [`${d.id} (${d.file})`, ...out, ''];
}

function aliasList(aliases: string[]): string {
  return aliases.length ? ` (${aliases.join(', ')})` : '';
}
