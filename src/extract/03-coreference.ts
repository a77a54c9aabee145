// Pass 03: turn recognized names into document entities and resolve the shorter references —
// surnames, titles with a surname, pronouns, "the North", "X officials", "the Trump
// administration", "the alliance" — to them.
import type { Entity, EntityType } from '../model';
import type { AnalyzedDocument, EntityMention, MentionKind } from './analysis';
import { knownOrgByName, STATES, stateName } from './entities/gazetteer';
import { acronymOf, nameKey, slug } from './entities/names';
import type { EntityRef, OrgRecord, PersonRecord, RawMention, Recognition, TitleFact } from './entities/recognition';
import { roleOfPhrase } from './entities/roles';
import orgHeads from './data/org-heads.json';

const ORG_CATEGORIES = orgHeads.categories as Record<string, { generic: boolean }>;
import words from './data/words.json';

const EAST_ASIAN = new Set(words.eastAsianSurnames);
const SUFFIXES = new Set(words.nameSuffixes);
const PARTICLES = new Set(words.nameParticles.map((p) => p.toLowerCase()));
const PRONOUNS = words.personPronouns as Record<string, 'm' | 'f'>;
const FEMALE_CUES = new Set(words.femaleCues);
const MALE_CUES = new Set(words.maleCues);
const DESCRIPTOR_NOUNS = orgHeads.descriptorNouns as unknown as Record<string, string[]>;
const STATE_GROUP = /^\s+(officials|leaders|government|administration|regime|authorities|side|delegation|diplomats|negotiators|lawmakers|people)\b/;

/** Everything pass 05 needs beyond the AnalyzedDocument. */
export interface DocumentFacts {
  idOf(ref: EntityRef): string | undefined;
  persons: Map<string, PersonRecord>;
  orgs: Map<string, OrgRecord>;
  /** Titles read before person names, by person id. */
  titles: { personId: string; sentence: number; start: number; fact: TitleFact }[];
  /** States named only as places ("talks in Hanoi"), kept for tying bodies to a state. */
  venues: RawMention[];
  /** The state a person leads or serves according to a title with a state qualifier. */
  personState: Map<string, string>;
  /** Tokens per sentence. */
  tokens: Recognition['tokens'];
}

export interface Coreferenced {
  doc: AnalyzedDocument;
  facts: DocumentFacts;
}

export function resolveCoreference(rec: Recognition): Coreferenced {
  const mentions: RawMention[] = [...rec.mentions];
  const personAlias = mergePersons(rec);
  const canonicalPerson = (key: string): string => personAlias.get(key) ?? key;
  for (const m of mentions) if (m.ref.type === 'Person') m.ref = { type: 'Person', key: canonicalPerson(m.ref.key) };

  mergeGenericOrgs(rec, mentions);
  mentions.sort((a, b) => a.start - b.start);
  const shortForms = buildShortForms(rec, canonicalPerson);
  resolveUnresolved(rec, mentions, shortForms);
  mentions.sort((a, b) => a.start - b.start);

  const personState = new Map<string, string>();
  for (const p of rec.persons.values()) {
    if (personAlias.has(p.key)) continue;
    for (const t of p.titles) {
      const role = roleOfPhrase(t.fact.role);
      if (t.fact.qualifier?.type === 'State' && role && (role.role === 'leads' || role.role === 'member') && !t.fact.former) {
        if (!personState.has(p.key)) personState.set(p.key, t.fact.qualifier.iso);
      }
    }
  }
  addDescriptors(rec, mentions, personState);
  addLeaderDescriptors(rec, mentions);
  mentions.sort((a, b) => a.start - b.start);
  addPronouns(rec, mentions);
  mentions.sort((a, b) => a.start - b.start);

  return build(rec, mentions, personAlias, personState);
}

// ---- people --------------------------------------------------------------------------------

function nameWords(form: string): string[] {
  return form
    .replace(/\.$/, '')
    .split(/\s+/)
    .filter((w) => w && !SUFFIXES.has(w) && !SUFFIXES.has(w + '.'));
}

/** "Lula da Silva" and "Romeo Brawner" are the same people as the longer names containing them. */
function mergePersons(rec: Recognition): Map<string, string> {
  const alias = new Map<string, string>();
  const list = [...rec.persons.values()].sort((a, b) => longest(b).length - longest(a).length);
  const byWord = new Map<string, PersonRecord[]>();
  for (const p of list) for (const w of new Set(nameWords(longest(p)))) push(byWord, w, p);
  for (let i = 0; i < list.length; i++) {
    const short = list[i];
    if (alias.has(short.key)) continue;
    const sw = nameWords(longest(short));
    const pool = byWord.get(sw[sw.length - 1]) ?? [];
    const containers = pool.filter((o) => o !== short && !alias.has(o.key) && nameWords(longest(o)).length > sw.length && containsRun(nameWords(longest(o)), sw));
    if (containers.length === 1) {
      const target = containers[0];
      alias.set(short.key, target.key);
      for (const f of short.forms) if (!target.forms.includes(f)) target.forms.push(f);
      target.titles.push(...short.titles);
    }
  }
  return alias;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Mentions grouped by sentence, each group in text order. */
function bySentence(mentions: RawMention[], count: number): RawMention[][] {
  const out: RawMention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) out[m.sentence].push(m);
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}

/** The latest mention before `at` (looking back a few sentences) whose key is one of `keys`. */
function latestBefore(index: RawMention[][], sentence: number, at: number, type: 'Person' | 'Organization', keys: Set<string>, window: number): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - window); s--) {
    const list = index[s];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m.start >= at || m.ref.type !== type) continue;
      if (keys.has(m.ref.key)) return m.ref.key;
    }
  }
  return undefined;
}

/** Of people sharing a surname, the one most recently the subject (first person named) of a
 * sentence: "Kim Yo Jong, the sister of Kim Jong Un, … Kim's memo" is Kim Yo Jong's. */
function latestSubject(index: RawMention[][], sentence: number, at: number, keys: Set<string>): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
    const first = index[s].find((m) => m.ref.type === 'Person' && m.start < at);
    if (first && keys.has((first.ref as { key: string }).key)) return (first.ref as { key: string }).key;
  }
  return undefined;
}

function longest(p: PersonRecord): string {
  return p.forms.reduce((a, b) => (nameWords(b).length > nameWords(a).length ? b : a), p.forms[0] ?? '');
}

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

/** Short forms a person can be called by: surname, particle surname, East Asian family name. */
function buildShortForms(rec: Recognition, canonical: (k: string) => string): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (form: string, key: string): void => {
    const set = forms.get(form) ?? new Set<string>();
    set.add(canonical(key));
    forms.set(form, set);
  };
  for (const p of rec.persons.values()) {
    for (const f of p.forms) {
      const w = nameWords(f);
      if (w.length < 2) continue;
      add(w[w.length - 1], p.key);
      if (EAST_ASIAN.has(w[0])) add(w[0], p.key);
      // "von der Leyen", "da Silva", "bin Farhan": the particle run with the last word.
      for (let i = 1; i < w.length - 1; i++) {
        if (PARTICLES.has(w[i].toLowerCase()) && !PARTICLES.has(w[i - 1].toLowerCase())) {
          add(w.slice(i).join(' '), p.key);
          add(w.slice(i - 1).join(' '), p.key);
          // "Lula" in "Luiz Inacio Lula da Silva": the word before the particle.
          if (i >= 2) add(w[i - 1], p.key);
          break;
        }
      }
      const hyphen = w[w.length - 1].split('-');
      if (hyphen.length === 2 && /^(al|el)$/i.test(hyphen[0])) add(hyphen[1], p.key);
    }
  }
  return forms;
}

function resolveUnresolved(rec: Recognition, mentions: RawMention[], shortForms: Map<string, Set<string>>): void {
  const acronyms = new Map<string, string>();
  for (const o of rec.orgs.values()) {
    const a = acronymOf(o.name);
    if (a) acronyms.set(a, o.key);
    for (const al of o.aliases) acronyms.set(al, o.key);
  }
  const personsByWord = new Map<string, Set<string>>();
  for (const p of rec.persons.values()) {
    for (const f of p.forms) {
      const w = nameWords(f);
      if (w.length > 1) for (const x of w) personsByWord.set(x, (personsByWord.get(x) ?? new Set()).add(p.key));
    }
  }
  const orgsByWord = new Map<string, OrgRecord[]>();
  for (const o of rec.orgs.values()) for (const w of new Set(o.name.split(/\s+/))) push(orgsByWord, w, o);
  const index = bySentence(mentions, rec.sentences.length);
  for (const u of rec.unresolved) {
    const text = u.text.replace(/\.$/, '');
    // "Mr. Abiy" for "Abiy Ahmed": after a title any word of a full name will do.
    const candidates = shortForms.get(text) ?? (u.titled ? personsByWord.get(text) : undefined);
    if (candidates && candidates.size > 0) {
      const key = candidates.size === 1 ? [...candidates][0] : latestSubject(index, u.sentence, u.start, candidates) ?? latestBefore(index, u.sentence, u.start, 'Person', candidates, 30) ?? [...candidates][0];
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'surname', ref: { type: 'Person', key } });
      if (u.titled) rec.persons.get(key)?.titles.push({ sentence: u.sentence, start: u.start, fact: u.titled });
      continue;
    }
    const orgKey = acronyms.get(text);
    if (orgKey) {
      rec.orgs.get(orgKey)!.aliases.add(text);
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', ref: { type: 'Organization', key: orgKey } });
      continue;
    }
    // "the Commission", "the Board": a head word alone refers to the organization it heads.
    const byHead = orgsByWord.get(text) ?? [];
    if (byHead.length === 1 && /^\p{Lu}\p{Ll}/u.test(text)) {
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'descriptor', ref: { type: 'Organization', key: byHead[0].key } });
      continue;
    }
    // "the Senate", "Parliament": a legislature named by its head word alone is a body itself.
    if (!u.titled && (orgHeads.heads as Record<string, string>)[text] === 'legislature') {
      const key = nameKey(text) + '@';
      if (!rec.orgs.has(key)) rec.orgs.set(key, { key, name: text, aliases: new Set(), category: 'legislature' });
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', ref: { type: 'Organization', key } });
      continue;
    }
    // "Gazprom said", "the ANC": an unknown single name acting on its own is an organization
    // (people are introduced by full name first).
    if (!u.titled && actsAlone(rec.text, u.start, u.end, text)) {
      const key = nameKey(text);
      if (!rec.orgs.has(key)) rec.orgs.set(key, { key, name: text, aliases: new Set(), category: 'agency' });
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', ref: { type: 'Organization', key } });
      continue;
    }
    if (u.titled && !/^\p{Lu}+$/u.test(text)) {
      // "President Xi" with no fuller name in the document: the surname is the name.
      const key = nameKey(text);
      let p = rec.persons.get(key);
      if (!p) {
        p = { key, forms: [text], titles: [] };
        rec.persons.set(key, p);
      }
      p.titles.push({ sentence: u.sentence, start: u.start, fact: u.titled });
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', ref: { type: 'Person', key } });
      shortForms.set(text, new Set([key]));
    }
  }
}

const SPEECH_AFTER = /^\s+(said|says|announced|announces|reported|reports|added|told|stated|confirmed|confirms|denied|denies|declined|warned|claimed|insisted)\b/;

function actsAlone(text: string, start: number, end: number, word: string): boolean {
  if (/^[\p{Lu}\d&]{2,6}$/u.test(word) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return true;
  return /^\p{Lu}[\p{L}\d&]+$/u.test(word) && SPEECH_AFTER.test(text.slice(end, end + 14));
}

// ---- descriptors ---------------------------------------------------------------------------

function addDescriptors(rec: Recognition, mentions: RawMention[], personState: Map<string, string>): void {
  const isos = new Set(mentions.filter((m) => m.ref.type === 'State').map((m) => (m.ref as { iso: string }).iso));
  const korean = isos.has('PRK') || isos.has('KOR');
  const text = rec.text;
  const extra: RawMention[] = [];
  // "U.S. officials", "the Chinese government": the state acting through unnamed people.
  for (const m of mentions) {
    if (m.ref.type !== 'State' || m.venue) continue;
    const g = STATE_GROUP.exec(text.slice(m.end, m.end + 20));
    if (g) {
      m.kind = 'descriptor';
      m.end = m.end + g[0].length;
      m.text = text.slice(m.start, m.end);
    }
  }
  const personByEnd = new Map<number, RawMention>();
  for (const m of mentions) if (m.ref.type === 'Person') personByEnd.set(m.end, m);
  const starts = new Set(mentions.map((m) => m.start));
  const orgsByWord = new Map<string, string[]>();
  const orgsByNoun = new Map<string, string[]>();
  const orgsByOwnNoun = new Map<string, string[]>();
  for (const o of rec.orgs.values()) {
    const words = o.name.toLowerCase().split(' ');
    push(orgsByWord, words[words.length - 1], o.key);
    for (const n of DESCRIPTOR_NOUNS[o.category] ?? []) push(orgsByNoun, n, o.key);
    const known = knownOrgByName(o.name);
    for (const n of known?.descriptors ?? []) push(orgsByOwnNoun, n, o.key);
  }
  const index = bySentence(mentions, rec.sentences.length);
  rec.sentences.forEach((s, si) => {
    const sentence = s.text;
    if (korean) {
      for (const m of sentence.matchAll(/\b[Tt]he (North|South)\b(?!\s+\p{Lu})(?!-)/gu)) {
        const iso = m[1] === 'North' ? 'PRK' : 'KOR';
        const start = s.start + m.index! + 4;
        extra.push({ start, end: start + m[1].length, text: `the ${m[1]}`, sentence: si, kind: 'descriptor', ref: { type: 'State', iso } });
      }
    }
    // "the Trump administration", "the Kim regime".
    for (const m of sentence.matchAll(/\b(\p{Lu}[\p{L}-]+) (administration|government|regime|White House|cabinet)\b/gu)) {
      const start = s.start + m.index!;
      const person = personByEnd.get(start + m[1].length);
      if (!person) {
        // "the Trump administration" with no Trump named: "administration" is Washington's word.
        if (m[2] === 'administration' && /^\p{Lu}\p{Ll}+$/u.test(m[1]) && !starts.has(start)) {
          extra.push({ start, end: start + m[0].length, text: m[0], sentence: si, kind: 'descriptor', ref: { type: 'State', iso: 'USA' } });
        }
        continue;
      }
      const iso = personState.get((person.ref as { key: string }).key);
      if (!iso) continue;
      person.shadowed = true;
      extra.push({ start: person.start, end: start + m[0].length, text: text.slice(person.start, start + m[0].length), sentence: si, kind: 'descriptor', ref: { type: 'State', iso } });
    }
    // "the alliance", "the bloc", "the agency": the organization of that kind named before.
    for (const m of sentence.matchAll(/\b[Tt]he ((?:news |think |research |state )?[a-z]+)\b/g)) {
      const noun = m[1];
      const start = s.start + m.index! + 4;
      // Prefer organizations whose own name has the noun ("the agency" → "… Energy Agency").
      const candidates = orgsByOwnNoun.get(noun) ?? orgsByWord.get(noun) ?? orgsByNoun.get(noun);
      if (!candidates) continue;
      const key = latestBefore(index, si, start, 'Organization', new Set(candidates), 10);
      if (!key) continue;
      extra.push({ start, end: start + noun.length, text: `the ${noun}`, sentence: si, kind: 'descriptor', ref: { type: 'Organization', key } });
    }
  });
  mentions.push(...extra);
}

// ---- pronouns ------------------------------------------------------------------------------

function addPronouns(rec: Recognition, mentions: RawMention[]): void {
  const gender = new Map<string, 'm' | 'f'>();
  // Gender from role words next to a name ("spokeswoman Tammy Bruce", "sister of").
  for (const m of mentions) {
    if (m.ref.type !== 'Person' || m.kind === 'pronoun') continue;
    const before = rec.text.slice(Math.max(0, m.start - 30), m.start).toLowerCase().split(/[^a-z.]+/).filter(Boolean);
    const after = rec.text.slice(m.end, m.end + 40).toLowerCase().split(/[^a-z.]+/).filter(Boolean).slice(0, 5);
    const cue = (before[before.length - 1] ?? '') as string;
    for (const w of [cue, ...after.slice(0, 4)]) {
      if (FEMALE_CUES.has(w) && !gender.has(m.ref.key)) gender.set(m.ref.key, 'f');
      if (MALE_CUES.has(w) && !gender.has(m.ref.key) && w !== 'he') gender.set(m.ref.key, 'm');
    }
  }
  const people = bySentence(mentions.filter((m) => m.ref.type === 'Person' && !m.shadowed), rec.sentences.length);
  const out: RawMention[] = [];
  rec.tokens.forEach((toks, si) => {
    for (let i = 0; i < toks.length; i++) {
      const lower = toks[i].norm.toLowerCase();
      const g = PRONOUNS[lower];
      if (!g) continue;
      const at = toks[i].start;
      const candidates: RawMention[] = [];
      for (let s = Math.max(0, si - 2); s <= si; s++) for (const m of people[s]) if (m.start < at) candidates.push(m);
      if (candidates.length === 0) continue;
      const fits = candidates.filter((m) => (gender.get((m.ref as { key: string }).key) ?? g) === g);
      let pool = fits.length > 0 ? fits : candidates;
      // An object pronoun is not the subject of its own clause: in "Duterte has accused him",
      // "him" is someone else, usually the previous sentence's subject.
      let objectOfSubject = false;
      if (lower === 'him' || (lower === 'her' && !/^\s+\p{L}/u.test(rec.text.slice(toks[i].end, toks[i].end + 3)))) {
        const subject = people[si][0];
        if (subject && subject.start < at) {
          const rest = pool.filter((m) => (m.ref as { key: string }).key !== (subject.ref as { key: string }).key);
          if (rest.length > 0) {
            pool = rest;
            objectOfSubject = !rest.some((m) => m.sentence === si);
          }
        }
      }
      // A pronoun with no person named before it in its sentence continues the previous
      // sentence's subject; otherwise it is the latest person named.
      let chosen = pool[pool.length - 1];
      const nominative = lower === 'he' || lower === 'she';
      if (i === 0 || objectOfSubject || (nominative && !pool.some((m) => m.sentence === si))) {
        const prevSentence = pool.filter((m) => m.sentence === si - 1);
        if (prevSentence.length > 0) chosen = prevSentence[0];
      }
      const key = (chosen.ref as { key: string }).key;
      if (!gender.has(key)) gender.set(key, g);
      out.push({ start: at, end: toks[i].end, text: toks[i].text, sentence: si, kind: 'pronoun', ref: { type: 'Person', key } });
    }
  });
  mentions.push(...out);
  addThingPronouns(rec, mentions);
}

const IT_AFTER = new Set(['accused', 'accusing', 'accuses', 'blamed', 'blaming', 'blames', 'condemned', 'condemning', 'criticized', 'criticised', 'criticizing', 'urged', 'urging', 'warned', 'warning', 'told', 'asked', 'pressed', 'rebuked', 'denounced', 'mocked', 'praised', 'thanked', 'slammed', 'blasted', 'met', 'joined', 'backed', 'supported', 'armed', 'supplied']);
const IT_BEFORE = new Set(['said', 'says', 'would', 'will', 'could', 'should', 'must', 'might', 'may', 'wants', 'wanted', 'plans', 'planned', 'has', 'had', 'did', 'does', 'accused', 'accuses', 'condemned', 'denied', 'insisted', 'insists', 'rejected', 'rejects', 'warned', 'warns', 'agreed', 'signed', 'called', 'urged', 'vowed', 'claimed', 'announced', 'refused', 'responded']);
const EXPLETIVE_AFTER_IT = /^\s*(?:is|was|'s|’s|would be|will be|has been|had been|seems|seemed|appears|appeared|remains|remained|became|becomes|is not|was not|isn't|wasn't|may be|might be|could be|took|takes)\b/i;

/** "it"/"its" for a state or organization: the latest one named before it in the sentence,
 * else the first one named in the sentence before. Expletive "it is/was …" is skipped. */
function addThingPronouns(rec: Recognition, mentions: RawMention[]): void {
  const things = bySentence(mentions.filter((m) => m.ref.type !== 'Person' && !m.venue && m.kind !== 'demonym' && m.kind !== 'pronoun'), rec.sentences.length);
  const out: RawMention[] = [];
  rec.tokens.forEach((toks, si) => {
    for (let i = 0; i < toks.length; i++) {
      const lower = toks[i].norm.toLowerCase();
      if (lower !== 'it' && lower !== 'its') continue;
      if (lower === 'it') {
        if (EXPLETIVE_AFTER_IT.test(rec.text.slice(toks[i].end, toks[i].end + 14))) continue;
        // "it" is mostly a thing or a situation; keep it only as an actor or an accused.
        const prev = i > 0 ? toks[i - 1].norm.toLowerCase() : '';
        const next = i + 1 < toks.length ? toks[i + 1].norm.toLowerCase() : '';
        if (!IT_AFTER.has(prev) && !IT_BEFORE.has(next)) continue;
      }
      const at = toks[i].start;
      const before = things[si].filter((m) => m.end <= at);
      let chosen = before[before.length - 1];
      // Across a comma (not ", which") the pronoun goes back to the sentence's subject:
      // "The Commission …, escalating its rebuke"; "Manila's protest against Beijing, its sharpest".
      if (chosen) {
        const between = rec.text.slice(chosen.end, at);
        const subject = before[0];
        if (between.includes(',') && !/,\s*(which|that|who)\b/.test(between) && subject !== chosen && subject.start - rec.sentences[si].start < 40) chosen = subject;
      }
      // At the very start of a sentence, "It"/"Its" continues the previous sentence's subject.
      if (!chosen && si > 0 && i <= 2) chosen = things[si - 1][0];
      if (!chosen) continue;
      out.push({ start: at, end: toks[i].end, text: toks[i].text, sentence: si, kind: 'pronoun', ref: chosen.ref });
    }
  });
  mentions.push(...out);
}

const LEADER_WORDS = /^\s+(leader|president|prime minister|premier|chancellor|king|queen|emir|monarch|head of state|strongman|ruler)\b/i;
const ORG_LEADER_WORDS = /^\s+(chief|head|leader|secretary-general|secretary general|director-general|director general|director|boss|chairman|chairwoman|chief executive)\b/i;
const BEFORE_DESCRIPTOR = /\bthe\s+(?:(?:current|present|sitting|new|incoming|outgoing)\s+)?$/i;

/** "the Russian leader", "the U.S. president", "the UN chief": the person the document has
 * lead that state or organization. */
function addLeaderDescriptors(rec: Recognition, mentions: RawMention[]): void {
  const leaderOf = new Map<string, string>();
  const orgsBySentence = new Map<number, string[]>();
  for (const m of mentions) if (m.ref.type === 'Organization') orgsBySentence.set(m.sentence, [...(orgsBySentence.get(m.sentence) ?? []), m.ref.key]);
  for (const p of rec.persons.values()) {
    for (const t of p.titles) {
      const role = roleOfPhrase(t.fact.role);
      if (role?.role !== 'leads' || t.fact.former || t.fact.notYet || /vice|deputy/.test(t.fact.role)) continue;
      const q = t.fact.qualifier;
      let target: string | undefined;
      if (q?.type === 'State' && role.target !== 'org') target = `S:${q.iso}`;
      else if (q?.type === 'Organization') target = `O:${q.key}`;
      else if (!q && role.target === 'org') {
        // "Secretary-General X": the organization named in the same sentence.
        const org = orgsBySentence.get(t.sentence)?.[0];
        if (org) target = `O:${org}`;
      }
      if (target && !leaderOf.has(target)) leaderOf.set(target, p.key);
    }
  }
  const extra: RawMention[] = [];
  for (const m of mentions) {
    if (m.shadowed || m.venue) continue;
    const isState = m.ref.type === 'State' && (m.kind === 'demonym' || m.kind === 'name');
    const isOrg = m.ref.type === 'Organization' && m.kind === 'name';
    if (!isState && !isOrg) continue;
    const before = BEFORE_DESCRIPTOR.exec(rec.text.slice(Math.max(0, m.start - 30), m.start));
    if (!before) continue;
    const role = (isState ? LEADER_WORDS : ORG_LEADER_WORDS).exec(rec.text.slice(m.end, m.end + 24));
    const key = leaderOf.get(m.ref.type === 'State' ? `S:${m.ref.iso}` : `O:${(m.ref as { key: string }).key}`);
    if (!role || !key) continue;
    const start = m.start - before[0].length;
    const end = m.end + role[0].length;
    m.shadowed = true;
    extra.push({ start, end, text: rec.text.slice(start, end), sentence: m.sentence, kind: 'descriptor', ref: { type: 'Person', key } });
  }
  mentions.push(...extra);
}

// ---- entities ------------------------------------------------------------------------------

function mergeGenericOrgs(rec: Recognition, mentions: RawMention[]): void {
  // An unqualified "Foreign Ministry" is the qualified one when the document has exactly one.
  const byName = new Map<string, OrgRecord[]>();
  for (const o of rec.orgs.values()) {
    const base = o.key.split('@')[0];
    push(byName, base, o);
  }
  const alias = new Map<string, string>();
  for (const list of byName.values()) {
    const bare = list.find((o) => o.key.endsWith('@'));
    const qualified = list.filter((o) => !o.key.endsWith('@') && o.key.includes('@'));
    if (bare && qualified.length === 1) {
      alias.set(bare.key, qualified[0].key);
      for (const a of bare.aliases) qualified[0].aliases.add(a);
      rec.orgs.delete(bare.key);
    }
  }
  for (const m of mentions) if (m.ref.type === 'Organization' && alias.has(m.ref.key)) m.ref = { type: 'Organization', key: alias.get(m.ref.key)! };
}

function build(rec: Recognition, mentions: RawMention[], personAlias: Map<string, string>, personState: Map<string, string>): Coreferenced {
  const entities: Entity[] = [];
  const idByRef = new Map<string, string>();
  const usedIds = new Set<string>();
  const refKey = (r: EntityRef): string => (r.type === 'State' ? `S:${r.iso}` : `${r.type[0]}:${r.key}`);
  const makeId = (name: string, suffix: string): string => {
    let id = slug(name) || 'entity';
    if (usedIds.has(id)) id = `${id}-${suffix.toLowerCase()}`;
    usedIds.add(id);
    return id;
  };
  const grouped = new Map<string, RawMention[]>();
  for (const m of mentions) {
    const k = refKey(m.ref);
    push(grouped, k, m);
  }
  const venues: RawMention[] = [];
  const acronyms = new Set(rec.text.match(/\b[A-Z]{2,}\b/g) ?? []);
  // States: only those that act or are described, not mere venues.
  for (const [k, ms] of grouped) {
    if (!k.startsWith('S:')) continue;
    const iso = k.slice(2);
    if (ms.every((m) => m.venue)) {
      venues.push(...ms);
      continue;
    }
    const name = stateName(iso);
    const entity: Entity = { id: makeId(name, iso), type: 'State', name, aliases: aliasesOf(ms, name, ['demonym']), iso };
    entities.push(withMentions(entity, ms));
    idByRef.set(k, entity.id);
    venues.push(...ms.filter((m) => m.venue));
  }
  for (const [k, ms] of grouped) {
    if (!k.startsWith('O:')) continue;
    const org = rec.orgs.get(k.slice(2));
    if (!org) continue;
    const name = org.name.replace(/^the\s+/i, '');
    const aliases = new Set(aliasesOf(ms, name, ['descriptor']));
    for (const a of org.aliases) if (a !== name) aliases.add(a.replace(/^the\s+/i, ''));
    for (const a of variantsOf(org, acronyms)) if (a !== name) aliases.add(a);
    const known = knownOrgByName(name);
    if (known && known.category === org.category) for (const a of known.aliases) aliases.add(a);
    const entity: Entity = { id: makeId(name, org.stateIso ?? 'org'), type: 'Organization', name, aliases: [...aliases] };
    entities.push(withMentions(entity, ms));
    idByRef.set(k, entity.id);
  }
  for (const [k, ms] of grouped) {
    if (!k.startsWith('P:')) continue;
    const p = rec.persons.get(k.slice(2));
    if (!p) continue;
    const name = longest(p).replace(/\s+/g, ' ');
    const aliases = new Set<string>();
    for (const f of p.forms) if (f !== name) aliases.add(f);
    for (const m of ms) if (m.kind !== 'pronoun' && m.kind !== 'descriptor' && m.text !== name) aliases.add(m.text);
    const entity: Entity = { id: makeId(name, 'person'), type: 'Person', name, aliases: [...aliases] };
    entities.push(withMentions(entity, ms));
    idByRef.set(k, entity.id);
  }
  const finalMentions: EntityMention[] = [];
  for (const m of mentions) {
    const id = idByRef.get(refKey(m.ref));
    if (!id || m.shadowed || m.venue) continue;
    finalMentions.push({ start: m.start, end: m.end, text: m.text, kind: m.kind as MentionKind, sentence: m.sentence, entityId: id });
  }
  const idOf = (r: EntityRef): string | undefined => {
    if (r.type === 'Person') return idByRef.get(`P:${personAlias.get(r.key) ?? r.key}`);
    return idByRef.get(refKey(r));
  };
  const titles: DocumentFacts['titles'] = [];
  for (const p of rec.persons.values()) {
    const id = idOf({ type: 'Person', key: p.key });
    if (!id) continue;
    for (const t of p.titles) titles.push({ personId: id, ...t });
  }
  const doc: AnalyzedDocument = { text: rec.text, sentences: rec.sentences, entities, mentions: finalMentions };
  return { doc, facts: { idOf, persons: rec.persons, orgs: rec.orgs, titles, venues, personState, tokens: rec.tokens } };
}

function withMentions(e: Entity, ms: RawMention[]): Entity {
  e.mentions = ms.map((m) => ({ start: m.start, end: m.end, text: m.text }));
  return e;
}

function aliasesOf(ms: RawMention[], name: string, skipKinds: string[]): string[] {
  const set = new Set<string>();
  for (const m of ms) {
    if (skipKinds.includes(m.kind) || m.kind === 'pronoun') continue;
    const t = m.text.replace(/^the\s+(?=\p{Lu})/u, '');
    if (nameKey(t) !== nameKey(name)) set.add(m.kind === 'descriptor' && /^the /.test(m.text) ? m.text : t);
  }
  return [...set];
}

/** Standard variants of an organization's name: "Ministry of X" ↔ "X Ministry", acronyms, state forms. */
function variantsOf(org: OrgRecord, acronyms: Set<string>): string[] {
  const out: string[] = [];
  const name = org.name.replace(/^the\s+/i, '');
  let m = /^(.+) (Ministry|Department)$/.exec(name);
  if (m) out.push(`${m[2]} of ${m[1] === 'Foreign' ? 'Foreign Affairs' : m[1]}`);
  m = /^(Ministry|Department) of (.+)$/.exec(name);
  if (m) out.push(`${m[2]} ${m[1]}`);
  if (org.stateIso && STATES.has(org.stateIso) && ORG_CATEGORIES[org.category]?.generic) {
    const st = STATES.get(org.stateIso)!;
    if (!name.includes(st.name)) out.push(`${st.name}'s ${name}`);
  }
  const a = acronymOf(name);
  if (a && a.length >= 3 && acronyms.has(a)) out.push(a);
  return out;
}

export type { EntityType };
