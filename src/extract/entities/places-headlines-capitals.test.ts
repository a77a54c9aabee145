// Capitals standing for a government after "allies in", title-case headlines that keep short
// words in lower case, and unknown names after a venue preposition read as places. Invented names.
import { extractDocument } from '../index';

function entities(text: string): string[] {
  return extractDocument({ source: 'test', text })
    .entities.map((e) => `${e.type}: ${e.name}`)
    .sort();
}

const cases: Array<[string, string, string[]]> = [
  ['allies in two capitals are their states', 'Venezuela can count on its friends in Minsk and Havana, the minister said.', ['State: Belarus', 'State: Cuba', 'State: Venezuela']],
  ['officials in a capital are its government', 'Diplomats said officials in Hanoi were furious.', ['State: Vietnam']],
  ['another state\'s officials in a capital are only there', 'Talks with Iranian officials in Oslo ended early.', ['State: Iran']],
  ['a capital as a plain venue stays no actor', 'The summit took place in Havana.', []],
  ['an unknown name after "in" is a place', 'The two presidents held talks in Puerto Sereno last week.', []],
  ['an unknown name with a particle after "near" is a place', 'Boats gathered near Cayo de Plata on Friday.', []],
  ['trust in a person keeps the person', 'Voters lost trust in Ramon Estrada.', ['Person: Ramon Estrada']],
  ['a possessive after "in" keeps the person', "In Clara Voss's view, the deal failed.", ['Person: Clara Voss']],
  ['a known person after "in" stays', 'Omar Haddad spoke first. Hopes rest in Omar Haddad now.', ['Person: Omar Haddad']],
  [
    'a title-case headline with lower-case prepositions names no person',
    'Ministry Lodges Protest over Patrol Boat Actions at Punta Verde\n\n3 May — The ministry said the protest was lodged after patrol boat actions.',
    [],
  ],
  ['a long dateline closed by a wire service names no body', 'SAO TOME, March 3 (Newsline) - Angola said it would cut tariffs.', ['State: Angola']],
  ['a city, state and date before the wire service', 'PORTO, Portugal, May 9 (Newsline) - Spain protested.', ['State: Spain']],
  ["\"People's\" inside a body's name keeps the state with it", "Kenya People's Defence Forces (KPDF) said the drills ended.", ["Organization: Kenya People's Defence Forces"]],
  ['a head word before "-in-Opposition" and a hyphenated acronym', "Mona Deng, a spokeswoman for the Nile People's Freedom Movement-in-Exile (NPFM-IE), spoke. Later the NPFM-IE said it would return.", ["Organization: Nile People's Freedom Movement-in-Exile", 'Person: Mona Deng']],
  ['an acronym given with "known by its … acronym"', 'The complaint came from the Nordic Consumer Council, known by its Swedish acronym NKR. Later NKR sued.', ['Organization: Nordic Consumer Council']],
  ['an acronym given with "known as"', 'The Andean Water Authority, known as AWA, cut supplies. AWA said more.', ['Organization: Andean Water Authority']],
  ['a demonym naming a language is no state', 'The group uses its Swedish acronym, and Arabic-language media reported it.', []],
  ['a "Mission" is a body', 'The Kenya-led Multinational Police Support Mission has 900 officers.', ['Organization: Multinational Police Support Mission', 'State: Kenya']],
  ['a deputy chief of mission is a title', 'Peruvian Deputy Chief of Mission Ana Lopez was summoned.', ['Person: Ana Lopez', 'State: Peru']],
  ['a mission named through "in" is not owned by where it works', 'The United Nations Mission in Ruritania (UNMIR) said more.', ['Organization: Mission in Ruritania', 'Organization: United Nations']],
  ['an acronym apposed to a described mission', 'Fighting spread, the UN mission in Ruritania, UNMIR, said on Friday.', ['Organization: UNMIR', 'Organization: United Nations']],
  ['an acronym after a comma without a description stays nothing', 'The vote was held at noon on Monday, GMT.', []],
  ['the surname "He" inside a sentence after a role apposition', 'Beijing protested. A ministry spokesman, He Jianguo, accused Ottawa of bias. He said more.', ['Person: He Jianguo', 'State: Canada', 'State: China']],
  ['the pronoun "He" opening a sentence stays a pronoun', 'He Said It was the headline. Ana Lopez agreed.', ['Person: Ana Lopez']],
  ['a name called a place elsewhere is no person', 'The state of Upper Rhineland said it would act. Upper Rhineland premier Olaf Berger sits on the board.', ['Person: Olaf Berger']],
  ['an acronym the text also writes in the plural is a common noun', 'Ottawa taxed the SUVs. Firms lobbied to keep the SUV tariffs.', ['State: Canada']],
  ['an acronym after "the" with no plural stays a body', 'The RNX said it would act.', ['Organization: RNX']],
  ['a caption of names stays names', 'Jonas Berg and Elena Ruiz\n\nThe two met.', ['Person: Elena Ruiz', 'Person: Jonas Berg']],
];

describe('capitals as governments, title-case headlines, places after prepositions', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
