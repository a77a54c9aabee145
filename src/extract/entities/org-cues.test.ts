// Names with no head word read as companies or clubs from the words around them; people stay
// people. Invented names, business and sports wire style.
import { CONTEXT_RELATION_TYPES } from '../../model';
import { extractDocument } from '../index';
import { relationTriples, tripleKey, type Triple } from '../relation-triples';

function entities(text: string): string[] {
  return extractDocument({ source: 'test', text })
    .entities.map((e) => `${e.type}: ${e.name}`)
    .sort();
}

const cases: Array<[string, string, string[]]> = [
  ['shares of a company', 'Shares of Harborview Logistics fell 3 percent on Monday.', ['Organization: Harborview Logistics']],
  ['shares after a lone name', 'Velorix shares rose 5 percent in early trading.', ['Organization: Velorix']],
  ['a possessive business noun', "Velorix's chief executive, Ian Moore, resigned.", ['Organization: Velorix', 'Person: Ian Moore']],
  ['analysts at a firm', 'Analysts at Brightwater Partners expect lower margins.', ['Organization: Brightwater Partners']],
  ['a spokeswoman for a firm', 'A spokeswoman for Quillon declined to comment.', ['Organization: Quillon']],
  ['a two-word firm acting on its own things', 'Halvern Stanwick raised its price target on the stock.', ['Organization: Halvern Stanwick']],
  ['a lone name before a role and a person', 'Dunmore striker Kevin Lyle scored twice.', ['Organization: Dunmore', 'Person: Kevin Lyle']],
  ['a lone name in a match report', 'Kevin Lyle scored twice against Ashcombe on Saturday.', ['Organization: Ashcombe', 'Person: Kevin Lyle']],
  ['a short form of a company named in full', 'Corvella Group said sales rose. Corvella chairman Ida Berg said more would come.', ['Organization: Corvella Group', 'Person: Ida Berg']],
  ['a result line names two sides', 'Pellham 3 Ashcombe United 1', ['Organization: Ashcombe United', 'Organization: Pellham']],
  ['a win over a side', 'Kevin Lyle scored in a 2-1 win over Ashcombe on Wednesday.', ['Organization: Ashcombe', 'Person: Kevin Lyle']],
  ["a side's player in a match report", "Ashcombe's Paul Grant scored a late goal.", ['Organization: Ashcombe', 'Person: Paul Grant']],
  ['a golfer with round scores stays a person', 'Ernie Walton 68 70 71', ['Person: Ernie Walton']],
  ['an analyst with a firm', 'Demand is weak, said Dana Roe, an analyst with Halvern Stanwick.', ['Organization: Halvern Stanwick', 'Person: Dana Roe']],
  ['a body based somewhere', 'Orvalis, based in Zurich, makes turbines.', ['Organization: Orvalis']],
  ['"X-based" before a name', 'Zurich-based Orvalis makes turbines.', ['Organization: Orvalis']],
  ['an unknown possessive opening a body name', "Brandt's Ratings Service cut its outlook.", ["Organization: Brandt's Ratings Service"]],
  ['a plural noun inside a name is kept', 'The Investors Council met on Monday.', ['Organization: Investors Council']],
  ['a kind of business in an apposition', 'Halvern Stanwick, the Wall Street brokerage, cut its forecast.', ['Organization: Halvern Stanwick']],
  ['a kind of business before the name', 'The carmaker Olmec Motors recalled cars.', ['Organization: Olmec Motors']],
  ['company tails', 'Olmec Motor said it would recall cars; Tarrant Bros. and Velden Logistics agreed.', ['Organization: Olmec Motor', 'Organization: Tarrant Bros', 'Organization: Velden Logistics']],
  ['a month that is a given name', 'Jan Ove Rask finished second.', ['Person: Jan Ove Rask']],
  ['a month after a preposition is a month', 'In May Ana Ruiz won the race.', ['Person: Ana Ruiz']],
  ['a lone noun opening a sentence', 'Media reports said the deal was close.', []],
  ['an honorific without a period makes a person', 'Mr Rask told reporters the deal was done.', ['Person: Rask']],
  ['a singular proper name after "the", acting', 'The Bundesbank left interest rates unchanged.', ['Organization: Bundesbank']],
  ['a compass word after "the" is no body', 'The North said it would not negotiate.', []],
  ['markets opening a sentence are no bodies', 'Sterling rose against the dollar. Gold fell to a low.', []],
  ['a capital naming where a club sits is no actor', 'Kevin Lyle signed a new deal, the London club said.', ['Person: Kevin Lyle']],
  ['a capital acting is still its state', 'London said it would retaliate.', ['State: United Kingdom']],
  ['a name read as a firm once is the firm everywhere', 'Halvern Stanwick said demand was weak. Analysts at Halvern Stanwick raised their target.', ['Organization: Halvern Stanwick']],
  ['a person sharing a name with a firm keeps a title', 'Analysts at Dana Roe cut targets. Chairman Dana Roe spoke.', ['Organization: Dana Roe', 'Person: Dana Roe']],
  ['a title-case headline yields only bodies with head words', 'Grandview Bancorp Says Profit Rose In Third Quarter', ['Organization: Grandview Bancorp']],
  ['a title-case headline yields known states', 'Kenya Says It Will Not Back The Plan', ['State: Kenya']],
  ["a player's club in parentheses", 'Top scorers: Alan Pike (Dunmore) 14, Kevin Lyle (Aston Hill) 12.', ['Organization: Aston Hill', 'Organization: Dunmore', 'Person: Alan Pike', 'Person: Kevin Lyle']],
  ['a party and state in parentheses is no club', 'Senator John Ash (R-Texas) objected.', ['Person: John Ash']],
  ['a lone name with an age is a person', 'Rask, 34, retired on Friday.', ['Person: Rask']],
  ['a lone name with "who" is a person', 'Rask, who won in 2019, retired.', ['Person: Rask']],
  ['a lone name saying "he" is a person', 'Rask said he would retire.', ['Person: Rask']],
  ['players named in full stay people', 'Anton Rask beat Milo Varga 6-4 6-3 in the final.', ['Person: Anton Rask', 'Person: Milo Varga']],
  ['a surname with a possessive stays the person', "Ian Moore spoke. Moore's chief concern was cost.", ['Person: Ian Moore']],
  ['a person saying his own words', 'Ian Moore raised his glass.', ['Person: Ian Moore']],
  ['a plural noun opening the sentence is no name', 'Regulators said Velorix illegally blocked rivals.', ['Organization: Velorix']],
  ['a lone name naming an officer', 'Velorix named Ola Nystrom as its new chief executive.', ['Organization: Velorix', 'Person: Ola Nystrom']],
  ['unknown words opening a company title', 'Corvella Managing Director Ida Berg said the loan was approved.', ['Organization: Corvella', 'Person: Ida Berg']],
  ['a weekday after a firm is not part of its name', 'The deal was approved by Brightwater Partners on Monday.', ['Organization: Brightwater Partners']],
  ['an ampersand joins a firm', 'Merrow & Cole said profit rose.', ['Organization: Merrow & Cole']],
  ['a platform acting as a company', 'Instagram said it would remove the posts.', ['Organization: Instagram']],
  ['a platform as a thing is no entity', 'The video was posted on Instagram on Monday.', []],
  ['a name shaped like a participle, acting', 'Vexling agreed to pay a fine, prosecutors said.', ['Organization: Vexling']],
  ['a participle opening a sentence is no name', 'Speaking on Monday, the minister said no.', []],
  ['a central bank by its short name', 'The Fed held rates steady.', ['Organization: Federal Reserve']],
];

describe('organization contexts', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

const roleCases: Array<[string, string, Triple[]]> = [
  ['a company chief executive leads it', 'Brantford Systems chief executive Ola Nystrom unveiled the phone.', [['LEADS', 'Ola Nystrom', 'Brantford Systems']]],
  ['a player is a member of the club', 'Dunmore defender Kevin Lyle signed a new deal.', [['MEMBER_OF', 'Kevin Lyle', 'Dunmore']]],
  ['a vice chair is a member', 'Velorix Vice Chair Ola Nystrom criticized the rules.', [['MEMBER_OF', 'Ola Nystrom', 'Velorix']]],
  ['a managing director leads', 'Corvella Managing Director Ida Berg said the loan was approved.', [['LEADS', 'Ida Berg', 'Corvella']]],
  ['an untied company title goes to the company in the sentence', 'Shares of Corvella Group fell after chief executive Tom Walsh quit.', [['LEADS', 'Tom Walsh', 'Corvella Group']]],
  ['a spokesman for a state body, apposed', "A spokesman for Norway's Trade Ministry, Ivar Lund, said talks would resume.", [['MEMBER_OF', 'Ivar Lund', 'Trade Ministry'], ['PART_OF', 'Trade Ministry', 'Norway']]],
  ['"its" skips a state qualifying people', 'Adler Group denied claims by U.S. prosecutors that its chairman, Ivar Lund, broke rules.', [['LEADS', 'Ivar Lund', 'Adler Group']]],
  ['a possessive chief executive', "Velorix's chief executive, Ian Moore, resigned.", [['LEADS', 'Ian Moore', 'Velorix']]],
];

describe('roles at companies and clubs', () => {
  test.each(roleCases)('%s', (_label, text, expected) => {
    expect(relationTriples(text, CONTEXT_RELATION_TYPES)).toEqual(expected.map(tripleKey).sort());
  });
});
