// Demonyms derived from '-stan' names, self-governing states in free association, religious
// and consular titles kept out of names, acronyms acting as bodies, and relatives named after
// "his daughter" / "X's wife". Invented names.
import { extractDocument } from '../index';
import { CONTEXT_RELATION_TYPES, CORE_RELATION_TYPES } from '../../model';
import { relationTriples } from '../relation-triples';

function entities(text: string): string[] {
  return extractDocument({ source: 'test', text })
    .entities.map((e) => `${e.type}: ${e.name}`)
    .sort();
}

function relations(text: string): string[] {
  return relationTriples(text, [...CORE_RELATION_TYPES, ...CONTEXT_RELATION_TYPES]);
}

const entityCases: Array<[string, string, string[]]> = [
  ['a "-stan" stem as a demonym', 'The Uzbek foreign minister, Rustam Oqilov, arrived on Monday.', ['Person: Rustam Oqilov', 'State: Uzbekistan']],
  ['two stems joined by a dash', 'The Kazakh–Turkmen border talks ended without a deal.', ['State: Kazakhstan', 'State: Turkmenistan']],
  ['a short "-stan" stem is no word', 'The Pak team arrived late.', []],
  ['adjective forms the package spells otherwise', 'Ecuadorian and Slovenian envoys met Maldivian officials.', ['State: Ecuador', 'State: Maldives', 'State: Slovenia']],
  ['a monarch title that is also a given name, after an office', 'Chilean Foreign Minister Amir Khan Rahimi and Industry Minister Sultan Obaid spoke.', ['Person: Amir Khan Rahimi', 'Person: Sultan Obaid', 'State: Chile']],
  ['the same word alone is still a title', "Qatar's Amir Tamim bin Khalid spoke.", ['Person: Tamim bin Khalid', 'State: Qatar']],
  ['a regional adjective is no name', 'The ban hurt West African traders and Central Asian exporters.', []],
  ['a place after "of" is not the "who" of the clause', 'Bishop Tomas Ibarra of Chinandega, who spent a year in prison, was freed.', ['Person: Tomas Ibarra']],
  ['a portfolio after "for" is part of the title', 'Undersecretary for Bilateral Relations Ana Lim and Secretary for Security Chris Tam spoke.', ['Person: Ana Lim', 'Person: Chris Tam']],
  ['"for" before a name is no portfolio', 'The prize for Jane Holt was announced.', ['Person: Jane Holt']],
  ['"General Staff" is a body, not a rank and a name', "Russia's General Staff said the strikes hit targets.", ['Organization: General Staff', 'State: Russia']],
  ['a two-word head goes on through "of"', "He met Ali Rezaei, chief of Chile's General Staff of the Armed Forces.", ['Organization: General Staff of the Armed Forces', 'Person: Ali Rezaei', 'State: Chile']],
  ['a state named in a headline in capitals', 'REPUBLIC OF CHILE\nMINISTRY OF FOREIGN AFFAIRS\n\nThe ministry protested on Monday.', ['State: Chile']],
  ['a party name opening with "New"', 'The New Harmony party won, and New Harmony party officials cheered.', ['Organization: New Harmony']],
  ['an unknown name described as a group operating somewhere', 'Police blamed Comandos del Sur, a group operating along the river, for the ambush.', ['Organization: Comandos del Sur']],
  ['Brussels is the EU in a story about the EU', 'Moldova accused the European Union of double standards after Brussels froze funds.', ['Organization: European Union', 'State: Moldova']],
  ['Brussels stays Belgium where Belgium is named', 'Belgian officials said Brussels would act, and the EU agreed.', ['Organization: European Union', 'State: Belgium']],
  ['a demonym opening a body described by an apposition', 'He blamed Kenyan Grid Power, the state utility that runs the dam, for the outage.', ['Organization: Kenyan Grid Power']],
  ['a demonym opening a body whose acronym spells it', 'Kenyan Grid Power (KGP) said the dam was full. KGP said more.', ['Organization: Kenyan Grid Power']],
  ['a person described as a party leader keeps the demonym apart', 'Kenyan President Tom Ruto, the leader of the party, spoke.', ['Person: Tom Ruto', 'State: Kenya']],
  ['a package demonym still works', 'An Emirati delegation and Filipino officials met in Geneva.', ['State: Philippines', 'State: United Arab Emirates']],
  ['a state in free association', 'Cook Islands Prime Minister Tavita Marurai said his government would sign.', ['Person: Tavita Marurai', 'State: Cook Islands']],
  ['a small self-governing island state', 'Niue protested the decision.', ['State: Niue']],
  ['a church title and a regnal number', 'Catholicos Aram IV received the delegation.', ['Person: Aram IV']],
  ['a patriarch', 'Patriarch Ilarion Vuković led the service.', ['Person: Ilarion Vuković']],
  ['a grand mufti', 'Grand Mufti Ahmed Dawudi issued a statement.', ['Person: Ahmed Dawudi']],
  ['a consul general', 'Consul General Lu Wenhao said the visit was cancelled.', ['Person: Lu Wenhao']],
  ['a high commissioner', 'British High Commissioner Jane Ortley met the minister.', ['Person: Jane Ortley', 'State: United Kingdom']],
  ['an acronym with its fighters after it', 'XR4 rebels seized the town on Sunday.', ['Organization: XR4']],
  ['an acronym with representatives after it', 'Talks with ABX representatives resumed in Nairobi.', ['Organization: ABX']],
  ['an acronym owned and leading a consortium', "Colombia signed with a consortium led by Japan's TKL, officials said.", ['Organization: TKL', 'State: Colombia', 'State: Japan']],
  ['an adjective demonym the package lacks', 'The Icelandic foreign minister, Anna Sigurdottir, spoke.', ['Person: Anna Sigurdottir', 'State: Iceland']],
  ['a demonym opening a party name', 'The ruling Bulgarian Hope party won the vote.', ['Organization: Bulgarian Hope']],
  ['a state name opening a party name', 'The Australia Forward party criticized the deal.', ['Organization: Australia Forward']],
  ['a demonym before a generic body is still a qualifier', 'The Chinese Communist Party said it would not bend.', ['Organization: Chinese Communist Party', 'State: China']],
  ['a capitalized head before a lower-case role word', 'On Monday, Reform Party leader Ilse Varga met Ana Ruiz.', ['Organization: Reform Party', 'Person: Ana Ruiz', 'Person: Ilse Varga']],
  ['a short form of a state with a long name', 'Bosnia protested the decision.', ['State: Bosnia and Herzegovina']],
  ['a province is a place, not a state', 'Scotland and Northern Ireland voted against it, as did Quebec.', []],
  ['the state that locates a venue', 'Talks were held in Gyeongju, South Korea, on Monday.', []],
  ['a state after a fronted venue still acts', 'In Paris, France criticized the move.', ['State: France']],
  ['a church is a body', 'The Russian Orthodox Church backed the decision.', ['Organization: Russian Orthodox Church', 'State: Russia']],
  ['a lone place after "in" is no body acting', 'A Chinese diplomat in Sapporo posted a threatening message.', ['State: China']],
  ['a shared demonym with one of its states named', 'Brazzaville hosted talks. The Congolese foreign minister, Jean Okemba, attended.', ['Person: Jean Okemba', 'State: Republic of the Congo']],
  ['a shared demonym with none of its states named', 'Congolese President Felix Mbala spoke.', ['Person: Felix Mbala']],
  ['plain acronyms stay nothing', "China's GDP grew while EV sales rose.", ['State: China']],
];

describe('demonyms, free-association states, titles and acting acronyms', () => {
  test.each(entityCases)('%s', (_label, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  const relationCases: Array<[string, string, string[]]> = [
    ['a demonym title leads its state', 'Kazakh President Daniyar Seitov arrived in Ankara.', ['LEADS Daniyar Seitov -> Kazakhstan']],
    ['a consul serves the state before the title', 'Chinese Consul General Lu Wenhao spoke.', ['MEMBER_OF Lu Wenhao -> China']],
    ['a later bare acronym is the same body', 'After XR4 rebels seized the town, Kinshasa accused XR4 of atrocities.', ['CRITICIZED Democratic Republic of the Congo -> XR4']],
    ['a church is no part of its state', 'Catholicos Aram IV, the head of the Georgian Orthodox Church, spoke.', ['LEADS Aram IV -> Georgian Orthodox Church']],
    ['a consul with no state named gets no guessed state', 'Mayor Ito said that Consul General Wang Lu had insulted Japan.', ['CRITICIZED Wang Lu -> Japan']],
    ['"his" + family word + name', 'Omar Kallu was accompanied by his daughter Leila Kallu, a senior aide.', ['FAMILY_OF Leila Kallu -> Omar Kallu']],
    ['"her" + family word + name', 'The minister met Dora Vance and her son Ben Vance.', ['FAMILY_OF Ben Vance -> Dora Vance']],
    ['a possessive name + family word + name', "Jorge Ruiz's wife Marta Lane arrived on Friday.", ['FAMILY_OF Jorge Ruiz -> Marta Lane']],
    ['a counterpart is no relative', 'Jorge Ruiz thanked his counterpart Omar Lane.', []],
  ];
  test.each(relationCases)('%s', (_label, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});
