// Known names, compiled once at module load: states (world-countries + data/states.json),
// seats of government, well-known organizations and blocking place names.
import countries from 'world-countries';
import statesData from '../data/states.json';
import seatsData from '../data/seats.json';
import orgData from '../data/organizations.json';
import placesData from '../data/places.json';
import { nameKey } from './names';
import { tokenize } from './tokens';

export type GazetteerKind = 'state' | 'capital' | 'seat' | 'demonym' | 'people' | 'org' | 'place';

export interface StateInfo {
  iso: string;
  name: string;
  /** Every written form that names the state itself (names, abbreviations, formal names). */
  names: string[];
}

export interface KnownOrg {
  name: string;
  aliases: string[];
  category: string;
  /** ISO3 of the state a national body belongs to. */
  state?: string;
  /** Canonical name of the organization it is part of. */
  parent?: string;
  /** Common nouns the press uses for it after "the" ("the watchdog"). */
  descriptors?: string[];
}

export interface GazetteerEntry {
  kind: GazetteerKind;
  tokens: string[];
  surface: string;
  /** States, capitals, seats, demonyms: the ISO3 code. */
  iso?: string;
  org?: KnownOrg;
}

export const STATES = new Map<string, StateInfo>();
export const KNOWN_ORGS: KnownOrg[] = orgData.organizations as KnownOrg[];
const ENTRIES = new Map<string, GazetteerEntry[]>();

const NOT_ALIASES = new Set(statesData.notAliases);
const NOT_DEMONYMS = new Set(statesData.notDemonyms);
const FORMAL = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Sultanate|Emirates|Confederation|Duchy|Federated)\b/;

function add(kind: GazetteerKind, surface: string, extra: Partial<GazetteerEntry> = {}): void {
  const tokens = tokenize(surface).map((t) => t.norm);
  if (tokens.length === 0) return;
  const list = ENTRIES.get(tokens[0]) ?? [];
  if (list.some((e) => e.kind === kind && e.tokens.join(' ') === tokens.join(' ') && e.iso === extra.iso)) return;
  list.push({ kind, tokens, surface, ...extra });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  ENTRIES.set(tokens[0], list);
}

/** Every capital's name, also those written as a state's alias ("London"). */
export const CAPITAL_NAMES = new Set<string>();

/** Demonyms several states share ("Congolese"): a document naming only one of them means it. */
export const AMBIGUOUS_DEMONYMS = new Map<string, string[]>();

/** Per document: each shared demonym whose states the document names only one of, as an entry. */
export function resolveAmbiguousDemonyms(sentences: string[][]): Map<string, GazetteerEntry> {
  const used = new Set<string>();
  const named = new Set<string>();
  let seatUsed = false;
  let euNamed = false;
  let belgiumNamed = false;
  for (const norms of sentences) {
    for (let i = 0; i < norms.length; i++) {
      if (AMBIGUOUS_DEMONYMS.has(norms[i])) used.add(norms[i]);
      if (norms[i] === 'Brussels') seatUsed = true;
      const e = matchGazetteer(norms, i);
      if (e?.kind === 'org' && e.org?.name === 'European Union') euNamed = true;
      if (e?.iso === 'BEL' && norms[i] !== 'Brussels') belgiumNamed = true;
      if (e?.iso && (e.kind === 'state' || e.kind === 'capital')) named.add(e.iso);
    }
  }
  const out = new Map<string, GazetteerEntry>();
  for (const d of used) {
    const isos = (AMBIGUOUS_DEMONYMS.get(d) ?? []).filter((x) => named.has(x));
    if (new Set(isos).size === 1) out.set(d, { kind: 'demonym', tokens: [d], surface: d, iso: isos[0] });
  }
  // "after Brussels suspended visa-free travel": in a story about the EU that names Belgium no
  // other way, Brussels is the Union's seat, not Belgium's capital.
  if (seatUsed && euNamed && !belgiumNamed) {
    const eu = knownOrgByName('European Union');
    if (eu) out.set('Brussels', { kind: 'org', tokens: ['Brussels'], surface: 'Brussels', org: eu });
  }
  return out;
}

/** "Kazakh" from "Kazakhstan" (see `demonymStems` in data/states.json). */
function demonymStem(name: string): string | undefined {
  const { suffixes, minLength } = statesData.demonymStems;
  for (const suffix of suffixes) {
    if (!name.endsWith(suffix)) continue;
    const stem = name.slice(0, -suffix.length);
    return stem.length >= minLength && /^[A-Z][a-z]+$/.test(stem) ? stem : undefined;
  }
  return undefined;
}

function buildStates(): void {
  const extra = new Set(statesData.extraStates);
  const names = statesData.names as Record<string, string>;
  const aliases = statesData.aliases as Record<string, string[]>;
  const capitals = statesData.capitals as Record<string, string[]>;
  const demonyms = statesData.demonyms as Record<string, string[]>;
  const isoOverride = statesData.iso as Record<string, string>;
  for (const c of countries) {
    if (!c.independent && !extra.has(c.cca3)) continue;
    const iso = isoOverride[c.cca3] ?? c.cca3;
    const name = names[c.cca3] ?? c.name.common;
    const stateNames = new Set<string>([name, c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      if (alt.length > 3 && FORMAL.test(alt) && /^[A-Z][A-Za-z' .,-]+$/.test(alt) && !alt.includes(',')) stateNames.add(alt);
    }
    for (const a of aliases[c.cca3] ?? []) stateNames.add(a);
    for (const n of [...stateNames]) if (NOT_ALIASES.has(n)) stateNames.delete(n);
    STATES.set(iso, { iso, name, names: [...stateNames] });
    for (const n of stateNames) add('state', n, { iso });
    const caps = new Set<string>([...(c.capital ?? []), ...(capitals[c.cca3] ?? [])]);
    for (const cap of caps) {
      CAPITAL_NAMES.add(cap);
      if (!stateNames.has(cap) && !NOT_ALIASES.has(cap)) add('capital', cap, { iso });
      const plain = cap.normalize('NFD').replace(/\p{M}/gu, '');
      if (plain !== cap && !stateNames.has(plain)) add('capital', plain, { iso });
    }
    const dems = new Set<string>(demonyms[c.cca3] ?? []);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) for (const part of d.split(/,| or /)) if (part.trim()) dems.add(part.trim());
    const stem = demonymStem(c.name.common);
    if (stem) dems.add(stem);
    for (const d of dems) {
      if (NOT_DEMONYMS.has(d)) AMBIGUOUS_DEMONYMS.set(d, [...(AMBIGUOUS_DEMONYMS.get(d) ?? []), iso]);
      if (NOT_DEMONYMS.has(d) || stateNames.has(d)) continue;
      add('demonym', d, { iso });
      // The people as a whole act for the state ("the Saudis", "the Americans").
      if (/(an|i)$/.test(d)) add('people', d + 's', { iso });
    }
  }
}

function buildOthers(): void {
  for (const [seat, iso] of Object.entries(seatsData.seats)) add('seat', seat, { iso });
  for (const org of KNOWN_ORGS) for (const n of [org.name, ...org.aliases]) add('org', n, { org });
  for (const p of placesData.names) add('place', p);
}

buildStates();
buildOthers();

/** The longest known name starting at token i, if any. */
export function matchGazetteer(norms: string[], i: number): GazetteerEntry | undefined {
  const candidates = ENTRIES.get(norms[i]);
  if (!candidates) return undefined;
  for (const e of candidates) {
    if (i + e.tokens.length > norms.length) continue;
    let ok = true;
    for (let k = 1; k < e.tokens.length; k++) {
      if (norms[i + k] !== e.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return e;
  }
  return undefined;
}

const KNOWN_BY_KEY = new Map(KNOWN_ORGS.map((o) => [nameKey(o.name), o]));

/** The well-known organization with this canonical name, if any. */
export function knownOrgByName(name: string): KnownOrg | undefined {
  return KNOWN_BY_KEY.get(nameKey(name));
}

export function stateName(iso: string): string {
  return STATES.get(iso)?.name ?? iso;
}
