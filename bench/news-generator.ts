// Deterministic news-like text for the speed benchmark: a seeded PRNG picks templates that mix
// real country names (from world-countries), invented people with titles, speech, criticism
// and meeting verbs, and filler. It measures speed only; quality is measured on gold files.
import countries from 'world-countries';

export interface GeneratedArticle {
  title: string;
  date: string;
  text: string;
}

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Country {
  name: string;
  demonym: string;
  capital: string;
}

const COUNTRIES: Country[] = countries
  .filter((c) => c.unMember && c.capital.length > 0 && c.demonyms?.eng?.m)
  .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng.m, capital: c.capital[0] }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

// Invented for the benchmark; any resemblance to a real person is a coincidence.
const GIVEN = ['Anna', 'Marco', 'Elena', 'Tomas', 'Yuki', 'Hana', 'Omar', 'Leila', 'Pavel', 'Ingrid', 'Carlos', 'Amara', 'Rahul', 'Priya', 'Kofi', 'Nadia', 'Lukas', 'Sofia', 'Daniel', 'Mei'];
const FAMILY = ['Petrovic', 'Lindqvist', 'Moreau', 'Okonkwo', 'Tanabe', 'Haddad', 'Novak', 'Ferreira', 'Kowalczyk', 'Mensah', 'Halvorsen', 'Castellano', 'Jansen', 'Alvarado', 'Nakashima', 'Demirel', 'Rossetti', 'Bergstrom', 'Varga', 'Osei'];
const EAST_ASIAN = ['Park Min-seo', 'Choi Ha-eun', 'Lee Jun-ho', 'Zhao Lihua', 'Wang Zhiqiang', 'Han Seo-yeon'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Chancellor', 'Ambassador'];
const ROLES = ['foreign minister', 'defense minister', 'prime minister', 'trade envoy', 'ambassador', 'national security adviser'];
const ORGS = ['United Nations', 'NATO', 'European Union', 'World Health Organization', 'International Atomic Energy Agency', 'African Union', 'World Bank'];
const CRITICIZE = ['criticized', 'condemned', 'denounced', 'rebuked', 'blasted', 'slammed', 'accused'];
const MEET = ['met with', 'held talks with', 'spoke by phone with', 'hosted'];
const SPEECH = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'added'];
const POLICIES = ['missile tests', 'trade tariffs', 'border policy', 'sanctions regime', 'military drills', 'energy pricing', 'fishing quotas'];
const ADJ = ['reckless', 'provocative', 'unacceptable', 'dangerous', 'short-sighted'];
const MOOD = ['productive', 'frank', 'constructive', 'difficult', 'cordial'];
const PACTS = ['defense pact', 'security treaty', 'strategic partnership agreement', 'mutual defense treaty'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'Markets in {cap} were {calm} on {day} as investors awaited new economic data.',
  'Analysts expect further developments in the coming weeks.',
  'The weather across the region remained mild for the season.',
  'Local media reported heavy traffic near the conference venue.',
  'Officials declined to give further details.',
  'The figures will be published in a report later this year.',
  'Several hundred people gathered in central {cap} over the weekend.',
  'The talks are expected to continue at a technical level.',
];

export function* generateArticles(seed: number): Generator<GeneratedArticle> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const person = (): string => (rnd() < 0.2 ? pick(EAST_ASIAN) : `${pick(GIVEN)} ${pick(FAMILY)}`);
  const fill = (s: string): string =>
    s.replace('{cap}', pick(COUNTRIES).capital).replace('{calm}', pick(['calm', 'volatile', 'quiet'])).replace('{day}', pick(DAYS));

  for (let n = 0; ; n++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
    const pa = person();
    const pb = person();
    const surname = pa.split(' ').slice(-1)[0];
    const pronoun = rnd() < 0.5 ? 'He' : 'She';
    const title = pick(TITLES);
    // Each template re-draws its verbs and topics, so sentences repeat in shape, not in words.
    const core: Array<() => string> = [
      () => `${title} ${pa} of ${a.name} ${pick(CRITICIZE)} ${b.name} on ${pick(DAYS)} over its ${pick(POLICIES)}, calling them "${pick(ADJ)}."`,
      () => `${pb}, the ${b.demonym} ${pick(ROLES)}, ${pick(MEET)} ${pa} in ${a.capital} on ${pick(DAYS)}.`,
      () => `"We will not accept ${pick(POLICIES)} that threaten our people," ${surname} ${pick(SPEECH)}.`,
      () => `${pronoun} said the talks with ${b.name} had been ${pick(MOOD)}.`,
      () => `${a.name} and ${b.name} signed a ${pick(PACTS)} in ${1950 + Math.floor(rnd() * 75)}, officials said.`,
      () => `The ${a.demonym} government accused the ${pick(ORGS)} of ignoring the ${pick(POLICIES)}.`,
      () => `${pb} did not plan to meet ${a.demonym} officials, a spokesperson ${pick(SPEECH)}.`,
      () => `Leaders of ${a.name} and ${b.name} held a summit in ${b.capital} last week.`,
      () => `${b.demonym} officials ${pick(CRITICIZE)} ${pa} for the ${pick(POLICIES)}.`,
    ];
    const paragraphs: string[] = [];
    const count = 4 + Math.floor(rnd() * 5);
    for (let p = 0; p < count; p++) {
      const sentences: string[] = p === 0 ? [core[0]()] : [];
      const length = 3 + Math.floor(rnd() * 4);
      while (sentences.length < length) sentences.push(rnd() < 0.6 ? pick(core)() : fill(pick(FILLER)));
      paragraphs.push(sentences.join(' '));
    }
    const day = 1 + (n % 28);
    yield {
      title: `${a.name} and ${b.name} at odds over ${pick(POLICIES)}`,
      date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: paragraphs.join('\n\n'),
    };
  }
}
