// A minister or secretary leads the ministry the document names for that portfolio, whatever
// its name's shape ("Ministry of X Affairs of <State>", "Department of X Affairs"); the Filipino
// short given name "Ma." stays inside a name. Invented names.
import { CONTEXT_RELATION_TYPES } from '../../model';
import { relationTriples } from '../relation-triples';
import { extractDocument } from '../index';

const relations = (text: string): string[] => relationTriples(text, [...CONTEXT_RELATION_TYPES]);

describe('ministers of named bodies', () => {
  test('a secretary of a portfolio leads the department of that portfolio', () => {
    expect(relations('Peru protested. The Department of Trade Affairs said on Monday that Secretary of Trade Affairs Lena Ocampo would travel.')).toContain('LEADS Lena Ocampo -> Department of Trade Affairs');
  });
  test('a foreign minister leads the "Ministry of Foreign Affairs of <State>"', () => {
    expect(relations('The Ministry of Foreign Affairs of Peru protested, and Peruvian Foreign Minister Tomas Villa spoke to reporters.')).toContain('LEADS Tomas Villa -> Ministry of Foreign Affairs of Peru');
  });
  test("the body of the minister's own state wins over an untied one", () => {
    const r = relations('The Department of Foreign Affairs protested. The Ministry of Foreign Affairs of Chile replied, and Chilean Foreign Minister Rosa Diaz spoke.');
    expect(r).toContain('LEADS Rosa Diaz -> Ministry of Foreign Affairs of Chile');
    expect(r).not.toContain('LEADS Rosa Diaz -> Department of Foreign Affairs');
  });
  test('another portfolio is not that body', () => {
    expect(relations('The Ministry of Health of Peru said Peruvian Foreign Minister Tomas Villa would travel.')).not.toContain('LEADS Tomas Villa -> Ministry of Health of Peru');
  });
  test('"Ma." inside a name is no sentence end', () => {
    const names = extractDocument({ source: 't', text: 'Undersecretary Ma. Luisa T. Ramos met the envoy. The talks ended.' }).entities.map((e) => e.name);
    expect(names).toContain('Ma. Luisa T. Ramos');
  });
  test('the surname Ma still ends a sentence', () => {
    const names = extractDocument({ source: 't', text: 'The plan was backed by Henry Ma. The company agreed.' }).entities.map((e) => e.name);
    expect(names).toEqual(['Henry Ma']);
  });
});

describe('counterparts named without a comma', () => {
  test('"his <demonym> counterpart X" takes his role in the named state', () => {
    const r = relations("Chile's foreign minister, Ana Ruiz, held talks with her Peruvian counterpart Tomas Villa in Lima.");
    expect(r).toContain('MEMBER_OF Tomas Villa -> Peru');
  });
  test('a prime minister\'s counterpart leads', () => {
    expect(relations('Prime Minister Omar Sato of Japan phoned his South Korean counterpart Lee Jae-sung.')).toContain('LEADS Lee Jae-sung -> South Korea');
  });
  test('a counterpart of someone with no role gets nothing', () => {
    expect(relations('Omar Sato phoned his South Korean counterpart Lee Jae-sung.')).toEqual([]);
  });
});

describe('apposed roles with a portfolio or a counsel', () => {
  test('"the Commission\'s <portfolio> commissioner" after a name', () => {
    expect(relations("Marta Lind, the European Commission's competition commissioner, held talks.")).toContain('MEMBER_OF Marta Lind -> European Commission');
  });
  test('a company\'s general counsel', () => {
    expect(relations("Norvik Motors said profits fell. Norvik's general counsel, Lisa Brandt, declined to comment.")).toContain('MEMBER_OF Lisa Brandt -> Norvik Motors');
  });
  test('an acronym given with "known by its acronym" carries the role', () => {
    expect(relations("The Nordic Consumer Council, known by its Swedish acronym NKR, complained. Ola Berg, NKR's director general, spoke.")).toContain('LEADS Ola Berg -> Nordic Consumer Council');
  });
});

describe('owners given by an acronym or by "the country"', () => {
  test('"<Body> (ACR) chief X" leads the body', () => {
    expect(relations("Chad People's Defence Forces (CPDF) chief Idriss Koulamallah said troops had moved.")).toContain("LEADS Idriss Koulamallah -> Chad People's Defence Forces");
  });
  test('"the country\'s <role>, X" serves the state opening the sentence', () => {
    expect(relations("LIMA — Peru's government asked Chile to return the files, the country's security adviser, Tomas Vidal, said.")).toContain('MEMBER_OF Tomas Vidal -> Peru');
  });
  test('"the country\'s" before no role names nobody\'s office', () => {
    expect(relations("President Ana Soto of Peru met Chilean envoys. Chile said it would defend the country's rights.")).toEqual(['LEADS Ana Soto -> Peru']);
  });
});

describe('bodies headed by a titled person', () => {
  test('"<Body> (ACR), headed by Prime Minister X" leads the body and no state', () => {
    expect(relations('Peru is calm. The Andean Regional Council (ARC), headed by Prime Minister Tomas Vidal, has been more muted.')).toEqual(['LEADS Tomas Vidal -> Andean Regional Council']);
  });
  test('a region\'s "Regional Government" is a body', () => {
    const names = extractDocument({ source: 't', text: 'Officials of the Puntland Regional Government met in Garowe.' }).entities.map((e) => `${e.type}: ${e.name}`);
    expect(names).toEqual(['Organization: Puntland Regional Government']);
  });
});

describe('missions', () => {
  test("an acronym apposed to \"the UN's … mission\" is part of the UN", () => {
    expect(relations("Fighting spread, the UN's peacekeeping mission, UNMIR, said on Friday.")).toEqual(['PART_OF UNMIR -> United Nations']);
  });
  test('a mission named "in" a state is not part of that state', () => {
    expect(relations('The United Nations Mission in Ruritania (UNMIR) said Chad had sent troops.')).not.toContain('PART_OF Mission in Ruritania -> Chad');
  });
});

describe('a title opening the first sentence', () => {
  test('"Prime Minister X" at a sentence start keeps "Prime" when "prime" is written lower case elsewhere', () => {
    expect(relations("Prime Minister Ana Ruiz spoke. Jorge Lopez, the prime minister's father, blamed nationalists.")).toEqual(['FAMILY_OF Ana Ruiz -> Jorge Lopez']);
  });
});

describe('a party member who is a minister', () => {
  test('still leads the named ministry of the portfolio', () => {
    const r = relations('Chile debated the cuts. Energy Minister Rosa Diaz, a member of the Green Party, met unions on Monday. The Energy Ministry gave no details.');
    expect(r).toContain('LEADS Rosa Diaz -> Energy Ministry');
  });
});

describe('letterheads', () => {
  test("a release's capital-letter letterhead naming one state owns its untied ministry", () => {
    expect(relations('REPUBLIC OF CHILE\nMINISTRY OF FOREIGN AFFAIRS\n\nThe Department of Foreign Affairs (DFA) today met Peruvian envoys.')).toContain('PART_OF Department of Foreign Affairs -> Chile');
  });
  test('a sentence-case opening line is no letterhead', () => {
    expect(relations('Chile and Peru met.\n\nThe Department of Foreign Affairs said more.')).not.toContain('PART_OF Department of Foreign Affairs -> Chile');
  });
});

describe('"where" clauses and capitalized portfolios', () => {
  test('"summoned to the ministry, where Undersecretary for X Y" serves that ministry', () => {
    expect(relations('Chile protested. The envoy was summoned to the Foreign Ministry, where Undersecretary for Bilateral Relations Ana Lopez condemned the actions.')).toContain('MEMBER_OF Ana Lopez -> Foreign Ministry');
  });
  test('"where" after a place is no body', () => {
    expect(relations('Chile protested. The envoy flew to Lima, where Undersecretary Ana Lopez met him.')).not.toContain('MEMBER_OF Ana Lopez -> Foreign Ministry');
  });
});

describe('"the <demonym> <leader>" for the one untitled person named before', () => {
  test('leads the state, and his chief of staff serves it', () => {
    const r = relations("When Tomas Berg walked into the chamber, most leaders knew what he would do, and by Friday the Danish prime minister had done it. Lars Holm, Berg's chief of staff, told reporters that Denmark would not pay.");
    expect(r).toContain('LEADS Tomas Berg -> Denmark');
    expect(r).toContain('MEMBER_OF Lars Holm -> Denmark');
  });
  test('two people named before: nobody is guessed', () => {
    expect(relations('Tomas Berg met Ana Ruiz, and the Danish prime minister said more.')).not.toContain('LEADS Tomas Berg -> Denmark');
  });
});

describe('a head of government tied to a party', () => {
  test('"outgoing Prime Minister X … X, who also leads the Y party" still leads the state', () => {
    const r = relations('Serbia is in turmoil. The envoy met outgoing Prime Minister Dusan Markov on Monday. Markov, who also leads the Civic Renewal Party, said elections were possible.');
    expect(r).toContain('LEADS Dusan Markov -> Serbia');
    expect(r).toContain('LEADS Dusan Markov -> Civic Renewal Party');
  });
});

describe('"which X leads"', () => {
  test('a body with a hyphenated acronym, then "which Mr X leads"', () => {
    expect(relations('Guards surrounded the house, said Ana Deng, a spokeswoman for the Nile Freedom Movement (NFM-IE), which Mr Okello leads. Peter Okello was not seen.')).toContain('LEADS Peter Okello -> Nile Freedom Movement');
  });
  test('"which X criticized" gives no role', () => {
    expect(relations('Ana Deng spoke for the Nile Freedom Movement, which Peter Okello criticized.')).not.toContain('LEADS Peter Okello -> Nile Freedom Movement');
  });
});

describe('a lower-case portfolio before an apposed role', () => {
  test('"Its migration commissioner, X" serves the body', () => {
    expect(relations('The European Commission has pledged 500 million euros. Its migration commissioner, Anna Vik, held talks.')).toContain('MEMBER_OF Anna Vik -> European Commission');
  });
});

describe('"the prime minister\'s father" among several prime ministers', () => {
  test('the holder sharing a name with the relative', () => {
    expect(relations('Prime Minister Lee Min spoke. Thai Prime Minister Som Chai replied. Lee Taek, the prime minister\'s father, blamed Thai nationalists.')).toContain('FAMILY_OF Lee Min -> Lee Taek');
  });
  test('no shared name: nobody', () => {
    expect(relations('Prime Minister Lee Min spoke. Thai Prime Minister Som Chai replied. Park Taek, the prime minister\'s father, blamed Thai nationalists.').filter((r) => r.startsWith('FAMILY_OF'))).toEqual([]);
  });
});
