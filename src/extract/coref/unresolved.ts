// Capitalized words pass 02 could not place: surnames, "President Xi", acronyms, a head word
// alone ("the Commission"), a legislature ("the Senate"), a name acting alone ("Gazprom said").
import orgCues from '../data/org-cues.json';
import orgHeads from '../data/org-heads.json';
import { acronymOf, nameKey } from '../entities/names';
import type { OrgRecord, RawMention, Recognition } from '../entities/recognition';
import { bySentence, latestBefore, latestSubject, push } from './mention-index';
import { nameWords } from './person-names';

export function resolveUnresolved(rec: Recognition, mentions: RawMention[], shortForms: Map<string, Set<string>>): void {
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
      // A patronymic's last word ("bin Salman") names the father, not this person.
      if (w.length > 1) w.forEach((x, i) => {
        if (i === w.length - 1 && i >= 2 && /^(bin|ibn|bint|ben)$/i.test(w[i - 1])) return;
        personsByWord.set(x, (personsByWord.get(x) ?? new Set()).add(p.key));
      });
    }
  }
  const orgsByWord = new Map<string, OrgRecord[]>();
  for (const o of rec.orgs.values()) for (const w of new Set(o.name.split(/\s+/))) push(orgsByWord, w, o);
  const index = bySentence(mentions, rec.sentences.length);
  for (const u of rec.unresolved) {
    const text = u.text.replace(/\.$/, '');
    // "Mr. Abiy" for "Abiy Ahmed": after a title any word of a full name will do.
    // "Mr. Abiy", "Abiy told parliament" for "Abiy Ahmed": failing a surname, any word of one
    // full name will do.
    const candidates = shortForms.get(text) ?? personsByWord.get(text);
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
    // "Rask, 34, retired", "Rask, who …", "Rask said he …": a lone name that is a person.
    // "Bishop X of Matagalpa, who …": after "of"/"in"/"near" the word is X's place, not the "who".
    if (!u.titled && !u.organization && /^\p{Lu}\p{Ll}/u.test(text) && PERSON_AFTER.test(rec.text.slice(u.end, u.end + 24)) && !PLACE_BEFORE.test(rec.text.slice(Math.max(0, u.start - 8), u.start))) {
      const key = nameKey(text);
      if (!rec.persons.has(key)) rec.persons.set(key, { key, forms: [text], titles: [] });
      mentions.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', ref: { type: 'Person', key } });
      shortForms.set(text, new Set([key]));
      continue;
    }
    // "Gazprom said", "the ANC": an unknown single name acting on its own is an organization
    // (people are introduced by full name first).
    if (!u.titled && (u.organization || actsAlone(rec.text, u.start, u.end, text))) {
      const key = nameKey(text);
      if (!rec.orgs.has(key)) rec.orgs.set(key, { key, name: text, aliases: new Set(), category: u.organization ? 'company' : 'agency' });
      // Later bare mentions ("accused M23 of ...") are the same body.
      if (ACRONYM.test(text)) acronyms.set(text, key);
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

const SPEECH_AFTER = /^\s+(?:[a-z]+ly\s+)?(said|says|announced|announces|reported|reports|added|told|stated|confirmed|confirms|denied|denies|declined|warned|claimed|insisted|posted|raised|cut|sold|bought|agreed|plans|planned|launched|filed|won|lost|beat|rose|fell|shares|acquired|hired|fired|sued|unveiled|expects|expected|delivered|signed|owns|operates|makes|built|invested|named|appointed|maintained|blocked|paid|posted|reported|recalled|pleaded|settled|merged|bid|offered|cut|reduced|boosted|increased|dropped|slipped|gained|jumped|surged|slumped|tumbled|climbed|fired|ordered|asked|urged|released|shipped|opened|closed|approved|rejected|completed|faces|faced)\b/;

const PLACE_BEFORE = /\b(?:of|in|from|near|at)\s+$/;
const PERSON_AFTER = /^(?:,\s+(?:who\b|\d{1,2},)|\s+(?:said|says|told\s+\w+|added)\s+(?:he|she)\b|'s\s+(?:wife|husband|son|daughter|father|mother|brother|sister)\b)/;
const COMPASS = /^(North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest|Centre|Center|Left|Right|Opposition|Government|Crown|State|Church|Army|Navy|Police)$/;
const THE_NAME_ACTS = /^\s+(?:[a-z]+ed|said|says|has|had|is|was|will|would|left|held|kept|set|cut|put|made|took|gave|won|lost|told|sold|bought|began|became|rose|fell|wants|plans|said)\b/;

const ACRONYM = /^(?=\p{Lu}[^\p{Ll}]*[\p{Lu}\d])[\p{Lu}\d&]{2,6}$/u;
const acronymCues = orgCues.acronymCues;
const ACRONYM_MEMBERS_AFTER = new RegExp(`^\\s+(?:${acronymCues.membersAfter.join('|')})\\b`);
// "led by China's XRL": an optional owner's possessive between the verb and the acronym.
const ACRONYM_BEFORE = new RegExp(`\\b(?:${acronymCues.before.map((b) => b.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}\\p{L}*)?['’]s\\s+)?$`, 'u');

/** "Gazprom said", "the ANC": a lone capitalized word that acts like an organization. */
export function actsAlone(text: string, start: number, end: number, word: string): boolean {
  const afterThe = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
  if (afterThe && COMPASS.test(word)) return false;
  // "the EV tariffs" where the text also writes "EVs": an acronym with a plural is a common noun.
  if (/^[\p{Lu}\d&]{2,6}$/u.test(word) && afterThe) return !/^\p{Lu}+$/u.test(word) || !text.includes(`${word}s`);
  // "M23 rebels seized", "a consortium led by China's XRL" (see org-cues.json acronymCues).
  if (ACRONYM.test(word) && (ACRONYM_MEMBERS_AFTER.test(text.slice(end, end + 20)) || ACRONYM_BEFORE.test(text.slice(Math.max(0, start - 40), start)))) return true;
  // "The Bundesbank left rates unchanged": a singular proper name after "the", acting, is a
  // body (people take no article; places are in the gazetteer).
  if (afterThe && /^\p{Lu}\p{Ll}+[^s]$/u.test(word) && THE_NAME_ACTS.test(text.slice(end, end + 20))) return true;
  // "a diplomat in Osaka posted": a place that closes a phrase, not the one acting.
  if (/\b(?:in|at|near|outside|inside)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  return /^\p{Lu}[\p{L}\d&]+$/u.test(word) && SPEECH_AFTER.test(text.slice(end, end + 30));
}
