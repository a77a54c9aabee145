// The intermediate shape passed between extractor passes (internal to extract/).
// 01-sentences → 02-entities → 03-coreference produce it; the relation passes read it.
import type { Entity, Sentence, Span } from '../model';

export type MentionKind =
  | 'name' // the canonical name or a written variant of it ("Kim Yo Jong", "DPRK")
  | 'surname' // "Kim", "Putin"
  | 'pronoun' // "she", "he", "the two men" is not one
  | 'capital' // "Pyongyang", "the Kremlin" used as an actor
  | 'demonym' // "North Korean" in "North Korean leader", "South Korean leaders"
  | 'descriptor'; // "the North", "the Trump administration", "Russian officials"

export interface EntityMention extends Span {
  entityId: string;
  text: string;
  kind: MentionKind;
  /** Index into AnalyzedDocument.sentences. */
  sentence: number;
}

export interface AnalyzedDocument {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  /** Every resolved mention, sorted by start offset. */
  mentions: EntityMention[];
}
