// The document's entities from its resolved mentions: one per state, organization and person,
// with canonical names, aliases and ids, and the facts pass 05 reads.
import type { Entity } from '../../model';
import type { AnalyzedDocument, EntityMention, MentionKind } from '../analysis';
import orgHeads from '../data/org-heads.json';
import { knownOrgByName, STATES, stateName } from '../entities/gazetteer';
import { acronymOf, nameKey, slug } from '../entities/names';
import type { EntityRef, OrgRecord, PersonRecord, RawMention, Recognition, TitleFact } from '../entities/recognition';
import { push } from './mention-index';
import { longest } from './person-names';

const ORG_CATEGORIES = orgHeads.categories as Record<string, { generic: boolean }>;

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

export function mergeGenericOrgs(rec: Recognition, mentions: RawMention[]): void {
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

export function buildEntities(rec: Recognition, mentions: RawMention[], personAlias: Map<string, string>, personState: Map<string, string>): Coreferenced {
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
  if (m && !m[2].includes(' of ')) out.push(`${m[2]} ${m[1]}`);
  if (org.stateIso && STATES.has(org.stateIso) && ORG_CATEGORIES[org.category]?.generic) {
    const st = STATES.get(org.stateIso)!;
    if (!name.includes(st.name)) out.push(`${st.name}'s ${name}`);
  }
  const a = acronymOf(name);
  if (a && a.length >= 3 && acronyms.has(a)) out.push(a);
  return out;
}
