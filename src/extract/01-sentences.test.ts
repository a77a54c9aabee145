import { splitSentences } from './01-sentences';

const cases: Array<[string, string, string[]]> = [
  ['plain sentences', 'Ottawa protested. Beijing replied.', ['Ottawa protested.', 'Beijing replied.']],
  ['dotted acronym inside a sentence', 'The U.S. envoy arrived in Seoul. Talks began.', ['The U.S. envoy arrived in Seoul.', 'Talks began.']],
  ['dotted acronym ending a sentence', 'Canada sided with the U.S. The move angered Beijing.', ['Canada sided with the U.S.', 'The move angered Beijing.']],
  ['dotted acronym before a name', 'He met U.N. Secretary-General Amina Mohammed.', ['He met U.N. Secretary-General Amina Mohammed.']],
  ['title abbreviation', 'Gen. Michael Kurilla visited Amman. He left.', ['Gen. Michael Kurilla visited Amman.', 'He left.']],
  ['middle initial', 'John F. Kennedy met Nikita Khrushchev in Vienna.', ['John F. Kennedy met Nikita Khrushchev in Vienna.']],
  ['name suffix before a verb', 'Martin Luther King Jr. spoke in Washington.', ['Martin Luther King Jr. spoke in Washington.']],
  ['month abbreviation', 'The vote is on Jan. 5 in Nairobi.', ['The vote is on Jan. 5 in Nairobi.']],
  ['closing quote', 'He said: "We will not yield." She disagreed.', ['He said: "We will not yield."', 'She disagreed.']],
  ['question inside a quote continues', '"Why now?" he asked.', ['"Why now?" he asked.']],
  ['blank line', 'Headline here\n\nThe body starts.', ['Headline here', 'The body starts.']],
  ['one sentence per line', 'First line ends.\nSecond line ends.', ['First line ends.', 'Second line ends.']],
];

describe('splitSentences', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('cuts a run-on text into bounded pieces', () => {
    const text = 'word '.repeat(2000).trim();
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const s of pieces) expect(s.end - s.start).toBeLessThanOrEqual(1500);
    expect(pieces.map((s) => s.text).join(' ')).toBe(text);
  });

  it('gives offsets into the original text', () => {
    const text = '  Lagos hosted the talks.   Accra sent envoys.  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
