// People's names within one document: the same person written fully and in part ("Lopez
// Obrador", "Marcelo Rebelo"), and the short forms a person goes by (surname, East Asian family
// name, "van der Bellen").
import words from '../data/words.json';
import { nameKey } from '../entities/names';
import type { PersonRecord, RawMention, Recognition } from '../entities/recognition';
import { roleOfPhrase } from '../entities/roles';
import { push } from './mention-index';

const EAST_ASIAN = new Set(words.eastAsianSurnames);
const SUFFIXES = new Set(words.nameSuffixes);
const PARTICLES = new Set(words.nameParticles.map((p) => p.toLowerCase()));

export function nameWords(form: string): string[] {
  return form
    .replace(/\.$/, '')
    .split(/\s+/)
    .filter((w) => w && !SUFFIXES.has(w) && !SUFFIXES.has(w + '.'));
}

/** "Lopez Obrador" and "Marcelo Rebelo" are the same people as the longer names containing them. */
export function mergePersons(rec: Recognition): Map<string, string> {
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

export function longest(p: PersonRecord): string {
  return p.forms.reduce((a, b) => (nameWords(b).length > nameWords(a).length ? b : a), p.forms[0] ?? '');
}

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

/** Short forms a person can be called by: surname, particle surname, East Asian family name. */
export function buildShortForms(rec: Recognition, canonical: (k: string) => string): Map<string, Set<string>> {
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
      // "Mohammed bin Salman" is not "Salman": a patronymic's last word is another person's name.
      if (!(w.length >= 3 && /^(bin|ibn|bint|ben)$/i.test(w[w.length - 2]))) add(w[w.length - 1], p.key);
      if (EAST_ASIAN.has(w[0])) add(w[0], p.key);
      // "van der Bellen", "de Klerk", "bin Zayed": the particle run with the last word.
      for (let i = 1; i < w.length - 1; i++) {
        if (PARTICLES.has(w[i].toLowerCase()) && !PARTICLES.has(w[i - 1].toLowerCase())) {
          add(w.slice(i).join(' '), p.key);
          add(w.slice(i - 1).join(' '), p.key);
          // "Rebelo" in "Marcelo Rebelo de Sousa": the word before the particle.
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

/** The state each person serves or leads by a title with a state qualifier ("Russian President"). */
export function statesOfPeople(rec: Recognition, personAlias: Map<string, string>): Map<string, string> {
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
  return personState;
}

/** A name read as an organization somewhere in the document ("Analysts at Halvern Stanwick")
 * is that organization everywhere, unless a title made it a person. */
export function personsNamedLikeOrgs(rec: Recognition, mentions: RawMention[]): void {
  const orgByName = new Map<string, string>();
  for (const o of rec.orgs.values()) {
    orgByName.set(nameKey(o.name), o.key);
    for (const a of o.aliases) if (!orgByName.has(nameKey(a))) orgByName.set(nameKey(a), o.key);
  }
  const remap = new Map<string, string>();
  for (const p of rec.persons.values()) {
    if (p.titles.length > 0 || p.forms.length === 0) continue;
    const orgs = new Set(p.forms.map((f) => orgByName.get(nameKey(f))));
    const org = orgs.size === 1 ? [...orgs][0] : undefined;
    if (org) remap.set(p.key, org);
  }
  if (remap.size === 0) return;
  for (const m of mentions) {
    const org = m.ref.type === 'Person' ? remap.get(m.ref.key) : undefined;
    if (org) m.ref = { type: 'Organization', key: org };
  }
  for (const k of remap.keys()) rec.persons.delete(k);
}
