// The contracts between stages: sources/ produces SourceDocument, extract/ turns it into
// ExtractedDocument, graph/ loads that into Neo4j. Nothing here does any work.

export type EntityType = 'Person' | 'State' | 'Organization';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'State', 'Organization'];

export const CORE_RELATION_TYPES = ['CRITICIZED', 'MET_WITH', 'ALLIED_WITH'] as const;
export const CONTEXT_RELATION_TYPES = ['LEADS', 'MEMBER_OF', 'PART_OF', 'FAMILY_OF'] as const;
export type CoreRelationType = (typeof CORE_RELATION_TYPES)[number];
export type ContextRelationType = (typeof CONTEXT_RELATION_TYPES)[number];
export type RelationType = CoreRelationType | ContextRelationType;
export const RELATION_TYPES: readonly RelationType[] = [...CORE_RELATION_TYPES, ...CONTEXT_RELATION_TYPES];

/** Relations with no direction: (A, MET_WITH, B) is the same fact as (B, MET_WITH, A). */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'MET_WITH',
  'ALLIED_WITH',
  'FAMILY_OF',
]);

/** One document as read from disk, before any extraction. */
export interface SourceDocument {
  /** Path as given, or `path/<line>` for one article of a .jsonl file. */
  source: string;
  /** Plain text (HTML and Markdown already reduced to text); offsets refer to this string. */
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

/** A span of the document text, [start, end) in UTF-16 code units as JavaScript counts them. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  /** Stable within the document; a slug of the canonical name (e.g. `kim-jong-un`). */
  id: string;
  type: EntityType;
  /** Canonical name per the annotation guide (fullest name; common short name for states). */
  name: string;
  /** Other names the document uses for it, plus standard variants (never titles). */
  aliases: string[];
  /** ISO 3166-1 alpha-3 code, for states that have one. */
  iso?: string;
  /** Where the document mentions it (after coreference). */
  mentions?: Mention[];
}

export interface Relation {
  type: RelationType;
  /** Entity ids within the same document. For symmetric types the order carries no meaning. */
  source: string;
  target: string;
  /** The sentence that states the relation. */
  evidence: string;
  /** Offsets of the evidence sentence in the document text. */
  start: number;
  end: number;
  /** 0..1, how sure the rule that fired is. */
  confidence: number;
  /** Which rule fired and on which word, so a user can see why the edge exists. */
  rule?: string;
  trigger?: string;
}

export interface Sentence extends Span {
  text: string;
}

export interface ExtractedDocument {
  source: string;
  title?: string;
  date?: string;
  url?: string;
  entities: Entity[];
  relations: Relation[];
}
