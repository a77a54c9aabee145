// Context relations in constructions common in wire text: lists of titled people, coordinated
// founder roles, "who heads <state>'s <body>", and bare titles next to a state the person
// criticized. Invented names.
import { CONTEXT_RELATION_TYPES } from '../../model';
import { relationTriples, tripleKey, type Triple } from '../relation-triples';

const cases: Array<[string, string, Triple[]]> = [
  ['who heads a party after lower-case adjectives', 'Avi Stern, who heads the far-right Jewish Strength party, hit back.', [['LEADS', 'Avi Stern', 'Jewish Strength']]],
  ['a short noun phrase before "who leads"', 'Rina Sato, a conservative who leads the Liberal Progress Party, won.', [['LEADS', 'Rina Sato', 'Liberal Progress Party']]],
  ['heading talks with a party is no leadership', 'Avi Stern, who heads talks with the Jewish Strength party, hit back.', []],
  [
    "people named with a state's possessive share a listed minister's kind of office",
    "DAKAR — Senegal's Foreign Minister Awa Ndiaye chaired the meeting. Ndiaye, Ghana's Kofi Mensah and Togo's Yao Agbo signed a communique.",
    [
      ['MEMBER_OF', 'Awa Ndiaye', 'Senegal'],
      ['MEMBER_OF', 'Kofi Mensah', 'Ghana'],
      ['MEMBER_OF', 'Yao Agbo', 'Togo'],
    ],
  ],
  [
    "listed with a head of state, a possessive person is a leader",
    "Kenyan President Jane Otieno, Uganda's Paul Okello and Rwanda's Eric Habimana met in Nairobi.",
    [
      ['LEADS', 'Eric Habimana', 'Rwanda'],
      ['LEADS', 'Jane Otieno', 'Kenya'],
      ['LEADS', 'Paul Okello', 'Uganda'],
    ],
  ],
  [
    'a list of titled people is no apposition',
    'Chilean President Ana Ruiz, Peruvian Prime Minister Luis Soto and Bolivian President Eva Mora met in Lima.',
    [
      ['LEADS', 'Ana Ruiz', 'Chile'],
      ['LEADS', 'Eva Mora', 'Bolivia'],
      ['LEADS', 'Luis Soto', 'Peru'],
    ],
  ],
  ['a founder who runs the firm', 'Ola Nystrom, co-founder and chief executive of Velorix, spoke.', [['LEADS', 'Ola Nystrom', 'Velorix']]],
  [
    'who heads a state body',
    "Ivar Lund, who heads Norway's Ministry of Fisheries, said quotas would fall.",
    [
      ['LEADS', 'Ivar Lund', 'Ministry of Fisheries'],
      ['PART_OF', 'Ministry of Fisheries', 'Norway'],
    ],
  ],
  [
    'the opening state is out of focus once the story moved on',
    'Chilean President Ana Ruiz opened the fair. Shares of Velorix rose. Sales grew. Profits rose. Costs fell. Exports rose. Prime Minister Luis Soto spoke.',
    [['LEADS', 'Ana Ruiz', 'Chile']],
  ],
  [
    'a lower-case body before a role is the body named before',
    "Poland's Foreign Ministry summoned the envoy. The decision was final, ministry spokesman Pawel Nowak said.",
    [
      ['MEMBER_OF', 'Pawel Nowak', 'Foreign Ministry'],
      ['PART_OF', 'Foreign Ministry', 'Poland'],
    ],
  ],
  [
    "a person's party",
    "Mexican President Ana Ruiz defended the plan. Ruiz's Avanza party holds a majority.",
    [
      ['LEADS', 'Ana Ruiz', 'Mexico'],
      ['MEMBER_OF', 'Ana Ruiz', 'Avanza'],
    ],
  ],
  ['a party apposed as the person\'s', "The Tanovan (TNV), Ruiz's party, criticized the plan. Ana Ruiz spoke.", [['MEMBER_OF', 'Ana Ruiz', 'Tanovan']]],
  [
    'the army chief leads the regular army, not a paramilitary one',
    'The Tanovan Armed Forces and the Rapid Guard Forces clashed again. General Omar Tal, the army chief, said the city was calm.',
    [['LEADS', 'Omar Tal', 'Tanovan Armed Forces']],
  ],
  ["an athlete's country is no state led", "Italy's Anton Rask won the stage ahead of Spain's Milo Varga.", []],
  ['a judge of a named court is its member', 'Judge Ruth Hale of the Boston Circuit Court dismissed the suit.', [['MEMBER_OF', 'Ruth Hale', 'Boston Circuit Court']]],
  ['a judge with no court named gets nothing', 'Judge Ruth Hale dismissed the suit.', []],
  [
    'who heads a body past its owner and adjectives',
    "Ivar Lund, who also heads Norway's ruling Fisheries Council, spoke.",
    [
      ['LEADS', 'Ivar Lund', 'Fisheries Council'],
      ['PART_OF', 'Fisheries Council', 'Norway'],
    ],
  ],
  ['who leads a party', 'Omar Tal, who now leads the opposition Dignity Party, spoke.', [['LEADS', 'Omar Tal', 'Dignity Party']]],
  ["a lower-case captain is the team's", 'Dunmore United said it would not sell captain Kevin Lyle.', [['MEMBER_OF', 'Kevin Lyle', 'Dunmore United']]],
  ['a capitalized Captain is a rank', 'Captain Kevin Lyle of the navy spoke.', []],
  ['a bare title is not held in the state criticized', 'Defense Minister Luis Soto accused Santiago of provocations.', []],
  [
    'a bare title goes to the other state named',
    "Defense Minister Luis Soto accused Santiago of provocations, Peru's government said.",
    [['MEMBER_OF', 'Luis Soto', 'Peru']],
  ],
];

describe('roles in lists, coordinated roles and relatives', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(relationTriples(text, CONTEXT_RELATION_TYPES)).toEqual(expected.map(tripleKey).sort());
  });
});
