// Pronouns: he/she/him/his/her for people (gender from cues, subjects carried across
// sentences, an object never its own clause's subject), it/its for states and organizations.
import words from '../data/words.json';
import type { RawMention, Recognition } from '../entities/recognition';
import { bySentence } from './mention-index';

const PRONOUNS = words.personPronouns as Record<string, 'm' | 'f'>;
const FEMALE_CUES = new Set(words.femaleCues);
const MALE_CUES = new Set(words.maleCues);

export function addPronouns(rec: Recognition, mentions: RawMention[]): void {
  const gender = new Map<string, 'm' | 'f'>();
  // Gender from role words next to a name ("spokeswoman Jane Doe", "sister of").
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
      // An object pronoun is not the subject of its own clause: in "X has accused him",
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
      // "X, who accompanied Y, held talks with his counterpart": someone named inside a closed
      // relative clause is not the antecedent; the person the clause describes is.
      if (chosen.sentence === si && rec.text.slice(chosen.end, at).includes(',')) {
        const picked = chosen;
        const head = pool.find((m) => m.sentence === si && m.end <= picked.start && /^,\s*(?:who|whom)\b[^,]*$/.test(rec.text.slice(m.end, picked.start)));
        if (head) chosen = head;
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

const PEOPLE_AFTER = new RegExp(`^\\s+(?:${words.peopleNouns.join('|')})\\b`);

/** "it"/"its" for a state or organization: the latest one named before it in the sentence,
 * else the first one named in the sentence before. Expletive "it is/was …" is skipped. */
function addThingPronouns(rec: Recognition, mentions: RawMention[]): void {
  // "by U.S. prosecutors that its chairman …": a state qualifying people is no antecedent.
  const qualifiesPeople = (m: RawMention) => m.ref.type === 'State' && PEOPLE_AFTER.test(rec.text.slice(m.end, m.end + 20));
  const things = bySentence(mentions.filter((m) => m.ref.type !== 'Person' && !m.venue && m.kind !== 'demonym' && m.kind !== 'pronoun' && !qualifiesPeople(m)), rec.sentences.length);
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
        // "Russia's Foreign Ministry …": the possessed body is the subject, not its owner.
        const subject = before.length > 1 && /^['’]s\s+$/.test(rec.text.slice(before[0].end, before[1].start)) ? before[1] : before[0];
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
