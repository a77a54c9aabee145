// Bare titles ("President X", "Prime Minister Y", "King Z") resolved by the state in focus: a
// state with no such office is never the owner, and a title in the possessor of an apposition
// ("X, the king's son") is not X's. Invented names.
import { CONTEXT_RELATION_TYPES } from '../../model';
import { relationTriples, tripleKey, type Triple } from '../relation-triples';
import { titleFitsState } from './government-titles';

const cases: Array<[string, string, Triple[]]> = [
  [
    'a domestic rival keeps the story\'s state',
    "Malawi's Vice-President Joyce Mvula was barred from the cabinet meeting, her aides say.\n\nShe called the move a purge and blamed President Peter Kaliwa for it.",
    [
      ['MEMBER_OF', 'Joyce Mvula', 'Malawi'],
      ['LEADS', 'Peter Kaliwa', 'Malawi'],
    ],
  ],
  [
    'a bare-titled host met by a foreign leader in his capital',
    'Swedish Prime Minister Eva Lund met King Harald Osei in Oslo on Friday. Norway later agreed to a fisheries deal.',
    [
      ['LEADS', 'Eva Lund', 'Sweden'],
      ['LEADS', 'Harald Osei', 'Norway'],
    ],
  ],
  [
    'a demonym in what a bare-titled leader says is the other side',
    'VIENTIANE — Laos accused Vietnam on Monday of blocking river traffic. Prime Minister Sone Khamvilay said Vietnamese patrol boats had seized two barges.',
    [['LEADS', 'Sone Khamvilay', 'Laos']],
  ],
  [
    'a state named as the subject of what the leader says stays his',
    'VIENTIANE — Vietnam and Laos held talks on Monday. Prime Minister Sone Khamvilay said Laos wanted calm.',
    [['LEADS', 'Sone Khamvilay', 'Laos']],
  ],
  [
    'a prime minister visiting a presidential republic is the other main state',
    'MANILA — The Philippines and New Zealand agreed on Monday to expand coast guard drills. Prime Minister Tomas Reeve and President Lina Cortez spoke to reporters after the talks. "New Zealand values this friendship," Reeve said.',
    [
      ['LEADS', 'Lina Cortez', 'Philippines'],
      ['LEADS', 'Tomas Reeve', 'New Zealand'],
    ],
  ],
  [
    'a president is not the leader of a kingdom named in the sentence',
    'LIMA — Peru renewed its fishing dispute with Spain on Friday. President Marta Quispe has sought closer ties with Spain, officials said.',
    [['LEADS', 'Marta Quispe', 'Peru']],
  ],
  [
    'a king belongs to the monarchy, not to the republic in focus',
    'CAIRO — Morocco and Egypt signed a trade accord. The Egyptian delegation carried a letter from King Idris, Egyptian media said.',
    [['LEADS', 'Idris', 'Morocco']],
  ],
  ["a title in the apposition's possessor is someone else's", 'OSLO — Norway hosted the talks. Crown Prince Eirik, the king\'s younger son, attended.', [['MEMBER_OF', 'Eirik', 'Norway']]],
  [
    "a relative clause's person is not the antecedent of a later \"his\"; the counterpart's state is not his",
    'JAKARTA — Indonesia and New Zealand signed a pact. Prime Minister Tomas Reeve and President Lina Cortez announced the deal. Defence Minister Tom Baxter, who accompanied Reeve, held separate talks with his Indonesian counterpart, Budi Santoso.',
    [
      ['LEADS', 'Lina Cortez', 'Indonesia'],
      ['LEADS', 'Tomas Reeve', 'New Zealand'],
      ['MEMBER_OF', 'Budi Santoso', 'Indonesia'],
      ['MEMBER_OF', 'Tom Baxter', 'New Zealand'],
    ],
  ],
  [
    'a counterpart shares the role apposed before the other name',
    "Ecuador closed the border. Colombian President Juan Perez spoke. Perez's foreign minister, Rosa Villa, spoke by phone with her Ecuadorian counterpart, Gabriela Sola.",
    [
      ['LEADS', 'Juan Perez', 'Colombia'],
      ['MEMBER_OF', 'Gabriela Sola', 'Ecuador'],
      ['MEMBER_OF', 'Rosa Villa', 'Colombia'],
    ],
  ],
  [
    "the state of someone this person condemned is not this person's",
    'AMMAN — Jordan protested. Foreign Minister Omar Haddad condemned a visit on Sunday by Israel\'s national security minister, Avi Stern, calling it a provocation.',
    [
      ['MEMBER_OF', 'Avi Stern', 'Israel'],
      ['MEMBER_OF', 'Omar Haddad', 'Jordan'],
    ],
  ],
  [
    "a colleague's state named in the sentence stays in focus",
    "TASHKENT — Chilean Foreign Minister Ana Ruiz arrived. The talks were hosted by Uzbekistan's foreign minister, Dilshod Karimov, and the delegation was later received by President Bekzod Umarov.",
    [
      ['LEADS', 'Bekzod Umarov', 'Uzbekistan'],
      ['MEMBER_OF', 'Ana Ruiz', 'Chile'],
      ['MEMBER_OF', 'Dilshod Karimov', 'Uzbekistan'],
    ],
  ],
  [
    '"the kingdom" is the one kingdom the document names',
    'RIYADH — Saudi Crown Prince Khalid bin Fahd received Chilean President Ana Ruiz. Khalid bin Fahd, who is also the kingdom\'s prime minister, spoke.',
    [
      ['LEADS', 'Ana Ruiz', 'Chile'],
      ['LEADS', 'Khalid bin Fahd', 'Saudi Arabia'],
    ],
  ],
  ['"the kingdom" with two kingdoms named is no one', 'Spain and Morocco met. Omar Idrissi, the kingdom\'s prime minister, spoke.', []],
  [
    'a press release headed by its state in capitals: a bare title is that state\'s',
    'REPUBLIC OF CHILE\nMINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\n\nThe ministry protested against the seizure of a Chilean trawler by Peruvian vessels. Peru\'s Foreign Ministry called the claim baseless. President Ana Ruiz has directed all agencies to protect the fleet.',
    [
      ['LEADS', 'Ana Ruiz', 'Chile'],
      ['PART_OF', 'Foreign Ministry', 'Peru'],
    ],
  ],
  [
    'a state inside a "which" clause is no topic for a bare title outside it',
    'Fiji and Tonga met Australia. Tonga, which signed a policing pact with Australia in 2023, has kept its distance, and Prime Minister Sione Vaipulu said his country would not take sides.',
    [['LEADS', 'Sione Vaipulu', 'Tonga']],
  ],
  [
    "a relative's untied role serves the relative's state",
    'ASTANA — Kazakhstan hosted the summit. Uzbek President Bakhtiyor Rakhimov arrived. Rakhimov was accompanied by his daughter Nilufar Rakhimova, a senior presidential aide who handles foreign policy.',
    [
      ['FAMILY_OF', 'Nilufar Rakhimova', 'Bakhtiyor Rakhimov'],
      ['LEADS', 'Bakhtiyor Rakhimov', 'Uzbekistan'],
      ['MEMBER_OF', 'Nilufar Rakhimova', 'Uzbekistan'],
    ],
  ],
];

describe('bare titles and the state in focus', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    expect(relationTriples(text, CONTEXT_RELATION_TYPES)).toEqual(expected.map(tripleKey).sort());
  });

  test('offices by state', () => {
    expect(titleFitsState('prime minister', 'USA')).toBe(false);
    expect(titleFitsState('president', 'GBR')).toBe(false);
    expect(titleFitsState('king', 'IRN')).toBe(false);
    expect(titleFitsState('king', 'JOR')).toBe(true);
    expect(titleFitsState('foreign minister', 'USA')).toBe(true);
    expect(titleFitsState('president', undefined)).toBe(true);
  });
});
