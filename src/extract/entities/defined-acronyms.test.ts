// A name followed by an acronym in parentheses is an organization, and the acronym its alias.
import { extractDocument } from '../index';

function entities(text: string): string[] {
  return extractDocument({ source: 'test', text })
    .entities.map((e) => `${e.type}: ${e.name}${e.aliases.length ? ' | ' + [...e.aliases].sort().join(', ') : ''}`)
    .sort();
}

const cases: Array<[string, string, string[]]> = [
  ['a party with no head word', 'The Tanovan (TNV) said it would appeal.', ['Organization: Tanovan | TNV']],
  ['words joined by "and"', 'Voters backed Order and Progress (OP), the ruling party.', ['Organization: Order and Progress | OP']],
  ['a body named like a government', 'Officials from the National Unity Government (NUG) met the envoy.', ['Organization: National Unity Government | NUG']],
  ['a later bare acronym is the same body', 'The Westland National Oil Company Limited (WNOC) said output fell. Critics blamed WNOC for the shortage.', ['Organization: Westland National Oil Company Limited | WNOC']],
  ['words joined by "and" before "party"', 'The ruling Law and Order party won the vote.', ['Organization: Law and Order | Law and Order party']],
  ['words with a lower-case prefix before an acronym', 'Voters backed the opposition uKhanya weMzansi (UW) party on Sunday.', ['Organization: uKhanya weMzansi | UW']],
  ['a state code after a person is no acronym', 'Anton Rask (USA) beat Milo Varga.', ['Person: Anton Rask', 'Person: Milo Varga', 'State: United States | USA']],
  ['an age after a person is no acronym', 'Anton Rask (45) was arrested.', ['Person: Anton Rask']],
];

describe('acronyms defined in parentheses', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
