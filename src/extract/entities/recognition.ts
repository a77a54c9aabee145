// What pass 02 finds before coreference: raw mentions pointing at provisional entity keys,
// plus the facts about each mention that later passes need (titles, qualifiers, venues).
import type { MentionKind } from '../analysis';
import type { Sentence } from '../../model';
import type { Token } from './tokens';

export type EntityRef =
  | { type: 'State'; iso: string }
  | { type: 'Organization'; key: string }
  | { type: 'Person'; key: string };

export interface RawMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: MentionKind;
  ref: EntityRef;
  /** A capital or state named only as a place where something happened ("talks in Hanoi"). */
  venue?: boolean;
  /** Covered by a longer reference ("Obama" in "the Obama administration"): counts for the
   * entity's existence but is not passed on as a mention of its own. */
  shadowed?: boolean;
}

/** A title or role read in front of a person's name ("Russian President", "NATO Secretary-General"). */
export interface TitleFact {
  /** Role words as written, lower-cased ("prime minister", "vice foreign minister"). */
  role: string;
  /** The state or organization that qualifies the title, if written ("Russian", "NATO"). */
  qualifier?: EntityRef;
  former: boolean;
  notYet: boolean;
  /** The title's own "of/to X" complement ("Ambassador to South Korea" → KOR). */
  complement?: EntityRef;
}

export interface PersonRecord {
  key: string;
  /** Full written forms (two or more words, or a single word after a title). */
  forms: string[];
  /** Title facts read at the person's name mentions, with the sentence they occur in. */
  titles: { sentence: number; start: number; fact: TitleFact }[];
}

export interface OrgRecord {
  key: string;
  name: string;
  aliases: Set<string>;
  category: string;
  /** State tie written in or right before the name ("China's Foreign Ministry", "of Iran"). */
  stateIso?: string;
  /** Known from world knowledge (data/organizations.json). */
  knownState?: string;
  parentKey?: string;
  /** Organization possessor ("The Brookings Institution's Africa Growth Initiative"). */
  ownerKey?: string;
}

/** A capitalized word that pass 02 could not place: a surname, a title + surname, an acronym. */
export interface Unresolved {
  start: number;
  end: number;
  text: string;
  sentence: number;
  titled?: TitleFact;
  /** The words around it say it is a company or a club ("X's chief executive"); it still may be
   * a short form of an organization named in full elsewhere ("Meta" for "Meta Platforms"). */
  organization?: boolean;
}

export interface Recognition {
  text: string;
  sentences: Sentence[];
  tokens: Token[][];
  mentions: RawMention[];
  persons: Map<string, PersonRecord>;
  orgs: Map<string, OrgRecord>;
  unresolved: Unresolved[];
  /** Names the document calls places ("the state of Lower Rhineland"): never people elsewhere. */
  places?: Set<string>;
}
