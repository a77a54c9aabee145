// The core-relation pass's word lists and trigger tables, compiled once at module load from
// data/relation-lexicon.json and data/core-triggers.json.
import lexicon from '../data/relation-lexicon.json';
import triggers from '../data/core-triggers.json';
import roles from '../data/roles.json';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** A multiword phrase as its lower-case words. */
export type Phrase = readonly string[];
const phrases = (list: readonly string[]): Phrase[] => list.map((p) => p.toLowerCase().split(/\s+/));

export const DETERMINERS = set(lexicon.determiners);
export const POSSESSIVE_PRONOUNS = set(lexicon.possessivePronouns);
// Role words of the entity pass (titles, offices) join this pass's own list.
export const ROLE_NOUNS = set([
  ...lexicon.roleNouns,
  ...roles.roles.flatMap((r) => r.words.toLowerCase().split(/\s+/)).filter((w) => !/^(?:of|first|the|and|army|government|cabinet|press|staff|field|grand|executive|party)$/.test(w)),
]);
export const PLURAL_ROLE_NOUNS = set(lexicon.pluralRoleNouns);
/** "his government", "whose military government": nouns that stand for the state they run. */
export const GOVERNMENT_NOUNS = set(['government', 'administration', 'regime', 'cabinet', 'authorities', 'junta', 'leadership', 'dictatorship']);
/** Words of role phrases that never head one ("the military" is a body, not a person). */
export const ROLE_MODIFIERS = set(lexicon.roleModifiers);
/** Roles that speak for their body: an unnamed spokesman's accusation is the body's. */
export const VOICE_ROLES = set(lexicon.voiceRoles);
/** Things that carry a criticism for their authors: "a joint statement by X and Y condemned Z". */
export const STATEMENT_NOUNS = set(lexicon.statementNouns);
export const GROUP_NOUNS: Record<'Person' | 'State', ReadonlySet<string>> = {
  Person: set(lexicon.groupNouns.Person),
  State: set(lexicon.groupNouns.State),
};
export const GROUP_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(lexicon.groupNumbers));
export const ADVERBS = set(lexicon.adverbs);
const NOT_ADVERBS = set(lexicon.notAdverbs);
/** Listed adverbs and -ly words that are not nouns or adjectives ("ally", "daily"). */
export const isAdverb = (lw: string): boolean => ADVERBS.has(lw) || (lw.length > 4 && lw.endsWith('ly') && !NOT_ADVERBS.has(lw));
export const AUXILIARIES = set(lexicon.auxiliaries);
export const BE_FORMS = set(lexicon.beForms);
export const CLAUSE_OPENERS = set(lexicon.clauseOpeners);
export const CONDITIONAL_OPENERS = set(lexicon.conditionalOpeners);
export const SOFT_CLAUSE_OPENERS = set(lexicon.softClauseOpeners);
export const RELATIVE_PRONOUNS = set(lexicon.relativePronouns);
export const PREPOSITIONS = set(lexicon.prepositions);
export const SPEECH_VERBS = set(lexicon.speechVerbs);
export const NEGATORS = set(lexicon.negators);
export const NON_OCCURRENCE = phrases(lexicon.nonOccurrence);
/** "denied that X had met Y": a clause these verbs govern states nothing. */
export const DENIAL_VERBS = phrases(lexicon.denialVerbs);
export const MODAL_CUES = phrases(lexicon.modalCues);
export const STRONG_MODALS = set(lexicon.strongModals);
export const UNREALIZED_MODIFIERS = phrases(lexicon.unrealizedModifiers);
export const PARENTHETICAL_OPENERS = phrases(lexicon.parentheticalOpeners);
export const PLURAL_NOUNS_TAKING_FROM = set(lexicon.pluralNounsTakingFrom);
export const REALIZED_INFINITIVE_GOVERNORS = phrases(lexicon.realizedInfinitiveGovernors);
export const INSULT_WORDS = set(lexicon.insultWords);
export const HOSTILE_ACT_VERBS = set(lexicon.hostileActVerbs.forms);
export const HARM_VERBS = set(lexicon.harmVerbs.forms);
export const HARBOURED_OBJECTS = set(lexicon.harbouredObjects.forms);
/** Acts whose doer a definite mention ("the launch") takes from the sentence before. */
export const ACT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(lexicon.actNouns).filter((e): e is [string, string[]] => Array.isArray(e[1])),
);
export const COMMON_VERBS = set(lexicon.commonVerbs);
export const TIME_WORDS = set(lexicon.timeWords);

export interface Trigger {
  relation: 'CRITICIZED' | 'MET_WITH' | 'ALLIED_WITH';
  /** verb: a predicate with a subject; noun: an event or state named by a noun. */
  part: 'verb' | 'noun';
  rule: string;
  args: 'object' | 'label' | 'that' | 'noun';
  /** For meeting verbs: whether all the objects took part in one meeting together. */
  together: boolean;
  confidence: number;
  words: Phrase;
}

interface VerbEntry {
  rule: string;
  args?: string;
  together?: boolean;
  confidence: number;
  forms: string[];
}

function compile(relation: Trigger['relation'], part: Trigger['part'], entries: readonly VerbEntry[]): Trigger[] {
  return entries.flatMap((e) =>
    phrases(e.forms).map((words) => ({
      relation,
      part,
      rule: e.rule,
      args: (part === 'noun' ? 'noun' : (e.args ?? 'object')) as Trigger['args'],
      together: e.together ?? true,
      confidence: e.confidence,
      words,
    })),
  );
}

export const TRIGGERS: readonly Trigger[] = [
  ...compile('CRITICIZED', 'verb', triggers.criticized.verbs),
  ...compile('CRITICIZED', 'noun', triggers.criticized.nouns),
  ...compile('MET_WITH', 'verb', triggers.metWith.verbs),
  ...compile('MET_WITH', 'noun', triggers.metWith.nouns),
  ...compile('ALLIED_WITH', 'noun', triggers.alliedWith.nouns),
];

/** First word → triggers starting with it, longest first, so matching is one lookup per word. */
export const TRIGGERS_BY_FIRST_WORD: ReadonlyMap<string, readonly Trigger[]> = (() => {
  const map = new Map<string, Trigger[]>();
  for (const t of TRIGGERS) map.set(t.words[0], [...(map.get(t.words[0]) ?? []), t]);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

export const CRITICISM_NOUN_PREPOSITIONS = set(triggers.criticized.nounPrepositions);
export const DRAWN_FROM = set(triggers.criticized.drawnFrom);
export const WARN_NEEDS = set(triggers.criticized.warnNeeds);
export const PHONE_CUES = set(triggers.metWith.phoneCues);
export const PARTICIPATION = phrases(triggers.metWith.participation);
export const HELD_VERBS = phrases(triggers.metWith.heldVerbs);
export const MEETING_NOUN_INTRODUCERS = phrases(triggers.metWith.nounIntroducers);
export const NOT_ALLIANCE = set(triggers.alliedWith.notAlliance);
export const SUPPLY_VERBS = set(triggers.alliedWith.supplyVerbs);
export const SUPPLY_OBJECTS = set(triggers.alliedWith.supplyObjects);
export const FIGHT_VERBS = set(triggers.alliedWith.fightVerbs);

/** Every trigger surface word, so noun phrases never swallow a predicate. */
export const TRIGGER_VERB_WORDS: ReadonlySet<string> = new Set(
  TRIGGERS.filter((t) => t.part === 'verb').map((t) => t.words[0]),
);
