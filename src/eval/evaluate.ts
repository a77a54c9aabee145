// Runs an extractor over gold documents and sums the per-document counts (micro-averaging).
import { ENTITY_TYPES, RELATION_TYPES } from '../model';
import type { EntityType, ExtractedDocument, RelationType, SourceDocument } from '../model';
import type { GoldDocument } from './gold';
import { type Prf, prf, sumCounts } from './metrics';
import { contextTotal, coreTotal, type DocumentScore, entityTotal, scoreDocument } from './score-document';

export interface EvaluationSummary {
  entityTypes: Record<EntityType, Prf>;
  entities: Prf;
  core: Prf;
  context: Prf;
  relationTypes: Record<RelationType, Prf>;
}

export interface Evaluation {
  documents: DocumentScore[];
  summary: EvaluationSummary;
}

export type Extractor = (doc: SourceDocument) => ExtractedDocument;

export function evaluate(golds: GoldDocument[], extract: Extractor): Evaluation {
  const documents = golds.map((g) => scoreDocument(g, extract({ source: g.file, text: g.text })));
  return { documents, summary: summarize(documents) };
}

export function summarize(documents: DocumentScore[]): EvaluationSummary {
  const entityTypes = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, prf(sumCounts(documents.map((d) => d.entities[t])))]),
  ) as Record<EntityType, Prf>;
  const relationTypes = Object.fromEntries(
    RELATION_TYPES.map((t) => [t, prf(sumCounts(documents.map((d) => d.relations[t])))]),
  ) as Record<RelationType, Prf>;
  return {
    entityTypes,
    entities: prf(sumCounts(documents.map(entityTotal))),
    core: prf(sumCounts(documents.map(coreTotal))),
    context: prf(sumCounts(documents.map(contextTotal))),
    relationTypes,
  };
}
