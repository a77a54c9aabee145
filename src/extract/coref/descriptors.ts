// References by description: "U.S. officials", "the North", "the Obama administration",
// "the alliance", and "the Russian leader" / "the UN chief" for the person who leads it.
import orgHeads from '../data/org-heads.json';
import statesData from '../data/states.json';
import { knownOrgByName } from '../entities/gazetteer';
import type { RawMention, Recognition } from '../entities/recognition';
import { roleOfPhrase } from '../entities/roles';
import { bySentence, latestBefore, push } from './mention-index';

const KINGDOMS = new Set(statesData.governmentTitles.kingdoms);
const DESCRIPTOR_NOUNS = orgHeads.descriptorNouns as unknown as Record<string, string[]>;
const REGULAR_FORCE = /\b(Army|Armed Forces|Defen[cs]e Forces?|Military)\b/;
const STATE_GROUP = /^\s+(officials|leaders|government|administration|regime|authorities|side|delegation|diplomats|negotiators|lawmakers|people)\b/;

export function addDescriptors(rec: Recognition, mentions: RawMention[], personState: Map<string, string>): void {
  const isos = new Set(mentions.filter((m) => m.ref.type === 'State').map((m) => (m.ref as { iso: string }).iso));
  const korean = isos.has('PRK') || isos.has('KOR');
  const kingdoms = [...isos].filter((iso) => KINGDOMS.has(iso));
  const kingdom = kingdoms.length === 1 ? kingdoms[0] : undefined;
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
    // "the kingdom": the one kingdom the document names.
    if (kingdom) {
      for (const m of sentence.matchAll(/\b[Tt]he ([Kk]ingdom)\b(?!\s+of\b)/gu)) {
        const start = s.start + m.index! + 4;
        extra.push({ start, end: start + m[1].length, text: `the ${m[1]}`, sentence: si, kind: 'descriptor', ref: { type: 'State', iso: kingdom } });
      }
    }
    // "the Obama administration", "the Assad regime".
    for (const m of sentence.matchAll(/\b(\p{Lu}[\p{L}-]+) (administration|government|regime|White House|cabinet)\b/gu)) {
      const start = s.start + m.index!;
      const person = personByEnd.get(start + m[1].length);
      if (!person) {
        // "the Obama administration" with no Obama named: "administration" is Washington's word.
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
    // "the country's foreign minister, X": the state that opens the sentence, else the one named
    // last before it (only before a role, where it tells whose office it is).
    for (const m of sentence.matchAll(/\b[Tt]he (country|nation)(?:'s|’s)((?:\s+[a-z-]+){1,4})/g)) {
      if (!m[2].trim().split(/\s+/).some((w) => roleOfPhrase(w) !== undefined)) continue;
      const start = s.start + m.index! + 4;
      const iso = firstStateBefore(index[si], start) ?? latestState(index, si - 1, Number.MAX_SAFE_INTEGER);
      if (iso) extra.push({ start, end: start + m[1].length, text: `the ${m[1]}`, sentence: si, kind: 'descriptor', ref: { type: 'State', iso } });
    }
    // "the alliance", "the bloc", "the agency": the organization of that kind named before.
    for (const m of sentence.matchAll(/\b[Tt]he ((?:news |think |research |state )?[a-z]+)\b/g)) {
      const noun = m[1];
      const start = s.start + m.index! + 4;
      // Prefer organizations whose own name has the noun ("the agency" → "… Energy Agency").
      let candidates = orgsByOwnNoun.get(noun) ?? orgsByWord.get(noun) ?? orgsByNoun.get(noun);
      if (!candidates) continue;
      // "the army" is a state's regular force, not a paramilitary one named alongside it.
      if (noun === 'army' || noun === 'military') {
        const regular = candidates.filter((k) => REGULAR_FORCE.test(rec.orgs.get(k)?.name ?? ''));
        if (regular.length > 0) candidates = regular;
      }
      const key = latestBefore(index, si, start, 'Organization', new Set(candidates), 10);
      if (!key) continue;
      extra.push({ start, end: start + noun.length, text: `the ${noun}`, sentence: si, kind: 'descriptor', ref: { type: 'Organization', key } });
    }
    // "…, ministry spokesman X said": a kind of body right before a role, without "the", is the
    // body of that kind named before.
    for (const m of sentence.matchAll(/(?<!\b[Tt]he )\b(ministry|department|agency|company|club|party|bank|firm|commission|council|court)\s+(?=(?:spokesman|spokeswoman|spokesperson|official|officials|chief|head|director|adviser|analyst|executive|chairman|chairwoman)\b)/g)) {
      const noun = m[1];
      const start = s.start + m.index!;
      if (starts.has(start)) continue;
      const candidates = orgsByOwnNoun.get(noun) ?? orgsByWord.get(noun) ?? orgsByNoun.get(noun);
      const key = candidates ? latestBefore(index, si, start, 'Organization', new Set(candidates), 10) : undefined;
      if (key) extra.push({ start, end: start + noun.length, text: noun, sentence: si, kind: 'descriptor', ref: { type: 'Organization', key } });
    }
  });
  mentions.push(...extra);
}

function firstStateBefore(list: RawMention[], at: number): string | undefined {
  const m = list.find((x) => x.start < at && x.ref.type === 'State' && !x.venue);
  return m?.ref.type === 'State' ? m.ref.iso : undefined;
}

/** The state of the last state mention (not a venue) before `at`, within two sentences. */
function latestState(index: RawMention[][], sentence: number, at: number): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - 2); s--) {
    const list = index[s];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m.start >= at || m.ref.type !== 'State' || m.venue) continue;
      return m.ref.iso;
    }
  }
  return undefined;
}

const LEADER_WORDS = /^\s+(leader|president|prime minister|premier|chancellor|king|queen|emir|monarch|head of state|strongman|ruler)\b/i;
const ORG_LEADER_WORDS = /^\s+(chief|head|leader|secretary-general|secretary general|director-general|director general|director|boss|chairman|chairwoman|chief executive)\b/i;
const BEFORE_DESCRIPTOR = /\bthe\s+(?:(?:current|present|sitting|new|incoming|outgoing)\s+)?$/i;

/** "the Russian leader", "the U.S. president", "the UN chief": the person the document has
 * lead that state or organization. */
export function addLeaderDescriptors(rec: Recognition, mentions: RawMention[]): void {
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
    if (!role) continue;
    let key = leaderOf.get(m.ref.type === 'State' ? `S:${m.ref.iso}` : `O:${(m.ref as { key: string }).key}`);
    // "When X walked in …, the Hungarian prime minister had done it": with no leader known, the
    // one untitled person named earlier in the sentence (the state mention stays, to tie him).
    const inferred = !key && isState;
    if (inferred) key = soleUntitledPersonBefore(rec, mentions, m);
    if (!key) continue;
    const start = m.start - before[0].length;
    const end = m.end + role[0].length;
    if (!inferred) m.shadowed = true;
    extra.push({ start, end, text: rec.text.slice(start, end), sentence: m.sentence, kind: 'descriptor', ref: { type: 'Person', key } });
  }
  mentions.push(...extra);
}

function soleUntitledPersonBefore(rec: Recognition, mentions: RawMention[], m: RawMention): string | undefined {
  const keys = new Set<string>();
  for (const x of mentions) {
    if (x.sentence !== m.sentence || x.start >= m.start || x.ref.type !== 'Person' || (x.kind !== 'name' && x.kind !== 'surname')) continue;
    keys.add(x.ref.key);
  }
  if (keys.size !== 1) return undefined;
  const key = [...keys][0];
  return (rec.persons.get(key)?.titles.length ?? 1) === 0 ? key : undefined;
}

const TITLE_DESCRIPTOR = /\b[Tt]he ((?:crown prince|prime minister|foreign minister|defense minister|defence minister|secretary-general|supreme leader|president|premier|chancellor|emir|king|queen|sultan|pope|monarch|crown prince|junta leader))\b(?!\s+(?:of|and)\b)(?!\s+\p{Lu})/gu;

/** "the emir", "the crown prince": the one person the document gives that title. */
export function addTitleDescriptors(rec: Recognition, mentions: RawMention[]): void {
  const holders = new Map<string, Set<string>>();
  for (const p of rec.persons.values()) {
    for (const t of p.titles) {
      if (t.fact.former || t.fact.notYet) continue;
      for (const m of `${t.fact.role} `.matchAll(/(crown prince|prime minister|foreign minister|defen[cs]e minister|secretary-general|supreme leader|president|premier|chancellor|emir|king|queen|sultan|pope|monarch|junta leader)(?= )/g)) {
        if (/vice|deputy/.test(t.fact.role) && m[1] !== 'crown prince') continue;
        holders.set(m[1], (holders.get(m[1]) ?? new Set()).add(p.key));
      }
    }
  }
  if (holders.size === 0) return;
  const taken = new Set(mentions.map((m) => m.start));
  rec.sentences.forEach((s, si) => {
    for (const m of s.text.matchAll(TITLE_DESCRIPTOR)) {
      const who = holders.get(m[1].replace('defence', 'defense'));
      if (!who) continue;
      const start = s.start + m.index!;
      // "Hun Ro, the prime minister's father": of several holders, the relative shares a name.
      const key = who.size === 1 ? [...who][0] : relativeHolder(rec, mentions, who, start, s.start + m.index! + m[0].length);
      if (!key) continue;
      if (taken.has(start + 4)) continue;
      const end = start + m[0].length;
      mentions.push({ start, end, text: rec.text.slice(start, end), sentence: si, kind: 'descriptor', ref: { type: 'Person', key } });
    }
  });
}

const FAMILY_AFTER = /^['’]s\s+(?:\w+\s+)?(father|mother|son|daughter|brother|sister|wife|husband|uncle|nephew|cousin)\b/;

/** "X Y, the prime minister's father": the one holder sharing a name word with the person
 * apposed just before. */
function relativeHolder(rec: Recognition, mentions: RawMention[], who: Set<string>, start: number, end: number): string | undefined {
  if (!FAMILY_AFTER.test(rec.text.slice(end, end + 30)) || !/,\s*$/.test(rec.text.slice(start - 3, start))) return undefined;
  const person = mentions.find((x) => x.ref.type === 'Person' && x.end <= start && /^,\s*$/.test(rec.text.slice(x.end, start)));
  if (!person || person.ref.type !== 'Person') return undefined;
  const words = new Set(person.text.split(/\s+/));
  const matches = [...who].filter((k) => k !== (person.ref as { key: string }).key && (rec.persons.get(k)?.forms ?? []).some((f) => f.split(/\s+/).some((w) => words.has(w))));
  return matches.length === 1 ? matches[0] : undefined;
}
