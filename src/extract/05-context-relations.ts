// Pass 05: LEADS / MEMBER_OF / PART_OF / FAMILY_OF from titles, roles and appositions.
import type { Relation } from '../model';
import type { AnalyzedDocument } from './analysis';
import type { DocumentFacts } from './03-coreference';

export function extractContextRelations(doc: AnalyzedDocument, facts: DocumentFacts): Relation[] {
  void doc;
  void facts;
  return [];
}
