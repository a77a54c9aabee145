// People's roles read around their names: a title before the name ("Russian President X"), an
// apposition after it ("X, South Korea's national security adviser") or before it ("Iran's new
// president, X"), a bare title resolved by the state in focus, and family words.
import type { EntityMention } from '../analysis';
import { STATES } from '../entities/gazetteer';
import { decideRole, FORMER_MARKERS, matchRole, NOT_YET_MARKERS, PORTFOLIO_WORDS, ROLE_VOCABULARY, type RoleDecision } from '../entities/roles';
import { add, type Ctx, phrase, stateIdByIso, stateOfOrg, stateOfPerson, type Target, targetOf, tokenSpan, typeOf } from './context-state';
import { COMPANY_TITLES, sportsSentence } from '../entities/org-cues';
import { orgInFocus, stateInFocus } from './state-in-focus';

const DETERMINERS = new Set(['the', 'a', 'an', 'now', 'himself', 'herself', 'also', 'currently', 'then', 'its', 'their', 'both', 'two', 'three', 'four', 'as', 'still', 'once', 'longtime', 'long-time']);
/** Lower-case words a portfolio is named with ("for reintegration", "for European affairs"). */
const PORTFOLIO_WORDS_LOWER = /^(?:[a-z]*(?:tion|ment|ance|ence|ity|ics|ism|ure|affairs|relations|security|trade|defen[cs]e|justice|finance|energy|health|education|labou?r|agriculture|transport|tourism|women|youth|housing|immigration|european|foreign|economic|digital|climate|water)|and)$/;
const COMPLEMENT_PREPS = new Set(['of', 'for', 'to', 'at', 'with', 'in', 'from']);
const ROLE_MODIFIERS_CAP = /^(foreign|defense|defence|finance|interior|trade|justice|unification|energy|health|education|home|state|economic|security)$/;
/** Ranks that may stand between "Mali's" and the name of its leader ("Guinea's Colonel Doumbouya"). */
const RANK_WORDS = /^(general|gen|lt|col|colonel|captain|capt|major|maj|admiral|adm|marshal|field|lieutenant|brigadier|brig|\.|-|sheikh|sheik|president|leader|strongman)$/;
const RELATIVE_ROLE = /^who\s+(?:also\s+|now\s+|currently\s+)?(?:(heads|leads|chairs|runs)\b|is\b|serves\s+as\b|has\s+been\b|remains\b)/i;
const FUNCTION_WORD_START = /^(The|A|An|In|On|At|But|And|When|While|After|Before|As|Meanwhile|However|Then|Now|Later|Earlier|Also|Still|Yet|So|Last|Next|Former|Then-)$/;
const TITLE_WITH_COMPLEMENT = /^(ambassador|envoy|secretary|minister|representative|delegate|commissioner|consul|general)s?$/i;

interface Prefix {
  words: string[];
  qualifier?: Target;
  qualifierMention?: EntityMention;
  possessive: boolean;
  complement?: Target;
  former: boolean;
  notYet: boolean;
  /** Token index where the whole prefix (qualifier included) starts. */
  start: number;
  /** A capitalized word qualifies the title but names no known entity. */
  unknownOwner: boolean;
}

/** Title words and qualifier right before a name: "former U.S. Secretary of State", "Kremlin spokesman". */
function readPrefix(ctx: Ctx, m: EntityMention): Prefix {
  const { toks, from } = tokenSpan(ctx, m);
  const at = ctx.mentionAt[m.sentence];
  const words: string[] = [];
  let complement: Target | undefined;
  let j = from - 1;
  while (j >= 0) {
    const t = toks[j];
    const lower = t.norm.toLowerCase();
    const mention = at[j];
    if (mention && mention.entityId !== m.entityId) {
      // "Ambassador to Japan Jane Doe": a complement inside the title.
      const span = tokenSpan(ctx, mention);
      const before = span.from - 1;
      if (before >= 1 && /^(to|of)$/.test(toks[before].norm) && TITLE_WITH_COMPLEMENT.test(toks[before - 1].norm)) {
        complement = targetOf(ctx, mention);
        words.unshift(toks[before].norm);
        j = before - 1;
        continue;
      }
      break;
    }
    // "Chad People's Defence Forces (CPDF) chief X": the acronym in parentheses is the owner.
    if (lower === ')' && words.length > 0 && j >= 3 && toks[j - 2].norm === '(') {
      const inner = at[j - 1] ?? at[j - 3];
      if (inner && inner.entityId !== m.entityId && typeOf(ctx, inner.entityId) === 'Organization') {
        j = at[j - 1] ? j - 1 : j - 3;
        break;
      }
    }
    if (ROLE_VOCABULARY.has(lower) || ((lower === '-' || lower === '.') && words.length > 0 && j > 0 && ROLE_VOCABULARY.has(toks[j - 1].norm.toLowerCase().replace(/\.$/, '')))) {
      words.unshift(lower);
      j--;
      continue;
    }
    if ((lower === 'of' || lower === 'for') && words.length > 0 && j > 0 && ROLE_VOCABULARY.has(toks[j - 1].norm.toLowerCase())) {
      words.unshift(lower);
      j--;
      continue;
    }
    // "Undersecretary for Bilateral Relations X": a capitalized portfolio after "for"/"of" and a title.
    if (words.length === 0 && /^\p{Lu}/u.test(t.text) && PORTFOLIO_WORDS.has(lower)) {
      let k = j;
      while (k > 0 && j - k < 4 && /^\p{Lu}/u.test(toks[k].text) && PORTFOLIO_WORDS.has(toks[k].norm.toLowerCase())) k--;
      if (k > 0 && /^(for|of)$/.test(toks[k].norm) && ROLE_VOCABULARY.has(toks[k - 1].norm.toLowerCase())) {
        for (let q = j; q >= k; q--) words.unshift(toks[q].norm.toLowerCase());
        j = k - 1;
        continue;
      }
    }
    // "Unification Minister": a capitalized word naming the portfolio.
    if (/^\p{Lu}/u.test(t.text) && words.length > 0 && /^(minister|ministers|secretary)$/.test(words[words.length - 1]) && words.slice(0, -1).every((w) => !ROLE_VOCABULARY.has(w) || ROLE_MODIFIERS_CAP.test(w))) {
      words.unshift(lower);
      j--;
      continue;
    }
    break;
  }
  let qualifierMention: EntityMention | undefined;
  let possessive = false;
  let start = j + 1;
  if (j >= 1 && toks[j].norm === "'s" && at[j - 1]) {
    qualifierMention = at[j - 1];
    possessive = true;
  } else if (j >= 0 && at[j] && at[j]!.entityId !== m.entityId) {
    qualifierMention = at[j];
  }
  if (qualifierMention) start = tokenSpan(ctx, qualifierMention).from;
  // "Office spokeswoman X" where "Office" names nothing known: the owner is unknown, not absent.
  const unknownOwner = !qualifierMention && words.length > 0 && j >= 0 && /^\p{Lu}/u.test(toks[j].text) && !FUNCTION_WORD_START.test(toks[j].text);
  // "former U.S. President", "Former Prime Minister".
  const beforeStart = start > 0 ? toks[start - 1].norm.toLowerCase() : '';
  const former = words.some((w) => FORMER_MARKERS.has(w)) || FORMER_MARKERS.has(beforeStart) || (beforeStart === '-' && start > 1 && FORMER_MARKERS.has(toks[start - 2].norm.toLowerCase() + '-'));
  const notYet = words.some((w) => NOT_YET_MARKERS.has(w)) || (from + 1 < toks.length && false);
  let qualifier = targetOf(ctx, qualifierMention);
  // A possessive person ("Obama's adviser") points at that person's state.
  if (qualifier?.kind === 'person' && !possessive) qualifier = undefined;
  return { words, qualifier, qualifierMention, possessive, complement, former, notYet, start, unknownOwner };
}

export function readPersonRoles(ctx: Ctx, m: EntityMention, untied: { m: EntityMention; decision: RoleDecision }[]): void {
  const prefix = readPrefix(ctx, m);
  const decision = prefix.words.length > 0 ? decideRole(prefix.words) ?? teamCaptain(ctx, m, prefix) : undefined;
  if (decision && prefix.qualifierMention) ctx.claimedQualifiers.add(prefix.qualifierMention.start);
  const before = readApposedBefore(ctx, m, prefix);
  // "his daughter X", "the president's brother X", "Y's wife X": the relative is the owner.
  if (decision?.family && prefix.qualifierMention && typeOf(ctx, prefix.qualifierMention.entityId) === 'Person') {
    add(ctx, 'FAMILY_OF', m.entityId, prefix.qualifierMention.entityId, m.sentence, 'title-family', decision.family, 0.8);
  }
  if (!prefix.former && !prefix.notYet) {
    if (decision && !decision.family && !decision.counterpart) {
      const named = prefix.qualifier ?? prefix.complement ?? complementAfterName(ctx, m) ?? whereBody(ctx, m, prefix);
      const body = named ? undefined : bodyNounBefore(ctx, m, prefix);
      const target = named ?? body;
      if (target && !(prefix.complement && prefix.qualifier === undefined && /ambassador|envoy/.test(decision.role.words))) {
        // Guide: "an army chief, a party leader: LEADS that body".
        const d = body && !decision.deputy ? { ...decision, role: { ...decision.role, role: 'leads' as const } } : decision;
        applyRole(ctx, m, d, target, 'title-prefix', phrase(prefix.words));
      } else if (!before && !prefix.unknownOwner) {
        untied.push({ m, decision });
      }
    } else if (!decision && prefix.possessive && prefix.qualifier?.kind === 'state' && !before && prefix.words.every((w) => RANK_WORDS.test(w)) && !sportsSentence(ctx.facts.tokens[m.sentence].map((t) => t.norm.toLowerCase()))) {
      // "Chile's Boric", "Guinea's Colonel Doumbouya": a state's own person, with no role given
      // anywhere in the document, is its leader (decided once all roles are read).
      ctx.possessiveLeaders.push({ m, state: prefix.qualifier.id, trigger: prefix.qualifierMention!.text + "'s" });
    }
  }
  // "his Slovak counterpart X": the role of the person "his" refers to, in the state named.
  if (decision?.counterpart && !before && !prefix.former && prefix.qualifier?.kind === 'state' && !readingCounterpart) {
    const owner = ctx.mentionAt[m.sentence][prefix.start - 1];
    const role = owner && owner.kind === 'pronoun' && typeOf(ctx, owner.entityId) === 'Person' ? roleOf(ctx, owner.entityId) : undefined;
    if (role) applyRole(ctx, m, { ...decision, counterpart: false, role }, prefix.qualifier, 'title-counterpart', phrase(prefix.words));
  }
  if (before) {
    const target = before.target ?? (decision ? undefined : prefix.qualifier);
    if (!before.former && target) applyRole(ctx, m, before.decision, target, 'apposition-before', before.trigger);
    // An apposed role with no owner named goes to the state in focus only when it is a state
    // office ("the president, X"); "the majority leader, X" leads something unnamed.
    else if (!before.former && !target && !decision && before.decision.role.target === 'state') untied.push({ m, decision: before.decision });
  }
  readApposedAfter(ctx, m);
  if (!prefix.former) readChurchRole(ctx, m, prefix.words);
}

/** "summoned to the ministry, where Undersecretary X …": the body the "where" clause is in. */
function whereBody(ctx: Ctx, m: EntityMention, prefix: Prefix): Target | undefined {
  const toks = ctx.facts.tokens[m.sentence];
  const w = prefix.start - 1;
  if (w < 2 || toks[w].norm.toLowerCase() !== 'where' || toks[w - 1].norm !== ',') return undefined;
  const x = ctx.mentionAt[m.sentence][w - 2];
  return x && typeOf(ctx, x.entityId) === 'Organization' && !NOT_NATIONAL_BODY.has(ctx.orgById.get(x.entityId)?.category ?? '') ? { kind: 'org', id: x.entityId } : undefined;
}
const NOT_NATIONAL_BODY = new Set(['news-agency']);

/** "Pope X" leads, "Bishop Y" / "Archbishop Z" belongs to, the one church the document names. */
function readChurchRole(ctx: Ctx, m: EntityMention, words: string[]): void {
  const leads = words.includes('pope');
  if (!leads && !words.some((w) => w === 'bishop' || w === 'archbishop')) return;
  const churches = [...ctx.orgById].filter(([, o]) => o.category === 'religious' && /\bChurch\b/.test(o.name));
  if (churches.length !== 1) return;
  add(ctx, leads ? 'LEADS' : 'MEMBER_OF', m.entityId, churches[0][0], m.sentence, 'title-church', words.join(' '), 0.7);
}

/** "President Cyril Ramaphosa of South Africa": the title's body named after the name. */
function complementAfterName(ctx: Ctx, m: EntityMention): Target | undefined {
  const { toks, to } = tokenSpan(ctx, m);
  if (toks[to]?.norm !== 'of') return undefined;
  let k = to + 1;
  if (toks[k]?.norm === 'the') k++;
  const x = ctx.mentionAt[m.sentence][k];
  const t = targetOf(ctx, x);
  return t && t.kind !== 'person' ? t : undefined;
}

function applyRole(ctx: Ctx, m: EntityMention, d: RoleDecision, target: Target, rule: string, trigger: string): void {
  if (d.family || d.counterpart) return;
  // An opposition leader leads a party, not the state named next to the title.
  if (/\bopposition\b/.test(trigger) && target.kind !== 'org') return;
  let t = target;
  if (t.kind === 'person') {
    // "Lula's chief adviser": the state of the person served, once all roles are read.
    const iso = stateOfPerson(ctx, t.id);
    if (!iso) {
      if (!ctx.servingPeople.some((x) => x.m === m)) ctx.servingPeople.push({ m, decision: d, personId: t.id, rule, trigger });
      return;
    }
    t = { kind: 'state', id: iso };
  }
  const leads = d.role.role === 'leads' && !d.deputy;
  if (t.kind === 'state' && d.role.body && !d.deputy) {
    // "Foreign Minister X" leads the document's Foreign Ministry of that state, if there is one.
    const body = bodyFor(ctx, trigger, d.role.body, t.id);
    if (body) {
      add(ctx, 'LEADS', m.entityId, body, m.sentence, `${rule}:minister-of-body`, trigger, 0.8);
      return;
    }
  }
  if (t.kind === 'state' && d.role.target === 'org' && leads) {
    add(ctx, 'MEMBER_OF', m.entityId, t.id, m.sentence, rule, trigger, 0.6);
    return;
  }
  // "Energy Minister X" where "Energy" names the Energy Ministry: a minister leads his ministry.
  const headsMinistry = t.kind === 'org' && d.role.body !== undefined && !d.deputy && ctx.orgById.get(t.id)?.category === 'ministry';
  add(ctx, leads || headsMinistry ? 'LEADS' : 'MEMBER_OF', m.entityId, t.id, m.sentence, rule, trigger, 0.85);
}

/** The organization a minister of `trigger` heads: "foreign minister" → "Foreign Ministry";
 * "Secretary of Foreign Affairs" → "Department of Foreign Affairs"; "foreign minister" →
 * "Ministry of Foreign Affairs of <State>". */
function bodyFor(ctx: Ctx, trigger: string, body: string, stateId: string | undefined): string | undefined {
  const words = trigger.toLowerCase().split(/\s+/);
  const idx = words.findIndex((w) => w === 'minister' || w === 'secretary');
  if (idx < 0) return undefined;
  const after = words[idx + 1] === 'of' || words[idx + 1] === 'for' ? words.slice(idx + 2).join(' ') : '';
  const portfolio = idx > 0 ? words[idx - 1] : after.replace(/ affairs$/, '');
  if (!portfolio) return undefined;
  // A body tied to the minister's state wins over one tied to no state.
  let untied: string | undefined;
  for (const [id, org] of ctx.orgById) {
    if (org.category !== 'ministry') continue;
    const name = org.name.toLowerCase();
    const core = MINISTRY_OF.exec(name)?.[1]?.replace(/ affairs$/, '');
    if (!(name === `${portfolio} ${body.toLowerCase()}` || name === `${body.toLowerCase()} of ${portfolio}` || name.startsWith(`${portfolio} `) || (core !== undefined && (core === portfolio || core.startsWith(`${portfolio} `))))) continue;
    const orgState = stateOfOrg(ctx, id);
    if (stateId === undefined || orgState === stateId) return id;
    if (orgState === undefined) untied ??= id;
  }
  return untied;
}
/** "ministry of foreign affairs of japan" → "foreign affairs". */
const MINISTRY_OF = /^(?:ministry|department) (?:of|for) (?:the )?(.+?)(?: of (?:the )?[a-z' ]+)?$/;

interface Apposed {
  decision: RoleDecision;
  target?: Target;
  former: boolean;
  trigger: string;
}

/** "Iran's new president, X", "The head of the WHO, X", "his Guyanese counterpart, X". */
function readApposedBefore(ctx: Ctx, m: EntityMention, prefix: Prefix): Apposed | undefined {
  const toks = ctx.facts.tokens[m.sentence];
  const at = ctx.mentionAt[m.sentence];
  let comma = prefix.start - 1;
  if (comma >= 1 && toks[comma].norm === 'and') {
    // "The two foreign ministers, A's X and B's Y": Y shares the list's role.
    let k = comma - 1;
    while (k >= 0 && comma - k <= 12 && toks[k].norm !== ',') k--;
    const member = k >= 0 ? at.slice(k + 1, comma).find((x) => x && typeOf(ctx, x.entityId) === 'Person') : undefined;
    // The first member must follow the comma directly (with its own prefix).
    if (!member || readPrefix(ctx, member).start !== k + 1) return undefined;
    comma = k;
  }
  if (comma < 1 || toks[comma].norm !== ',') return undefined;
  const words: string[] = [];
  let target: Target | undefined;
  let possessorTarget: Target | undefined;
  let targetPrep = '';
  let former = false;
  let j = comma - 1;
  let sawRole = false;
  // "Moldova's deputy prime minister for reintegration, X": a lower-case portfolio after "for".
  for (let k = comma - 1; k >= Math.max(1, comma - 4); k--) {
    if (toks[k].norm === 'for' && k < comma - 1 && ROLE_VOCABULARY.has(toks[k - 1].norm.toLowerCase())) {
      if (toks.slice(k + 1, comma).every((t, i) => !at[k + 1 + i] && /^[a-z]+$/.test(t.norm) && PORTFOLIO_WORDS_LOWER.test(t.norm))) j = k - 1;
      break;
    }
  }
  while (j >= 0 && comma - j <= 14) {
    const t = toks[j];
    const lower = t.norm.toLowerCase();
    const mention = at[j];
    if (mention) {
      const span = tokenSpan(ctx, mention);
      let prev = span.from - 1;
      // "a spokesman for Germany's Finance Ministry, X": the owner's possessive goes with the body.
      if (prev >= 1 && toks[prev].norm === "'s" && at[prev - 1] && typeOf(ctx, mention.entityId) === 'Organization') prev = tokenSpan(ctx, at[prev - 1]!).from - 1;
      if (prev >= 1 && toks[prev].norm === 'the') prev--;
      if (prev >= 0 && /^(of|for|to|at)$/.test(toks[prev].norm) && !sawRole) {
        target = targetOf(ctx, mention);
        targetPrep = toks[prev].norm;
        words.unshift(toks[prev].norm);
        j = prev - 1;
        if (j >= 0 && toks[j].norm === 'the') j--;
        continue;
      }
      if (toks[span.to]?.norm === "'s" || span.to === j + 1) {
        const q = targetOf(ctx, mention);
        if (toks[span.to]?.norm === "'s") possessorTarget = q;
        else if (q && q.kind !== 'person') possessorTarget ??= q;
        else if (q?.kind === 'person' && mention.kind === 'pronoun') possessorTarget = q;
        j = span.from - 1;
        break;
      }
      break;
    }
    if (lower === "'s") {
      j--;
      continue;
    }
    // "Qatar's Prime Minister and Foreign Minister, X": coordinated titles of one person.
    const coordinated = lower === 'and' && words.length > 0 && j > 0 && ROLE_VOCABULARY.has(toks[j - 1].norm.toLowerCase());
    if (coordinated || ROLE_VOCABULARY.has(lower) || ROLE_VOCABULARY.has(lower.replace(/s$/, '')) || DETERMINERS.has(lower) || lower === '-') {
      if (FORMER_MARKERS.has(lower)) former = true;
      if (!DETERMINERS.has(lower)) {
        words.unshift(lower);
        sawRole = true;
      }
      j--;
      continue;
    }
    if (/^\p{Lu}/u.test(t.text) && words.length > 0) {
      words.unshift(lower);
      j--;
      continue;
    }
    // "Its migration commissioner, X": a lower-case portfolio right before the role word.
    if (words.length > 0 && sawRole && /^[a-z]+$/.test(t.norm) && lower !== 'and' && PORTFOLIO_WORDS_LOWER.test(lower) && ROLE_VOCABULARY.has(toks[j + 1]?.norm.toLowerCase() ?? '')) {
      j--;
      continue;
    }
    break;
  }
  while (j >= 0 && (DETERMINERS.has(toks[j].norm.toLowerCase()) || /^(his|her|their|its)$/i.test(toks[j].norm))) j--;
  // "the European Parliament, whose president, X" / "Y, whose father, X": the antecedent owns
  // the role.
  if (j >= 2 && toks[j].norm.toLowerCase() === 'whose' && toks[j - 1].norm === ',' && at[j - 2] && !possessorTarget) {
    possessorTarget = targetOf(ctx, at[j - 2]);
    j -= 1;
  }
  // The phrase must start the clause: sentence start, a comma, or a preposition like "by".
  if (j >= 0 && !/^(,|by|with|from|between|and|to|for|of|:|—|–|hosted|met|as|including|said|told|added|like|among|during)$/.test(toks[j].norm.toLowerCase())) {
    // Allow verbs before "the X": "hosted by", "met"; otherwise not an apposition.
    // "expelled South Africa's ambassador, X": a possessive opens the phrase by itself.
    if (!(toks[j + 1] && /^(the|a|an|his|her|its|their)$/i.test(toks[j + 1].norm)) && !possessorTarget) return undefined;
  }
  if (words.length === 0) return undefined;
  const decision = decideRole(words);
  if (!decision) return undefined;
  if (decision.counterpart) {
    // "his Guyanese counterpart": the role of the person "his" refers to, in the state named here.
    const ref = possessorPerson(ctx, m, comma);
    const role = ref ? roleOf(ctx, ref) : undefined;
    const qualifier = words.length > 0 ? stateInPhrase(ctx, m.sentence, j + 1, comma) : undefined;
    if (!role || !qualifier) return undefined;
    return { decision: { ...decision, counterpart: false, role: role }, target: qualifier, former, trigger: words.join(' ') };
  }
  if (decision.family) {
    // "Aliyev's wife, Mehriban Aliyeva".
    if (possessorTarget?.kind === 'person' && !former) add(ctx, 'FAMILY_OF', m.entityId, possessorTarget.id, m.sentence, 'apposition-family', decision.family, 0.8);
    // "His wife and co-president, X": the coordinated office is held in the relative's state.
    const office = words.includes('and') && decision.role.words !== decision.family && decision.role.tokens.length > 0;
    if (office && possessorTarget?.kind === 'person') return { decision: { ...decision, family: undefined }, target: possessorTarget, former, trigger: decision.role.words };
    return undefined;
  }
  // "The U.S. ambassador to Poland, X": the country an envoy is sent to is not the one served.
  if (target && targetPrep === 'to' && /ambassador|envoy|representative|delegate/.test(decision.role.words) && possessorTarget) target = undefined;
  let tgt = target ?? possessorTarget;
  if (!tgt) tgt = stateInPhrase(ctx, m.sentence, j + 1, comma);
  return { decision, target: tgt, former, trigger: phrase(words) };
}

function possessorPerson(ctx: Ctx, m: EntityMention, before: number): string | undefined {
  const at = ctx.mentionAt[m.sentence];
  for (let k = before; k >= 0; k--) {
    const x = at[k];
    if (x && x.kind === 'pronoun' && typeOf(ctx, x.entityId) === 'Person') return x.entityId;
  }
  return undefined;
}

function stateInPhrase(ctx: Ctx, sentence: number, from: number, to: number): Target | undefined {
  const at = ctx.mentionAt[sentence];
  for (let k = from; k < to; k++) {
    const x = at[k];
    if (x && typeOf(ctx, x.entityId) === 'State') return { kind: 'state', id: x.entityId };
  }
  return undefined;
}

/** "X, South Korea's national security adviser", "X, prime minister of Y and chairman of Z". */
function readApposedAfter(ctx: Ctx, m: EntityMention): void {
  const { toks, to } = tokenSpan(ctx, m);
  const at = ctx.mentionAt[m.sentence];
  if (toks[to]?.norm !== ',') return;
  let k = to + 1;
  // "X, a conservative who leads the Y party": a short noun phrase before "who".
  if (/^(a|an)$/i.test(toks[k]?.norm ?? '')) {
    let q = k + 1;
    while (q < toks.length && q <= k + 3 && !at[q] && /^[a-z][a-z-]*$/.test(toks[q].norm) && toks[q].norm !== 'who' && !ROLE_VOCABULARY.has(toks[q].norm)) q++;
    if (q > k + 1 && toks[q]?.norm.toLowerCase() === 'who') k = q;
  }
  // "X, who also serves as first vice president," reads like an apposition; "X, who heads the
  // agency," names what X leads.
  const rel = RELATIVE_ROLE.exec(ctx.doc.text.slice(toks[k]?.start ?? 0, (toks[k]?.start ?? 0) + 40));
  if (toks[k]?.norm.toLowerCase() === 'who' && rel) {
    const skip = rel[0].trim().split(/\s+/).length;
    if (rel[1]) {
      // "who heads the agency", "who now leads the opposition X party", "who also heads
      // Sudan's ruling Y Council": the first body named, past a possessive owner and adjectives.
      let q = k + skip;
      // Determiners and lower-case adjectives ("the far-right", "the small liberal").
      while (q < toks.length && q < k + skip + 6 && !at[q] && (/^(the|a|its|his|her|their)$/i.test(toks[q].norm) || (/^([a-z]+|-)$/.test(toks[q].norm) && !COMPLEMENT_PREPS.has(toks[q].norm) && !/^(and|or|from|by|on|talks|delegation|team)$/.test(toks[q].norm)))) q++;
      let x = at[q];
      if (x) {
        let after = tokenSpan(ctx, x).to;
        if (toks[after]?.norm === "'s") {
          after++;
          while (after < toks.length && after < q + 6 && !at[after] && /^[a-z-]+$/.test(toks[after].norm)) after++;
          if (at[after]) x = at[after];
        }
      }
      const t = targetOf(ctx, x);
      if (t && t.kind !== 'person') add(ctx, 'LEADS', m.entityId, t.id, m.sentence, 'relative-leads', rel[1], 0.75);
      return;
    }
    k += skip;
  }
  for (let round = 0; round < 3 && k < toks.length; round++) {
    const words: string[] = [];
    let possessor: Target | undefined;
    let target: Target | undefined;
    let former = false;
    while (k < toks.length && DETERMINERS.has(toks[k].norm.toLowerCase())) k++;
    // A possessor: "South Korea's", "the bloc's".
    const pm = at[k];
    if (pm) {
      const span = tokenSpan(ctx, pm);
      if (toks[span.to]?.norm === "'s") {
        possessor = targetOf(ctx, pm);
        k = span.to + 1;
      } else if (typeOf(ctx, pm.entityId) === 'State' && (pm.kind === 'demonym' || pm.kind === 'name')) {
        possessor = targetOf(ctx, pm);
        k = span.to;
      } else if (typeOf(ctx, pm.entityId) === 'Organization' && pm.kind === 'descriptor' && ROLE_VOCABULARY.has(toks[span.to]?.norm.toLowerCase() ?? '')) {
        // "X, the army chief,": "the army" was resolved to the armed force named before.
        possessor = targetOf(ctx, pm);
        k = span.to;
      }
    }
    while (k < toks.length) {
      const lower = toks[k].norm.toLowerCase();
      if (at[k]) break;
      // "co-founder and chief executive of Y": the founding is history, the office is the role.
      const founder = words.length === 0 ? /^(?:co-?)?founder and\s/i.exec(ctx.doc.text.slice(toks[k].start, toks[k].start + 20)) : null;
      if (founder) {
        const end = toks[k].start + founder[0].trimEnd().length;
        while (k < toks.length && toks[k].end <= end) k++;
        continue;
      }
      if (COMPLEMENT_PREPS.has(lower)) {
        // "chief of staff", "head of state": a role that itself runs through "of".
        const lowerToks = toks.map((t) => t.norm.toLowerCase());
        const r = words.length > 0 ? matchRole(lowerToks, k - 1) : undefined;
        if (!r || r.tokens.length < 3) break;
        words.push(...r.tokens.slice(1));
        k = k - 1 + r.tokens.length;
        continue;
      }
      if (ROLE_VOCABULARY.has(lower) || DETERMINERS.has(lower) || lower === '-') {
        if (FORMER_MARKERS.has(lower)) former = true;
        if (!DETERMINERS.has(lower)) words.push(lower);
        k++;
        continue;
      }
      // "the Commission's enlargement commissioner": a lower-case portfolio before the role.
      if (words.length === 0 && /^[a-z]+$/.test(toks[k].norm) && PORTFOLIO_WORDS_LOWER.test(lower) && lower !== 'and' && ROLE_VOCABULARY.has(toks[k + 1]?.norm.toLowerCase() ?? '')) {
        k++;
        continue;
      }
      // "the army chief", "the party leader": a kind of body qualifying the role.
      if (BODY_NOUNS[lower] && ROLE_VOCABULARY.has(toks[k + 1]?.norm.toLowerCase() ?? '')) {
        words.push(lower);
        k++;
        continue;
      }
      break;
    }
    if (words.length === 0) return;
    // "X, the king's eldest son": the title names the possessor, not X.
    if (toks[k]?.norm === "'s") return;
    // "A, Malaysian Prime Minister B and …": a list of titled people, not an apposition.
    if (at[k] && typeOf(ctx, at[k]!.entityId) === 'Person') return;
    const decision = decideRole(words);
    if (!decision) return;
    // Complement: "of the Armed Forces of Ukraine", "to Chilean President Boric".
    const hadComplement = k < toks.length && COMPLEMENT_PREPS.has(toks[k].norm);
    // "the EU's special representative for the Sahel": "for" names the brief, the possessor the owner.
    const brief = hadComplement && toks[k].norm === 'for' && possessor !== undefined;
    if (hadComplement) {
      let q = k + 1;
      const stop = Math.min(toks.length, k + 12);
      while (q < stop && !/^[,.;:]$/.test(toks[q].norm)) {
        const x = at[q];
        if (x) {
          const xt = targetOf(ctx, x);
          if (decision.family) {
            if (xt?.kind === 'person') {
              target = xt;
              break;
            }
            if (xt?.kind === 'state' && !target) target = xt;
          } else if (xt && (xt.kind !== 'person' || !target)) {
            // Prefer an organization over the state that qualifies it ("China's Foreign Ministry").
            if (!target || target.kind === 'state' || xt.kind === 'org') target = xt.kind === 'person' ? target ?? xt : xt;
          }
          q = tokenSpan(ctx, x).to;
          if (toks[q]?.norm === "'s") q++;
          if (/^(and|,)$/.test(toks[q]?.norm ?? '') && !decision.family) break;
          continue;
        }
        q++;
      }
      k = q;
    }
    const body = target ?? possessor ? undefined : bodyNamedByRole(ctx, m, words);
    const tgt = brief ? possessor : target ?? possessor ?? body;
    // Guide: "an army chief, a party leader: LEADS that body".
    const roleDecision = body && /^(chief|head|commander|leader|chairman|chairwoman)$/.test(words[words.length - 1]) ? { ...decision, role: { ...decision.role, role: 'leads' as const } } : decision;
    if (decision.family) {
      if (tgt?.kind === 'person') add(ctx, 'FAMILY_OF', m.entityId, tgt.id, m.sentence, 'apposition-family', decision.family, 0.8);
      // "the wife of the Spanish prime minister": whoever the document has lead Spain.
      else if (tgt?.kind === 'state') ctx.relativesOfLeaders.push({ m, state: tgt.id, trigger: decision.family });
    } else if (!former && tgt) {
      applyRole(ctx, m, roleDecision, tgt, 'apposition-after', phrase(words));
    } else if (!former && !tgt && !hadComplement && decision.role.target === 'state') {
      // Untied role after a name: handled like a bare title.
      resolveUntied(ctx, m, decision);
    }
    // "…, prime minister of X and current chairman of Y": a second role.
    if (toks[k]?.norm === 'and') {
      k++;
      continue;
    }
    return;
  }
}

/** "the club would not sell captain X": "captain" in lower case is a team's, not a rank. */
function teamCaptain(ctx: Ctx, m: EntityMention, prefix: Prefix): RoleDecision | undefined {
  if (prefix.words.length !== 1 || prefix.words[0] !== 'captain') return undefined;
  const { toks, from } = tokenSpan(ctx, m);
  if (toks[from - 1]?.text !== 'captain') return undefined;
  return { role: { words: 'captain', role: 'member', target: 'org', tokens: ['captain'] }, deputy: false, family: undefined, counterpart: false };
}

/** "party leader X", "army chief Y": a lower-case kind of body right before a heading title. */
function bodyNounBefore(ctx: Ctx, m: EntityMention, prefix: Prefix): Target | undefined {
  const last = prefix.words[prefix.words.length - 1];
  if (prefix.qualifierMention || !/^(chief|head|commander|leader|chairman|chairwoman)$/.test(last ?? '')) return undefined;
  const { toks } = tokenSpan(ctx, m);
  // The body noun is lower case, as a title word ("party leader") or just before it.
  const nouns = [...prefix.words.slice(0, -1), toks[prefix.start - 1]?.text ?? ''].filter((w) => BODY_NOUNS[w]);
  if (nouns.length !== 1 || prefix.words.length > 2) return undefined;
  return bodyNamedByRole(ctx, m, nouns);
}

/** Kinds of body a role phrase may name in lower case ("the army chief", "the party leader"). */
const BODY_NOUNS: Record<string, string> = { army: 'armed', military: 'armed', navy: 'armed', party: 'party', ministry: 'ministry', club: 'company', company: 'company', bank: 'company' };

/** "X, the army chief,": the body of that kind named before in the document (the latest). */
function bodyNamedByRole(ctx: Ctx, m: EntityMention, words: string[]): Target | undefined {
  const kind = words.map((w) => BODY_NOUNS[w]).find((k) => k);
  if (!kind) return undefined;
  for (let s = m.sentence; s >= 0; s--) {
    const ms = ctx.bySentence[s];
    for (let i = ms.length - 1; i >= 0; i--) {
      const x = ms[i];
      if (s === m.sentence && x.start >= m.start) continue;
      if (ctx.orgById.get(x.entityId)?.category === kind) return { kind: 'org', id: x.entityId };
    }
  }
  return undefined;
}

function roleOf(ctx: Ctx, personId: string): RoleDecision['role'] | undefined {
  for (const m of ctx.byEntity.get(personId) ?? []) {
    if (m.kind !== 'name') continue;
    const p = readPrefix(ctx, m);
    const d = p.words.length > 0 ? decideRole(p.words) : undefined;
    if (d && !d.family && !d.counterpart) return d.role;
    // "Y's foreign minister, X, called her counterpart": the role apposed before the name.
    if (!d && !readingCounterpart) {
      readingCounterpart = true;
      const before = readApposedBefore(ctx, m, p);
      readingCounterpart = false;
      if (before && !before.former && !before.decision.family) return before.decision.role;
    }
  }
  return undefined;
}

/** A counterpart's role is read from the other person's; never recursively. */
let readingCounterpart = false;

/** Roles held in the service of a person whose state became known only later. */
export function resolveServing(ctx: Ctx): void {
  for (const x of ctx.servingPeople) {
    const iso = stateOfPerson(ctx, x.personId);
    if (iso) applyRole(ctx, x.m, x.decision, { kind: 'state', id: iso }, x.rule, x.trigger);
  }
}

export function resolveUntied(ctx: Ctx, m: EntityMention, d: RoleDecision): void {
  if (d.family || d.counterpart) return;
  // "Economy Minister X, a member of the Y party, … the Economy Ministry": someone tied to a
  // party still leads the ministry of that portfolio the document names.
  if (d.role.body && !d.deputy && ctx.orgRoles.has(m.entityId)) {
    const trigger = fullTrigger(ctx, m, d.role.words);
    const body = bodyFor(ctx, trigger, d.role.body, stateOfPerson(ctx, m.entityId));
    if (body) {
      add(ctx, 'LEADS', m.entityId, body, m.sentence, 'title-named-ministry', trigger, 0.75);
      return;
    }
  }
  // Someone already tied to an organization ("DA leader X, who serves as trade minister"): the
  // state of the other role is not guessed.
  // A head of government or state tied only to a party still holds the state's office
  // ("outgoing Prime Minister X, who remains leader of the Y party").
  if (ctx.orgRoles.has(m.entityId) && !(HEAD_OF_GOVERNMENT.test(d.role.words) && onlyPartyTies(ctx, m.entityId))) return;
  // "The Andean Council, headed by Prime Minister X": the title is the body's, read with it.
  if (ledByTitle(ctx, m)) return;
  const trigger = d.role.words;
  if (d.role.defaultState && STATES.has(d.role.defaultState)) {
    // "Secretary of State" is Washington's title; if the United States is not in the text, no guess.
    const id = stateIdByIso(ctx, d.role.defaultState);
    if (id) applyRole(ctx, m, d, { kind: 'state', id }, 'title-default-state', trigger);
    return;
  }
  if (d.role.target === 'org') {
    const org = orgInFocus(ctx, m, COMPANY_TITLES.has(d.role.words));
    if (org) applyRole(ctx, m, d, { kind: 'org', id: org }, 'title-org-in-focus', trigger);
    return;
  }
  // "his daughter X, a senior presidential aide": a relative's role serves the relative's state.
  const known = stateOfPerson(ctx, m.entityId) ?? stateOfRelative(ctx, m.entityId);
  const state = known ?? (d.role.postedAbroad ? undefined : stateInFocus(ctx, m, trigger));
  if (state) applyRole(ctx, m, { ...d }, { kind: 'state', id: state }, 'title-state-in-focus', fullTrigger(ctx, m, trigger));
}

const HEAD_OF_GOVERNMENT = /^(president|prime minister|premier|chancellor)$/;

function onlyPartyTies(ctx: Ctx, personId: string): boolean {
  let any = false;
  for (const r of ctx.out.values()) {
    if (r.source !== personId || (r.type !== 'LEADS' && r.type !== 'MEMBER_OF') || typeOf(ctx, r.target) !== 'Organization') continue;
    if (ctx.orgById.get(r.target)?.category !== 'party') return false;
    any = true;
  }
  return any;
}

function ledByTitle(ctx: Ctx, m: EntityMention): boolean {
  const { toks, from } = tokenSpan(ctx, m);
  let j = from - 1;
  while (j >= 0 && from - j <= 4 && ROLE_VOCABULARY.has(toks[j].norm.toLowerCase())) j--;
  if (j < 2 || j === from - 1 || toks[j].norm !== 'by' || !/^(led|headed|chaired|commanded|run)$/.test(toks[j - 1].norm)) return false;
  let k = j - 2;
  if (toks[k]?.norm === ',') k--;
  if (toks[k]?.norm === ')' && toks[k - 2]?.norm === '(') k -= 3;
  const org = ctx.mentionAt[m.sentence][k];
  return org !== undefined && typeOf(ctx, org.entityId) === 'Organization';
}

function stateOfRelative(ctx: Ctx, personId: string): string | undefined {
  for (const r of ctx.out.values()) {
    if (r.type !== 'FAMILY_OF' || (r.source !== personId && r.target !== personId)) continue;
    const st = stateOfPerson(ctx, r.source === personId ? r.target : r.source);
    if (st) return st;
  }
  return undefined;
}

function fullTrigger(ctx: Ctx, m: EntityMention, fallback: string): string {
  const p = readPrefix(ctx, m);
  return p.words.length > 0 ? phrase(p.words) : fallback;
}
