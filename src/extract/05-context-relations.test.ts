import { CONTEXT_RELATION_TYPES } from '../model';
import { relationTriples, tripleKey as key, type Triple } from './relation-triples';

const contextTriples = (text: string): string[] => relationTriples(text, CONTEXT_RELATION_TYPES);

const cases: Array<[string, string, Triple[]]> = [
  ['head of state by title', 'Kenyan President William Ruto arrived.', [['LEADS', 'William Ruto', 'Kenya']]],
  ['possessive title', "Denmark's Prime Minister Mette Frederiksen arrived.", [['LEADS', 'Mette Frederiksen', 'Denmark']]],
  ['apposition after the name', "Cyril Ramaphosa, South Africa's president, spoke.", [['LEADS', 'Cyril Ramaphosa', 'South Africa']]],
  ['apposition before the name', "Peru's new president, Jose Jeri, was sworn in.", [['LEADS', 'Jose Jeri', 'Peru']]],
  ['former holders get nothing', 'Former Italian Prime Minister Mario Draghi spoke.', []],
  ['an ousted holder gets nothing', "Chile's former president, Sebastian Pinera, died.", []],
  ['not yet in office', 'Chancellor-elect Friedrich Merz visited Paris.', []],
  ['minister without a named ministry', 'Kenyan Foreign Minister Musalia Mudavadi spoke.', [['MEMBER_OF', 'Musalia Mudavadi', 'Kenya']]],
  [
    'minister of a named ministry leads it',
    "Indonesia's Foreign Ministry confirmed the visit. Indonesian Foreign Minister Retno Marsudi will travel.",
    [
      ['LEADS', 'Retno Marsudi', 'Foreign Ministry'],
      ['PART_OF', 'Foreign Ministry', 'Indonesia'],
    ],
  ],
  [
    'spokesperson of a named body',
    'Indonesian Foreign Ministry spokesman Roy Soemirat declined to comment.',
    [
      ['MEMBER_OF', 'Roy Soemirat', 'Foreign Ministry'],
      ['PART_OF', 'Foreign Ministry', 'Indonesia'],
    ],
  ],
  ['an ambassador serves the sending state', 'Australian Ambassador to Japan Justin Hayhurst attended.', [['MEMBER_OF', 'Justin Hayhurst', 'Australia']]],
  ['a vice president is a member', 'Vice President Kamala Harris of the United States spoke.', [['MEMBER_OF', 'Kamala Harris', 'United States']]],
  ['an adviser to a leader serves that state', 'Jake Sullivan, national security adviser to American President Joe Manchin, spoke.', [['LEADS', 'Joe Manchin', 'United States'], ['MEMBER_OF', 'Jake Sullivan', 'United States']]],
  ['head of an organization', 'The head of the World Health Organization, Tedros Adhanom Ghebreyesus, warned of outbreaks.', [['LEADS', 'Tedros Adhanom Ghebreyesus', 'World Health Organization']]],
  ['leader of a party', 'Keiko Fujimori, leader of the opposition Popular Force party, objected.', [['LEADS', 'Keiko Fujimori', 'Popular Force']]],
  ['family', 'Sonia Gandhi, the mother of opposition leader Rahul Gandhi, voted.', [['FAMILY_OF', 'Rahul Gandhi', 'Sonia Gandhi']]],
  ['legislature belongs to its state', "Kenya's National Assembly passed the bill.", [['PART_OF', 'National Assembly', 'Kenya']]],
  ['a party does not belong to its state', "Japan's Liberal Democratic Party lost seats.", []],
  ['a program of a think tank', "The Brookings Institution's Africa Growth Initiative published a report.", [['PART_OF', 'Africa Growth Initiative', 'Brookings Institution']]],
  ['led by', 'The Rapid Support Forces, led by Mohamed Hamdan Dagalo, advanced.', [['LEADS', 'Mohamed Hamdan Dagalo', 'Rapid Support Forces']]],
  ['family by possessive apposition', "Kenyan President William Ruto arrived. Ruto's wife, Rachel Ruto, spoke.", [['FAMILY_OF', 'Rachel Ruto', 'William Ruto'], ['LEADS', 'William Ruto', 'Kenya']]],
  ['an envoy named before the name serves the sending state', 'The Canadian ambassador to Mexico, Graeme Clark, attended.', [['MEMBER_OF', 'Graeme Clark', 'Canada']]],
  ['an opposition leader does not lead the state', 'Ghanaian opposition leader John Mahama spoke.', []],
  ['an office held at the time counts', 'Then-President Olusegun Obasanjo of Nigeria signed it.', [['LEADS', 'Olusegun Obasanjo', 'Nigeria']]],
  ["a state's official outlet belongs to it", "Vietnam's official VNA news agency reported the visit.", [['PART_OF', 'VNA', 'Vietnam']]],
  ['a news outlet without a tie stays apart', 'The Jakarta Post reported that Indonesia objected.', []],
  ['coordinated titles: the head wins', "Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdulrahman Al Thani, spoke.", [['LEADS', 'Mohammed bin Abdulrahman Al Thani', 'Qatar']]],
  ['a portfolio after "of"', 'Mexican officials met. Secretary of Foreign Affairs Juan Ramon de la Fuente spoke with U.S. Secretary of State Marco Rubio.', [['MEMBER_OF', 'Juan Ramon de la Fuente', 'Mexico'], ['MEMBER_OF', 'Marco Rubio', 'United States']]],
  ['family with an adjective', "Pakistani Prime Minister Shehbaz Sharif spoke. Nawaz Sharif, Shehbaz's elder brother, listened.", [['FAMILY_OF', 'Nawaz Sharif', 'Shehbaz Sharif'], ['LEADS', 'Shehbaz Sharif', 'Pakistan']]],
  ['a role owned through "whose"', 'The Indian Parliament, whose speaker, Om Birla, objected, adjourned.', [['LEADS', 'Om Birla', 'Parliament'], ['PART_OF', 'Parliament', 'India']]],
  ['family through "whose"', 'Rahul Gandhi, whose mother, Sonia Gandhi, led the party, spoke.', [['FAMILY_OF', 'Rahul Gandhi', 'Sonia Gandhi']]],
  ['a body owned with an adjective between', "Sudan's ruling Sovereignty Council met.", [['PART_OF', 'Sovereignty Council', 'Sudan']]],
  ['no state guessed for someone tied to a party', 'The Democratic Alliance (DA) joined the coalition. DA leader John Doe, who serves as trade minister, met Kenyan officials.', [['LEADS', 'John Doe', 'Democratic Alliance']]],
  ['a relative of "the emir"', "Kuwaiti Emir Sheikh Mishal al-Ahmad spoke. The emir's nephew, Sheikh Ahmad al-Sabah, attended.", [['FAMILY_OF', 'Ahmad al-Sabah', 'Mishal al-Ahmad'], ['LEADS', 'Mishal al-Ahmad', 'Kuwait']]],
  ['serving a person named later', "Jane Roe, Boric's chief adviser, spoke. Chilean President Gabriel Boric listened.", [['LEADS', 'Gabriel Boric', 'Chile'], ['MEMBER_OF', 'Jane Roe', 'Chile']]],
  ['a possessive apposition after a verb', "Pretoria expelled Kenya's ambassador, John Doe, on Friday.", [['MEMBER_OF', 'John Doe', 'Kenya']]],
  ['a known national body keeps its state qualifier as a state mention', 'The U.S. State Department and the US Congress objected to the sale.', [['PART_OF', 'Congress', 'United States'], ['PART_OF', 'State Department', 'United States']]],
  ['a UN organ written with its qualifier also mentions the UN', 'Ghana asked the U.N. Security Council to act.', [['PART_OF', 'Security Council', 'United Nations']]],
  ['a minister "for" a portfolio', 'Minister for Foreign Affairs Jane Holt of Australia said so.', [['MEMBER_OF', 'Jane Holt', 'Australia']]],
  ['"its" across a comma is the possessed body, not its owner', "Chile's Foreign Ministry accused Peru of stalling, a claim its spokeswoman Ana Ruiz repeated.", [['MEMBER_OF', 'Ana Ruiz', 'Foreign Ministry'], ['PART_OF', 'Foreign Ministry', 'Chile']]],
  ['a lower-case portfolio after "for" in an apposition', "Moldova's deputy prime minister for reintegration, Ion Rusu, and Chile's minister for women and equality, Ana Ruiz, spoke.", [['MEMBER_OF', 'Ana Ruiz', 'Chile'], ['MEMBER_OF', 'Ion Rusu', 'Moldova']]],
  ['a trade representative and a representative serve their state', 'U.S. Trade Representative Jamie Green and U.S. Representative Tom Reyes objected.', [['MEMBER_OF', 'Jamie Green', 'United States'], ['MEMBER_OF', 'Tom Reyes', 'United States']]],
  ['"for" after an owned role names the brief, not the owner', "Anna Berg, the EU's special representative for the Sahel, spoke.", [['MEMBER_OF', 'Anna Berg', 'European Union']]],
  ['a member "from" a party or body', 'Budi Hasan, a lawmaker from the opposition Greater Unity Party, and Ana Ruiz, an official from the Chilean Foreign Ministry, objected.', [['MEMBER_OF', 'Ana Ruiz', 'Foreign Ministry'], ['MEMBER_OF', 'Budi Hasan', 'Greater Unity Party'], ['PART_OF', 'Foreign Ministry', 'Chile']]],
  ['a lower-case "party leader" leads the party named before', 'The Greater Unity Party objected, and party leader Kim Do-yun said no.', [['LEADS', 'Kim Do-yun', 'Greater Unity Party']]],
  ['a lower-case "army chief" leads the army named before', 'The Chilean Army moved in. The order came from army chief Ana Ruiz.', [['LEADS', 'Ana Ruiz', 'Chilean Army'], ['PART_OF', 'Chilean Army', 'Chile']]],
  ['a body named with its state after "of"', 'Chile noted the statement of the Ministry of Health of Peru.', [['PART_OF', 'Ministry of Health of Peru', 'Peru']]],
  ['a US department by its American name', 'Washington was less restrained, and the Treasury Department sanctioned a gold company.', [['PART_OF', 'Treasury Department', 'United States']]],
  ["another state's namesake of a known US department is that state's", "Kenya's Justice Department filed charges.", [['PART_OF', 'Justice Department', 'Kenya']]],
  ['a pope leads and a bishop belongs to the church the document names', 'MANAGUA — Nicaragua turned on the Roman Catholic Church. Bishop Tomas Ibarra of Chinandega was received by Pope Leo XIV at the Vatican.', [['LEADS', 'Leo XIV', 'Roman Catholic Church'], ['MEMBER_OF', 'Tomas Ibarra', 'Roman Catholic Church']]],
  ['a bishop with no church named belongs to none', 'Bishop Tomas Ibarra of Chinandega spoke.', []],
  ['a relative with a coordinated office', 'Nicaraguan President Daniel Ortas spoke. His wife and co-president, Rosa Murillo, accused the church.', [['FAMILY_OF', 'Rosa Murillo', 'Daniel Ortas'], ['LEADS', 'Daniel Ortas', 'Nicaragua'], ['LEADS', 'Rosa Murillo', 'Nicaragua']]],
  ['a force named for liberating a state is not part of it', "Kinshasa armed the Democratic Forces for the Liberation of Rwanda (FDLR). China's People's Liberation Army (PLA) drilled. Rwanda objected.", [['PART_OF', "People's Liberation Army", 'China']]],
  ['a deputy is a member', 'Deputy Prime Minister Chrystia Freeland of Canada resigned.', [['MEMBER_OF', 'Chrystia Freeland', 'Canada']]],
];

describe('context relations (pass 05)', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    expect(contextTriples(text)).toEqual(expected.map(key).sort());
  });
});
