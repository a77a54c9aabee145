// The extractor: one document's text in, typed entities and relations with provenance out.
// Passes run in file-number order; each is a pure function of the previous one's output.
import type { ExtractedDocument, Relation, SourceDocument } from '../model';
import { splitSentences } from './01-sentences';
import { recognizeEntities } from './02-entities';
import { resolveCoreference } from './03-coreference';
import { extractCoreRelations } from './04-core-relations';
import { extractContextRelations } from './05-context-relations';

export type { AnalyzedDocument, EntityMention, MentionKind } from './analysis';

export function analyzeDocument(text: string) {
  const sentences = splitSentences(text);
  return resolveCoreference(recognizeEntities(text, sentences));
}

export function extractDocument(doc: SourceDocument): ExtractedDocument {
  const { doc: analyzed, facts } = analyzeDocument(doc.text);
  const core = extractCoreRelations(analyzed);
  const relations: Relation[] = [...core, ...extractContextRelations(analyzed, facts, core)];
  const out: ExtractedDocument = { source: doc.source, entities: analyzed.entities, relations };
  if (doc.title !== undefined) out.title = doc.title;
  if (doc.date !== undefined) out.date = doc.date;
  if (doc.url !== undefined) out.url = doc.url;
  return out;
}

export { splitSentences };
