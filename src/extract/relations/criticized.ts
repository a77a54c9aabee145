// CRITICIZED: "X accused Y of ...", "Y was condemned by X", "X's rebuke of Y", "X called Y a
// puppet", "X charged that Y ...", with criticism of an act going to the act's owner.
import { clauseStart, isPassive, isUnrealized, mainSubject, passiveAgent, relativeAntecedent, subjectOf } from './clauses';
import { insultFollows, labelStart } from './labels';
import { MEETING_NOUNS } from './met-with';
import { emit, type Firing, homeOf, mostSalientState, objectRefs, refsOf, refsOfAll, type SentenceContext, speakerRefs, titledLeader, typeOfId } from './context';
import type { Item } from './items';
import { ACT_NOUNS, ADVERBS, AUXILIARIES, BE_FORMS, SPEECH_VERBS, GOVERNMENT_NOUNS, PREPOSITIONS, CRITICISM_NOUN_PREPOSITIONS, DRAWN_FROM, STATEMENT_NOUNS, WARN_NEEDS, POSSESSIVE_PRONOUNS, type Trigger } from './lexicon';
import { isComma, isPredicateWord, isWord, type NounPhrase, readPhrase, readPhraseList } from './phrases';

export function criticizedByVerb(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  const subject = subjectOf(items, t);
  const c = subject?.clause ?? clauseStart(items, t);
  if (isUnrealized(items, c, t, end, 'verb')) return;
  const why: Firing = { rule: `criticized:${trig.rule}`, trigger: items.slice(t, end).map((i) => i.text).join(' '), confidence: trig.confidence };

  if (trig.words.length === 1 && isPassive(items, t)) {
    const sources = refsOfAll(ctx, passiveAgent(items, end), 'source');
    let targets = subject ? refsOfAll(ctx, subject.phrases, 'target') : [];
    if (targets.length === 0 && subject?.phrases.length === 1) targets = eventOwners(ctx, subject.phrases[0], subject.clause);
    if (targets.length === 0) {
      // "a meeting that was condemned by X": the relative clause's antecedent is the target
      const c0 = clauseStart(items, t);
      const antecedent = relativeAntecedent(items, c0);
      if (antecedent) targets = refsOf(ctx, antecedent, 'target');
      if (antecedent && targets.length === 0) targets = eventOwners(ctx, antecedent, c0);
      // "Chile staged drills, which were condemned by Peru": the act's doer
      if (antecedent && targets.length === 0 && antecedent.kind === 'none') targets = refsOfAll(ctx, mainSubject(items, antecedent.start), 'target');
    }
    for (const s of sources) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, { ...why, rule: `${why.rule}:passive` });
    return;
  }

  const whose = whoseGovernmentObject(ctx, t);
  if (whose) {
    for (const s of whose.sources) for (const g of whose.targets) if (s !== g) emit(ctx, 'CRITICIZED', s, g, why);
    return;
  }

  const moved = subject && (trig.args !== 'label' || insultFollows(items, end)) ? actBeforeAuthor(ctx, subject.phrases, t) : null;
  if (moved) {
    for (const s of moved.sources) for (const g of moved.targets) emit(ctx, 'CRITICIZED', s, g, why);
    return;
  }
  const sources = subject ? refsOfAll(ctx, subject.phrases, 'source') : [];
  // "talks with the rebels, whom it calls terrorists": "it" in the relative clause is the main clause's body
  if (sources.length === 0 && subject && isWord(items[subject.clause - 1], 'whom', 'which') && subject.phrases.length === 1 && isWord(items[subject.phrases[0].start], 'it') && subject.phrases[0].end - subject.phrases[0].start === 1) {
    sources.push(...refsOfAll(ctx, mainSubject(items, subject.clause - 1), 'source').filter((id) => typeOfId(ctx, id) !== 'Person'));
  }
  if (sources.length === 0 && subject) sources.push(...statementAuthors(ctx, subject.phrases));
  if (sources.length === 0) return;
  let targets: string[] = [];
  let objStart = skipAdverbs(items, end);
  // "condemned what it called Israel's aggression"
  if (isWord(items[objStart], 'what') && isWord(items[objStart + 2], 'called', 'described', 'termed', 'calls', 'describes')) {
    objStart += isWord(items[objStart + 3], 'as') ? 4 : 3;
  }
  if (trig.args === 'that') {
    const at = isWord(items[objStart], 'that') ? objStart + 1 : objStart;
    const p = readPhrase(items, at);
    if (p && p.kind === 'entity') targets = refsOf(ctx, p, 'target');
  } else if (isWord(items[objStart], 'each') && isWord(items[objStart + 1], 'other')) {
    // "A and B accused each other": both directions
    for (const s of sources) for (const g of sources) emit(ctx, 'CRITICIZED', s, g, { ...why, rule: `${why.rule}:reciprocal` });
    return;
  } else if (trig.args === 'label' && subject && isWord(items[subject.clause - 1], 'whom', 'which') && insultFollows(items, objStart)) {
    // "the rebels, whom it calls "terrorists"": the label's object is the relative's antecedent
    const antecedent = relativeAntecedent(items, subject.clause - 1);
    targets = antecedent ? refsOf(ctx, antecedent, 'target') : [];
    if (antecedent && targets.length === 0) targets = namedGroupBefore(ctx, antecedent);
    targets = targets.filter((id) => !sources.includes(id));
  } else if (isWord(items[objStart], 'that')) {
    // "cautioned that ...": a complement clause, not an object
    targets = implicitTarget(ctx, t, subject?.phrases ?? [], objStart);
  } else {
    const objects = readPhraseList(items, objStart);
    if (trig.args === 'label' && !insultFollows(items, labelStart(items, objects.phrases, objects.end))) return;
    // "warned Y against ..." criticizes Y; "warned Y of an attack" only informs Y.
    if (trig.rule === 'warn' && objects.phrases.length && !WARN_NEEDS.has(items[objects.end]?.lower ?? '')) return;
    targets = objectRefs(ctx, objects.phrases, sources, sources);
    // "condemned the arrest of X": X suffered the act, he did not do it
    const victims = objects.phrases.flatMap((p) => victimsIn(items, p));
    if (victims.length) {
      targets = targets.filter((id) => !victims.includes(id));
      // "Peru's arrest of X", "the killing of X by Peruvian troops": the doer
      for (const p of objects.phrases) {
        if (!victimsIn(items, p).length) continue;
        for (let k = p.start; k + 1 < p.end && !PATIENT_ACTS.has(items[k].lower); k++) if (items[k].kind === 'ent' && items[k + 1].lower === "'s") targets.push(items[k].entityId!);
        if (isWord(items[p.end], 'by')) targets.push(...readPhraseList(items, p.end + 1).phrases.flatMap((q) => refsOf(ctx, q, 'target')));
      }
      targets = [...new Set(targets)].filter((id) => !sources.includes(id) && !victims.includes(id));
    }
    // "The veto drew a rebuke from X, while Y called it "blackmail"": "it" is the act the sentence opened with
    if (targets.length === 0 && trig.args === 'label' && objects.phrases.length === 1 && objects.phrases[0].end - objects.phrases[0].start === 1 && isWord(items[objects.phrases[0].start], 'it')) {
      const opener = mainSubject(items, t);
      if (opener.length === 1 && opener[0].start === 0) targets = eventOwners(ctx, opener[0], 0).filter((id) => !sources.includes(id));
    }
    // "condemned the strike by Israel", "blamed the attack on Kyiv": the act's agent.
    for (const p of objects.phrases) {
      // "the seizure of Vietnamese boats by Chinese police": an act whose agent follows is the agent's
      const ownedByAdjective = p.kind === 'owner' && !items.slice(p.start, p.end).some((i) => i.lower === "'s");
      if (p.kind !== 'none' && !ownedByAdjective) continue;
      // "the killing of protesters by X": the act's object may stand before its agent
      let e = p.end;
      // "the seizure of Vietnamese fishing boats by": the phrase may stop at an -ing modifier
      if (ownedByAdjective && !isWord(items[e], 'of') && /^[a-z]+ing$/.test(items[e]?.text ?? '')) {
        let q = e + 1;
        while (q < Math.min(items.length, e + 3) && items[q].kind === 'word' && !isWord(items[q], 'by') && !isPredicateWord(items[q].lower)) q++;
        if (isWord(items[q], 'by')) e = q;
      }
      if (isWord(items[e], 'of')) {
        let q = e + 1;
        while (q < Math.min(items.length, e + 5) && items[q].kind === 'word' && !isWord(items[q], 'by')) q++;
        if (isWord(items[q], 'by')) e = q;
      }
      // "a visit to the shrine on Sunday by X": place and time modifiers before the agent
      if (!isWord(items[e], 'by') && !(isWord(items[e], 'on') && trig.rule === 'blame')) {
        const by = agentAfterModifiers(items, e);
        if (by >= 0) e = by;
      }
      const byOn = items[e];
      if (isWord(byOn, 'by') || (isWord(byOn, 'on') && trig.rule === 'blame')) {
        if (ownedByAdjective) targets = targets.filter((id) => !p.refs.some((r) => r.entityId === id));
        const agents = readPhraseList(items, e + 1).phrases.flatMap((q) => refsOf(ctx, q, 'target'));
        targets.push(...agents);
        if (isWord(byOn, 'by') && p.headWord && ACT_NOUNS.has(p.headWord) && agents.length) rememberAct(ctx, p.headWord, agents);
      }
    }
    if (targets.length === 0 && objects.phrases.length === 1) targets = ownGovernment(ctx, objects.phrases[0], sources);
    if (targets.length === 0 && objects.phrases.length === 1) targets = surnamedRegime(ctx, objects.phrases[0]).filter((id) => !sources.includes(id));
    if (targets.length === 0 && objects.phrases.length === 1) targets = reducedRelativeOwner(ctx, objects.phrases[0]).filter((id) => !sources.includes(id));
    if (targets.length === 0 && objects.phrases.length === 1) targets = signedBy(ctx, objects.phrases[0]).filter((id) => !sources.includes(id));
    if (targets.length === 0 && objects.phrases.length === 1) targets = eventOwners(ctx, objects.phrases[0], objStart).filter((id) => !sources.includes(id));
    if (targets.length === 0 && objects.phrases.length === 0) {
      // "an attack that New Delhi blamed on Islamabad"
      if (trig.rule === 'blame' && isWord(items[objStart], 'on')) {
        targets = readPhraseList(items, objStart + 1).phrases.flatMap((q) => refsOf(ctx, q, 'target'));
      } else {
        targets = implicitTarget(ctx, t, subject?.phrases ?? [], objStart);
      }
    }
  }
  for (const s of sources) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, why);
  // "X accused Y of plotting, a claim its spokeswoman Z repeated on television": Z too
  if (targets.length) for (const z of claimRepeatedBy(ctx, t)) for (const g of targets) if (z !== g && !sources.includes(z)) emit(ctx, 'CRITICIZED', z, g, { ...why, rule: `${why.rule}:repeated` });
  speakerResents(ctx, t, sources, why);
}

/**
 * "the rebels" after "the FCA rebels" earlier in the story: the body last named with that plural
 * noun right after it.
 */
function namedGroupBefore(ctx: SentenceContext, p: NounPhrase): string[] {
  const { items } = ctx;
  if (p.kind !== 'none' || p.end - p.start !== 2 || !isWord(items[p.start], 'the') || !p.headWord || !p.headWord.endsWith('s')) return [];
  for (let s = ctx.s; s >= 0; s--) {
    const sentence = ctx.d.sentences[s];
    for (let k = (s === ctx.s ? p.start : sentence.length) - 1; k > 0; k--) {
      const before = sentence[k - 1];
      if (sentence[k].lower === p.headWord && before.kind === 'ent' && before.entityType === 'Organization') return [before.entityId!];
    }
  }
  return [];
}

const CLAIM_NOUNS = new Set(['claim', 'charge', 'accusation', 'allegation']);
const REPEAT_VERBS = new Set(['repeated', 'echoed', 'reiterated', 'repeats', 'echoes', 'reiterates']);

/** ", a claim (that) Z repeated": who repeats the accusation just made. */
function claimRepeatedBy(ctx: SentenceContext, t: number): string[] {
  const { items } = ctx;
  for (let k = t + 1; k < items.length - 3; k++) {
    if (items[k].kind === 'punct' && !isComma(items[k])) return [];
    if (!(isComma(items[k]) && isWord(items[k + 1], 'a', 'an') && items[k + 2]?.kind === 'word' && CLAIM_NOUNS.has(items[k + 2].lower))) continue;
    const at = isWord(items[k + 3], 'that') ? k + 4 : k + 3;
    const repeaters = readPhraseList(items, at);
    const verb = items[repeaters.end];
    return verb?.kind === 'word' && REPEAT_VERBS.has(verb.lower) ? refsOfAll(ctx, repeaters.phrases, 'source') : [];
  }
  return [];
}

/**
 * '"X has insulted our country," the minister said': a speaker who quotes an attack on his own
 * side criticizes its author.
 */
function speakerResents(ctx: SentenceContext, t: number, sources: readonly string[], why: Firing): void {
  const { items } = ctx;
  if (!items[t].quoted || sources.length === 0) return;
  let onUs = false;
  for (let k = t + 1; k < Math.min(items.length, t + 6) && items[k].quoted; k++) if (isWord(items[k], 'our', 'us')) onUs = true;
  if (!onUs) return;
  const speaker = speakerRefs(ctx, t, 'i');
  const ours = new Set([...speaker, ...speakerRefs(ctx, t, 'we')]);
  if (sources.some((s) => ours.has(s))) return;
  for (const p of speaker) for (const s of sources) emit(ctx, 'CRITICIZED', p, s, { ...why, rule: `${why.rule}:quoted-against-us`, confidence: why.confidence * 0.8 });
}

/**
 * No object after the verb: "Halvorsen, whom it mocked" (the relative's antecedent), "a move Ali
 * denounced" (the owner of the move: the subject of the clause before), "cautioned that arming
 * Kyiv would be a mistake on South Korea's part" (the one whose mistake it is).
 */
function implicitTarget(ctx: SentenceContext, t: number, subject: NounPhrase[], objStart: number): string[] {
  const { items } = ctx;
  const c = clauseStart(items, t);
  const antecedent = relativeAntecedent(items, c);
  if (antecedent) {
    const direct = refsOf(ctx, antecedent, 'target');
    if (direct.length || antecedent.kind !== 'none') return direct;
    // "Belarus staged the drills, which Lithuania condemned": the act's owner is its doer
    return refsOfAll(ctx, mainSubject(items, antecedent.start), 'target');
  }
  // "X fired a missile on Monday, which Y condemned": no noun before "which", so the whole act
  const which = isWord(items[c], 'which') ? c : isWord(items[c - 1], 'which') ? c - 1 : -1;
  if (which > 0 && isComma(items[which - 1])) return refsOfAll(ctx, mainSubject(items, which - 1), 'target');
  const p = subject[0];
  // "a move Ali denounced": a determiner, a noun, then the subject's name
  if (p && p.kind === 'entity' && isWord(items[p.start], 'a', 'an', 'the', 'this', 'that') && items[p.start + 1]?.kind === 'word' && items[p.start + 2] === p.refs[0]) {
    return refsOfAll(ctx, mainSubject(items, p.start), 'target');
  }
  if (isWord(items[objStart], 'that')) {
    for (let k = objStart + 1; k + 3 < Math.min(items.length, objStart + 40); k++) {
      if (isWord(items[k], 'on') && items[k + 1].kind === 'ent' && items[k + 2].lower === "'s" && isWord(items[k + 3], 'part')) {
        return [items[k + 1].entityId!];
      }
    }
  }
  return [];
}

/**
 * "X, whose government Washington has accused of ...": the relative clause's own subject is the
 * critic, and the government is the state of the person (or the state) it follows.
 */
function whoseGovernmentObject(ctx: SentenceContext, t: number): { sources: string[]; targets: string[] } | null {
  const { items } = ctx;
  const c = clauseStart(items, t);
  if (!isWord(items[c], 'whose') || !(items[c + 1]?.kind === 'word' && GOVERNMENT_NOUNS.has(items[c + 1].lower))) return null;
  const critic = readPhraseList(items, c + 2);
  let k = critic.end;
  while (k < t && items[k].kind === 'word' && (AUXILIARIES.has(items[k].lower) || ADVERBS.has(items[k].lower))) k++;
  if (!critic.phrases.length || k !== t || critic.phrases.some((p) => p.kind !== 'entity')) return null;
  const antecedent = items[isComma(items[c - 1]) ? c - 2 : c - 1];
  if (antecedent?.kind !== 'ent') return null;
  const id = antecedent.entityId!;
  const home = typeOfId(ctx, id) === 'Person' ? homeOf(ctx, id) : antecedent;
  if (home?.entityType !== 'State') return null;
  return { sources: refsOfAll(ctx, critic.phrases, 'source'), targets: [home.entityId!] };
}

function skipAdverbs(items: Item[], k: number): number {
  while (k < items.length && items[k].kind === 'word' && ADVERBS.has(items[k].lower) && !isWord(items[k], 'that')) k++;
  return k;
}


/** "Washington's condemnation of Tehran", "its rebuke of Halvorsen", "scorn for Halvorsen". */
export function criticizedByNoun(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  const prep = items[end];
  if (isWord(prep, 'from')) return criticismDrawn(ctx, t, end, trig);
  // "came under fire over its policy": without "from X" nobody is named
  if (trig.rule === 'under-fire') return;
  if (isWord(prep, 'by')) return accusationBy(ctx, t, end, trig);
  const isProtest = PROTEST_NOUNS.has(items[t].lower);
  // "lodged a protest over the seizure of boats by X": the act's agent
  if (isProtest && isWord(prep, 'over')) return protestOverAct(ctx, t, end, trig);
  if (isProtest && !(prep && prep.kind === 'word' && CRITICISM_NOUN_PREPOSITIONS.has(prep.lower))) return protestHanded(ctx, t, end, trig);
  if (!prep || prep.kind !== 'word' || !CRITICISM_NOUN_PREPOSITIONS.has(prep.lower)) {
    if (!trig.words.some((w) => CRITICISM_NOUN_PREPOSITIONS.has(w))) return;
  }
  const objStart = prep && CRITICISM_NOUN_PREPOSITIONS.has(prep.lower) ? end + 1 : end;
  const c = clauseStart(items, t);
  if (isUnrealized(items, c, t, end, 'noun')) return;
  let objects = readPhraseList(items, objStart);
  // "conveyed the protest of the Government of Peru to Chile": the "of" names who protests
  let protesters: string[] = [];
  if (isProtest && isWord(prep, 'of') && isWord(items[objects.end], 'to', 'with', 'against')) {
    protesters = refsOfAll(ctx, objects.phrases, 'source');
    objects = readPhraseList(items, objects.end + 1);
  }
  const why: Firing = { rule: `criticized:${trig.rule}`, trigger: items.slice(t, end).map((i) => i.text).join(' '), confidence: trig.confidence * 0.95 };

  const subject = subjectOf(items, t);
  // The subject counts only when the noun is its predicate's object, not part of the subject.
  const subjectIds = subject && subject.phrases.every((p) => p.end < t) ? refsOfAll(ctx, subject.phrases, 'source') : [];
  const sources = [...new Set([...nounSource(ctx, t, objects.end, subjectIds), ...protesters])];
  if (sources.length === 0) return;
  const targets = isProtest ? diplomatStates(ctx, objects.phrases) : refsOfAll(ctx, objects.phrases, 'target');
  // "the protest of A to B over the use of force by C": C too
  // (only there: "a protest with Peru over a ruling by its court" stays with Peru)
  if (protesters.length && isWord(items[objects.end], 'over')) targets.push(...agentsOfActAfter(ctx, objects.end + 1));
  // "X's condemnation of Y was echoed by Z": Z voiced it too
  const echoed = echoers(ctx, objects.end);
  for (const s of [...sources, ...echoed]) for (const g of targets) if (s !== g) emit(ctx, 'CRITICIZED', s, g, why);
}

const ECHO_VERBS = new Set(['echoed', 'shared', 'seconded', 'repeated', 'endorsed']);

/** "... was echoed by Z (and W)": those who repeat a criticism just named. */
function echoers(ctx: SentenceContext, k: number): string[] {
  const { items } = ctx;
  if (!(items[k]?.kind === 'word' && BE_FORMS.has(items[k].lower))) return [];
  let v = k + 1;
  while (v < items.length && items[v].kind === 'word' && ADVERBS.has(items[v].lower)) v++;
  if (!(items[v]?.kind === 'word' && ECHO_VERBS.has(items[v].lower) && isWord(items[v + 1], 'by'))) return [];
  return refsOfAll(ctx, readPhraseList(items, v + 2).phrases, 'source');
}

const PROTEST_NOUNS = new Set(['protest', 'protests', 'complaint', 'complaints']);
const HANDING_VERBS = new Set(['handed', 'hands', 'handing', 'delivered', 'delivers', 'delivering', 'gave', 'gives', 'giving', 'lodged', 'presented', 'sent', 'issued']);
const DIPLOMAT_WORDS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'embassy', 'charge', "chargé", "chargé d'affaires", 'consul', 'attache']);

/**
 * A protest is lodged against the state a diplomat represents: "a protest with the Peruvian
 * ambassador" → Peru; a named ambassador ("Peruvian Ambassador X") likewise stands for his state.
 */
function diplomatStates(ctx: SentenceContext, phrases: readonly NounPhrase[]): string[] {
  const ids: string[] = [];
  for (const p of phrases) {
    if (p.kind === 'role' && p.headWord && DIPLOMAT_WORDS.has(p.headWord)) {
      ids.push(...p.roleOf.filter((r) => r.entityType === 'State').map((r) => r.entityId!));
      continue;
    }
    for (const id of refsOf(ctx, p, 'target')) {
      const state = typeOfId(ctx, id) === 'Person' ? diplomatHome(ctx, id) : undefined;
      ids.push(state ?? id);
    }
  }
  return [...new Set(ids)];
}

/** The state a person serves as a diplomat, when a diplomat word stands next to his name. */
function diplomatHome(ctx: SentenceContext, personId: string): string | undefined {
  for (const items of ctx.d.sentences) {
    for (let k = 0; k < items.length; k++) {
      if (items[k].entityId !== personId || items[k].mention?.kind !== 'name') continue;
      const near = [items[k - 1], items[k - 2], items[k + 2], items[k + 3]];
      if (!near.some((it) => it?.kind === 'word' && DIPLOMAT_WORDS.has(it.lower))) continue;
      const home = homeOf(ctx, personId);
      if (home?.entityType === 'State') return home.entityId;
    }
  }
  return undefined;
}

/** "a protest over the use of water cannon by X vessels": whoever protests, against the act's agent. */
function protestOverAct(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  const c = clauseStart(items, t);
  if (isUnrealized(items, c, t, end, 'noun')) return;
  const targets = agentsOfActAfter(ctx, end + 1);
  if (targets.length === 0) return;
  const subject = subjectOf(items, t);
  const subjectIds = subject && subject.phrases.every((p) => p.end < t) ? refsOfAll(ctx, subject.phrases, 'source') : [];
  const sources = nounSource(ctx, t, end, subjectIds);
  const why: Firing = { rule: `criticized:${trig.rule}:over`, trigger: items.slice(t, end + 1).map((i) => i.text).join(' '), confidence: trig.confidence * 0.9 };
  for (const s of sources) for (const g of targets) if (s !== g) emit(ctx, 'CRITICIZED', s, g, why);
}

/** "(over) the use of water cannon by X vessels": the agents of the act phrase starting at `at`. */
function agentsOfActAfter(ctx: SentenceContext, at: number): string[] {
  const { items } = ctx;
  const act = readPhrase(items, at);
  if (!act || act.kind !== 'none') return [];
  let e = act.end;
  if (isWord(items[e], 'of')) {
    let q = e + 1;
    while (q < Math.min(items.length, e + 6) && items[q].kind === 'word' && !isWord(items[q], 'by')) q++;
    e = q;
  } else if (!isWord(items[e], 'by')) e = agentAfterModifiers(items, e);
  if (e < 0 || !isWord(items[e], 'by')) return [];
  return readPhraseList(items, e + 1).phrases.flatMap((q) => refsOf(ctx, q, 'target'));
}

/** "summoned the ambassador and handed him a formal protest": the indirect object is the target. */
function protestHanded(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  let v = t - 1;
  while (v >= Math.max(0, t - 6) && !(items[v].kind === 'word' && HANDING_VERBS.has(items[v].lower))) v--;
  if (v < 0 || t - v > 6 || !(items[v].kind === 'word' && HANDING_VERBS.has(items[v].lower))) return;
  const bare = isWord(items[v + 1], 'him', 'her', 'them');
  const recipient = bare ? ({ start: v + 1, end: v + 2, kind: 'none', refs: [], inner: [], roleOf: [] } as NounPhrase) : readPhrase(items, v + 1);
  if (!recipient || (recipient.kind === 'none' && !bare) || recipient.end >= t) return;
  const subject = subjectOf(items, v);
  if (!subject || isUnrealized(items, subject.clause, v, end, 'verb')) return;
  const sources = refsOfAll(ctx, subject.phrases, 'source');
  // "summoned Ambassador X and handed him a protest": the pronoun is the person just summoned
  const pronoun = bare || (recipient.kind === 'entity' && recipient.refs[0].mention?.kind === 'pronoun');
  const earlier = pronoun ? items.slice(0, v).reverse().find((it) => it.kind === 'ent' && it.entityType === 'Person') : undefined;
  // "summoned Israel's chargé d'affaires and handed him a protest": the unnamed diplomat's state
  const summoned = pronoun && !earlier ? diplomatStateBefore(items, subject.phrases[subject.phrases.length - 1]?.end ?? 0, v) : undefined;
  const targets = summoned ? [summoned] : earlier ? diplomatStates(ctx, [{ ...recipient, refs: [earlier] }]) : diplomatStates(ctx, [recipient]);
  const why: Firing = { rule: `criticized:${trig.rule}:handed`, trigger: items.slice(v, end).map((i) => i.text).join(' '), confidence: trig.confidence * 0.9 };
  for (const s of sources) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, why);
}

/** The state of an unnamed diplomat between `from` and `to`: "Israel's ambassador", "the Peruvian envoy". */
function diplomatStateBefore(items: Item[], from: number, to: number): string | undefined {
  for (let k = to - 1; k >= from; k--) {
    if (!(items[k].kind === 'word' && (DIPLOMAT_WORDS.has(items[k].lower) || items[k].lower === "d'affaires"))) continue;
    for (let q = k - 1; q >= Math.max(from, k - 4); q--) {
      if (items[q].kind === 'ent') return items[q].entityType === 'State' ? items[q].entityId : undefined;
      if (items[q].kind === 'punct') break;
    }
    // "the ambassador of Israel"
    const after = isWord(items[k + 1], 'of') ? items[k + 2] : undefined;
    if (after?.kind === 'ent' && after.entityType === 'State') return after.entityId;
  }
  return undefined;
}

/** "accusations by X that Y ...": X accuses the subject of the complement clause. */
function accusationBy(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  const agents = readPhraseList(items, end + 1);
  // Rejected or denied, an accusation was still made: no modality check here.
  if (!isWord(items[agents.end], 'that')) return;
  // "that its chairman, X, paid bribes": the apposition names the one accused
  const claim = readPhraseList(items, agents.end + 1).phrases[0];
  if (!claim) return;
  const sources = refsOfAll(ctx, agents.phrases, 'source');
  let targets = refsOf(ctx, claim, 'target');
  // "X rejected accusations by Y that his government ...": nobody accuses himself, so the
  // pronoun is the one who rejects them
  const own = claim.refs[0];
  if (own?.mention?.kind === 'pronoun' && sources.includes(own.entityId!)) {
    const subject = subjectOf(items, t);
    const person = subject?.phrases.flatMap((p) => p.refs).find((r) => r.entityType === 'Person');
    const home = person && claim.headWord && GOVERNMENT_NOUNS.has(claim.headWord) ? homeOf(ctx, person.entityId!) : undefined;
    targets = home ? [home.entityId!] : person ? [person.entityId!] : [];
  }
  const why: Firing = { rule: `criticized:${trig.rule}:by-that`, trigger: items.slice(t, end + 1).map((i) => i.text).join(' '), confidence: trig.confidence * 0.85 };
  for (const s of sources) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, why);
}

/** Whose criticism: the possessor before the noun, "by X" after it, else the clause's subject. */
function nounSource(ctx: SentenceContext, t: number, after: number, subjectIds: string[]): string[] {
  const { items } = ctx;
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const it = items[k];
    if (it.lower === "'s" && items[k - 1]?.kind === 'ent') return [items[k - 1].entityId!];
    // "X said ..., escalating its rebuke of Y": a possessive pronoun means the clause's subject
    // when that fits, else whatever the coreference pass resolved it to.
    if (POSSESSIVE_PRONOUNS.has(it.lower) && (it.kind === 'word' || it.mention?.kind === 'pronoun')) {
      const fits = subjectIds.filter((id) => (it.lower === 'its') === (typeOfId(ctx, id) !== 'Person'));
      if (fits.length) return fits;
      return it.kind === 'ent' ? [it.entityId!] : subjectIds;
    }
    if (isComma(it) || (it.kind === 'word' && ['of', 'by', 'and', 'to', 'for'].includes(it.lower))) break;
  }
  const by = items[after];
  if (isWord(by, 'by')) {
    const agents = readPhraseList(items, after + 1).phrases;
    const ids = agents.flatMap((p) => refsOf(ctx, p, 'source'));
    if (ids.length) return ids;
  }
  // "reserved particular scorn for Halvorsen": the noun is the object of the subject's predicate,
  // not inside a phrase like "amid criticism of Y".
  let k = t - 1;
  while (k >= 0 && items[k].kind === 'word' && !PREPOSITIONS.has(items[k].lower) && !isPredicateWord(items[k].lower) && t - k <= 4) k--;
  return k >= 0 && items[k].kind === 'word' && PREPOSITIONS.has(items[k].lower) ? [] : subjectIds;
}

/** "Hungary blocked the statement, drawing criticism from Poland": Poland criticized Hungary. */
function criticismDrawn(ctx: SentenceContext, t: number, end: number, trig: Trigger): void {
  const { items } = ctx;
  let k = t - 1;
  while (k >= 0 && items[k].kind === 'word' && !DRAWN_FROM.has(items[k].lower) && t - k <= 3) k--;
  if (k < 0 || !isWord(items[k], ...DRAWN_FROM)) return;
  const c = clauseStart(items, k);
  if (isUnrealized(items, c, k, end, 'verb')) return;
  const subject = subjectOf(items, k);
  let targets = subject ? refsOfAll(ctx, subject.phrases, 'target') : [];
  // "The veto drew a rebuke from Y": an act told with its doer earlier
  if (targets.length === 0 && subject?.phrases.length === 1) targets = eventOwners(ctx, subject.phrases[0], subject.clause);
  // "X fired missiles, hours after the summit, drawing condemnation from Y": the main clause's subject
  if (targets.length === 0 && /ing$/.test(items[k].lower) && isComma(items[k - 1])) targets = refsOfAll(ctx, mainSubject(items, k - 1), 'target');
  const sources = refsOfAll(ctx, readPhraseList(items, end + 1).phrases, 'source');
  const why: Firing = { rule: `criticized:${trig.rule}:drawn-from`, trigger: items.slice(k, end + 1).map((i) => i.text).join(' '), confidence: trig.confidence * 0.9 };
  for (const s of sources) for (const g of targets) emit(ctx, 'CRITICIZED', s, g, why);
}

/** "A joint statement by X and Y condemned Z", "a resolution of the council condemned Z". */
function statementAuthors(ctx: SentenceContext, subject: NounPhrase[]): string[] {
  const p = subject[0];
  if (subject.length !== 1 || !p.headWord || !STATEMENT_NOUNS.has(p.headWord)) return [];
  if (!isWord(ctx.items[p.end], 'by', 'from', 'of')) return [];
  return refsOfAll(ctx, readPhraseList(ctx.items, p.end + 1).phrases, 'source');
}

/**
 * Who did an event named without its doer: "a meeting that was condemned" → those who met in
 * the meeting just told; "The launch was condemned" → the subject of the sentence before.
 */
export function eventOwners(ctx: SentenceContext, p: NounPhrase, at: number): string[] {
  const { items } = ctx;
  if (p.kind !== 'none' || !p.headWord || p.inner.length > 0) return [];
  if (MEETING_NOUNS.has(p.headWord)) {
    const m = ctx.d.meetings[ctx.d.meetings.length - 1];
    return m && m.sentence === ctx.s && p.start < at ? m.participants : [];
  }
  // "France supplies Armenia with radars under a deal. That cooperation was condemned by Baku."
  // (a sentence-initial "That" is read as a clause opener, so the phrase may start after it)
  const demonstrative = isWord(items[p.start], 'the', 'this', 'that', 'these', 'those') || (p.start === 1 && isWord(items[0], 'that', 'those'));
  if (BOND_NOUNS.has(p.headWord) && demonstrative && p.end - p.start <= 3) {
    const bond = ctx.d.lastAlliance;
    if (bond && ctx.s - bond.sentence <= BOND_MEMORY && bond.sentence < ctx.s) return bond.ids;
  }
  const stems = ACT_NOUNS.get(p.headWord);
  if (!stems || !isWord(items[p.start], 'the', 'this', 'these') || p.end - p.start > 3) return [];
  // "condemned a visit ... by X" earlier: "the visit" is X's
  const told = ctx.d.acts?.get(p.headWord);
  if (told && ctx.s - told.sentence <= ACT_MEMORY) return told.ids;
  // the sentence itself before the noun first ("said X's artillery had struck homes and called the bombardment ...")
  for (let s = ctx.s; s >= Math.max(0, ctx.s - ACT_LOOKBACK); s--) {
    const prev = ctx.d.sentences[s];
    const k = prev.findIndex((it, q) => (s < ctx.s || q < p.start) && it.kind === 'word' && !it.quoted && stems.some((st) => it.lower.startsWith(st)));
    if (k < 0) continue;
    // the doer is the subject of the verb that told the act ("U.S. forces seized a tanker"),
    // or its agent ("a tanker was seized by U.S. forces")
    // "X hosted Y ... condemned the visit": the guest made the visit
    const guest = HOST_WORDS.has(prev[k].lower) && !isPassive(prev, k);
    // "a ruling by Iraq's top court", "a visit to the site by X": the agent of the noun that told the act
    const by = isWord(prev[k + 1], 'by') ? k + 1 : agentAfterModifiers(prev, k + 1);
    const byAgent = by >= 0 && !isPassive(prev, k);
    // "a wave of Turkish air strikes": a state's demonym right before the noun names the doer
    const qualifier = [k - 1, k - 2].find((q) => prev[q]?.kind === 'ent' && prev[q].entityType === 'State');
    if (!guest && !byAgent && qualifier !== undefined && [k - 1, k - 2].slice(0, k - qualifier).every((q) => q === qualifier || prev[q].kind === 'word')) return [prev[qualifier].entityId!];
    // "Y condemned a visit to the site": a noun told without its doer names nobody
    if (!guest && !byAgent && isWord(prev[k - 1], 'a', 'an', 'the') && !isWord(prev[k - 2], 'paid', 'made', 'began', 'started')) return [];
    let doers = guest || byAgent ? readPhraseList(prev, byAgent ? by + 1 : k + 1).phrases : isPassive(prev, k) ? passiveAgent(prev, k + 1) : (subjectOf(prev, k)?.phrases ?? []);
    // "Ugandan troops had been deployed to the capital": forces sent with no agent are their state's
    if (doers.length === 0 && isPassive(prev, k)) doers = (subjectOf(prev, k)?.phrases ?? []).filter((q) => isStateForce(q));
    const named = doers.filter((q) => q.kind === 'entity' || q.kind === 'group' || isStateForce(q));
    if (named.length !== doers.length) return [];
    const ids = refsOfAll({ d: ctx.d, s, items: prev }, named, 'party');
    // a treaty binds the states of the leaders who signed it
    if (!BINDING_ACTS.has(p.headWord)) return ids;
    return [...new Set(ids.map((id) => (typeOfId(ctx, id) === 'Person' && homeOf(ctx, id)?.entityType === 'State' ? homeOf(ctx, id)!.entityId! : id)))];
  }
  return [];
}

const FORCE_NOUNS = new Set(['troops', 'forces', 'artillery', 'jets', 'warplanes', 'soldiers', 'army', 'navy', 'vessels', 'warships', 'drones', 'gunboats', 'militia', 'police']);

/** "Thai artillery", "Ugandan troops": a state's armed force named by its demonym or possessive. */
function isStateForce(q: NounPhrase): boolean {
  return (q.kind === 'owner' || q.kind === 'entity') && q.headWord !== undefined && FORCE_NOUNS.has(q.headWord) && q.refs.length === 1 && q.refs[0].entityType === 'State';
}

const ACT_LOOKBACK = 3;
const BOND_NOUNS = new Set(['cooperation', 'co-operation', 'partnership', 'alliance', 'ties', 'relationship', 'axis']);
const BOND_MEMORY = 2;
const ACT_MEMORY = 10;

function rememberAct(ctx: SentenceContext, noun: string, ids: string[]): void {
  (ctx.d.acts ??= new Map()).set(noun, { sentence: ctx.s, ids: [...new Set(ids)] });
}
const ACT_MODIFIER_PREPOSITIONS = new Set(['to', 'in', 'at', 'near', 'into', 'across', 'along', 'off', 'over', 'on']);
const ACT_MODIFIER_REACH = 8;

/**
 * "a visit to the shrine on Sunday by X", "the seizure of boats off the coast by X": index of the
 * "by" that names an act's agent after place and time modifiers, else -1. The modifiers hold no
 * punctuation, verb or person.
 */
function agentAfterModifiers(items: Item[], e: number): number {
  if (!(items[e]?.kind === 'word' && ACT_MODIFIER_PREPOSITIONS.has(items[e].lower))) return -1;
  for (let q = e + 1; q < Math.min(items.length, e + ACT_MODIFIER_REACH); q++) {
    const it = items[q];
    if (isWord(it, 'by')) return q;
    if (it.kind === 'punct' || it.entityType === 'Person' || (it.kind === 'word' && (isPredicateWord(it.lower) || /^[a-z]+ed$/.test(it.text)))) return -1;
  }
  return -1;
}
const SIGNING = new Set(['signed', 'concluded', 'struck', 'sealed', 'negotiated', 'inked', 'awarded', 'granted']);

/**
 * "opposition leader X accused the government of ...", "X criticised the government's policy":
 * an unqualified government is the critic's own, when the critic was introduced with a state.
 */
function ownGovernment(ctx: SentenceContext, p: NounPhrase, sources: readonly string[]): string[] {
  const { items } = ctx;
  const bare = p.kind === 'none' && p.inner.length === 0 && p.headWord !== undefined && GOVERNMENT_NOUNS.has(p.headWord) && isWord(items[p.start], 'the') && p.end - p.start === 2;
  const owned = p.kind === 'none' && p.possessorWord !== undefined && GOVERNMENT_NOUNS.has(p.possessorWord) && isWord(items[p.start], 'the');
  const ofOther = isWord(items[p.end], 'of') && !/ing$/.test(items[p.end + 1]?.lower ?? '');
  // "accused the government in Lima of ...": the seat names the state
  const seat = items[p.end + 1];
  const seatState = !bare || !isWord(items[p.end], 'in') || !seat ? undefined : seat.kind === 'ent' ? (seat.entityType === 'State' ? seat.entityId : undefined) : stateNamed(ctx, seat.text);
  if (seatState && !sources.includes(seatState)) return [seatState];
  if ((!bare && !owned) || ofOther || sources.length !== 1 || typeOfId(ctx, sources[0]) !== 'Person') return [];
  const home = homeOf(ctx, sources[0]);
  // only in a story about the critic's own country: a foreign spokesman's "the government" is
  // more likely the one the story is about
  if (home?.entityType !== 'State') return [];
  // an opposition politician's "the government" is his own country's, whatever the story is about
  return home.entityId === mostSalientState(ctx) || inOpposition(ctx, sources[0]) ? [home.entityId!] : [];
}

/**
 * "the Esteves-Ibarra dictatorship", "the Esteves regime" when the surname was not read as a
 * mention: the state the named leaders govern.
 */
function surnamedRegime(ctx: SentenceContext, p: NounPhrase): string[] {
  const { items } = ctx;
  if (p.kind !== 'none' || !p.headWord || !GOVERNMENT_NOUNS.has(p.headWord)) return [];
  const words = items.slice(p.start, p.end).filter((it) => it.kind === 'word' && /^\p{Lu}/u.test(it.text)).flatMap((it) => it.text.split('-'));
  const states = new Set<string>();
  for (const w of words) {
    const people = ctx.d.doc.entities.filter((e) => e.type === 'Person' && e.name.split(/\s+/).pop() === w);
    if (people.length !== 1) continue;
    const home = homeOf(ctx, people[0].id);
    const state = home ? (home.entityType === 'State' ? home.entityId : undefined) : titledLeader(ctx, people[0].id) ? mostSalientState(ctx) : undefined;
    if (state) states.add(state);
  }
  return [...states];
}

const PATIENT_ACTS = new Set(['arrest', 'arrests', 'detention', 'detentions', 'killing', 'killings', 'murder', 'assassination', 'execution', 'expulsion', 'jailing', 'imprisonment', 'sentencing', 'abduction', 'kidnapping', 'deportation', 'persecution', 'harassment', 'mistreatment', 'treatment']);

/** "the arrest of X", "the killing of X": those named after "of" a patient act are its victims. */
function victimsIn(items: Item[], p: NounPhrase): string[] {
  for (let k = p.start; k + 1 < p.end; k++) {
    if (items[k].kind === 'word' && PATIENT_ACTS.has(items[k].lower) && isWord(items[k + 1], 'of')) {
      return items.slice(k + 2, p.end).filter((it) => it.kind === 'ent').map((it) => it.entityId!);
    }
  }
  return [];
}

const OPPOSITION_REACH = 8;

/** "opposition leader X", "X, a lawmaker from the opposition Y party": introduced as in opposition. */
function inOpposition(ctx: SentenceContext, personId: string): boolean {
  for (const items of ctx.d.sentences) {
    const k = items.findIndex((it) => it.entityId === personId && it.mention?.kind === 'name');
    if (k < 0) continue;
    const before = items.slice(Math.max(0, k - 3), k);
    const after = isComma(items[k + 1]) ? items.slice(k + 2, k + 2 + OPPOSITION_REACH) : [];
    const end = after.findIndex((it) => it.kind === 'punct' && it.text !== '-');
    return [...before, ...(end < 0 ? after : after.slice(0, end))].some((it) => it.lower === 'opposition' || /^opposition\b/.test(it.lower));
  }
  return false;
}

/** A capitalized word that is a name of one of the document's states ("Lima" after "in", read as a place upstream). */
function stateNamed(ctx: SentenceContext, word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return ctx.d.doc.entities.find((e) => e.type === 'State' && (e.name === word || e.aliases.includes(word)))?.id;
}

const NOT_OWNING_VERBS = new Set(['reported', 'described', 'called', 'denied', 'confirmed', 'noted', 'cited', 'mentioned', 'witnessed', 'feared', 'predicted', 'expected', 'condemned', 'criticized', 'criticised', 'denounced', 'blamed', 'accused']);
const PAST_VERBS = new Set(['sent', 'made', 'gave', 'took', 'said', 'wrote', 'held', 'paid', 'built', 'put', 'set', 'brought', 'sought', 'told', 'drew', 'laid', 'led', 'ran', 'won', 'struck']);

/**
 * "protested against a ritual offering X sent to the shrine", "condemned the remarks X made": an
 * act noun followed by a reduced relative clause whose subject is the act's owner.
 */
function reducedRelativeOwner(ctx: SentenceContext, p: NounPhrase): string[] {
  const { items } = ctx;
  if (p.kind !== 'none' || p.inner.length > 0) return [];
  let q = p.end;
  // "a ritual offering": the phrase reader may stop before an -ing noun
  if (items[q]?.kind === 'word' && /^[a-z]+ing$/.test(items[q].text)) q++;
  const owner = items[q];
  const verb = items[q + 1];
  if (owner?.kind !== 'ent' || (owner.mention?.kind !== 'name' && owner.mention?.kind !== 'surname') || verb?.kind !== 'word') return [];
  if (!(PAST_VERBS.has(verb.lower) || /^[a-z]+ed$/.test(verb.text)) || SPEECH_VERBS.has(verb.lower) || NOT_OWNING_VERBS.has(verb.lower) || isWord(items[q + 2], 'by')) return [];
  return [owner.entityId!];
}

/** "the contracts (that) A signed with B and C": those who signed the criticized documents. */
function signedBy(ctx: SentenceContext, p: NounPhrase): string[] {
  const { items } = ctx;
  if (p.kind !== 'none') return [];
  const k = isWord(items[p.end], 'that', 'which') ? p.end + 1 : p.end;
  const signers = readPhraseList(items, k);
  const verb = items[signers.end];
  if (!signers.phrases.length || signers.phrases.some((q) => q.kind !== 'entity') || !(verb?.kind === 'word' && SIGNING.has(verb.lower))) return [];
  const ids = refsOfAll(ctx, signers.phrases, 'target');
  if (isWord(items[signers.end + 1], 'with', 'to')) ids.push(...refsOfAll(ctx, readPhraseList(items, signers.end + 2).phrases.filter((q) => q.kind === 'entity'), 'target'));
  return [...new Set(ids)];
}
const HOST_WORDS = new Set(['hosted', 'hosting', 'received', 'welcomed']);
const BINDING_ACTS = new Set(['treaty', 'pact', 'alliance']);

/**
 * ", a move X's party condemned": the subject read as one phrase is an act noun followed by the
 * author; the act is the main clause's, so its subject is the target.
 */
function actBeforeAuthor(ctx: SentenceContext, subject: NounPhrase[], t: number): { sources: string[]; targets: string[] } | null {
  const { items } = ctx;
  const p = subject[0];
  if (subject.length !== 1 || !isComma(items[p.start - 1]) || !isWord(items[p.start], 'a', 'an')) return null;
  const noun = items[p.start + 1];
  if (noun?.kind !== 'word' || !/^[a-z]+$/.test(noun.text) || !(items[p.start + 2]?.kind === 'ent' || isWord(items[p.start + 2], 'the'))) return null;
  const author = readPhrase(items, p.start + 2);
  if (!author || author.end !== t || author.kind !== 'entity') return null;
  const sources = refsOf(ctx, author, 'source');
  const targets = refsOfAll(ctx, mainSubject(items, p.start - 1), 'target').filter((id) => !sources.includes(id));
  return sources.length && targets.length ? { sources, targets } : null;
}
