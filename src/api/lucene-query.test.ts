import { escapeLucene, toFuzzyLuceneQuery } from './lucene-query';

describe('escapeLucene', () => {
  test.each([
    ['plain', 'plain'],
    ['a+b-c', 'a\\+b\\-c'],
    ['(x) [y] {z}', '\\(x\\) \\[y\\] \\{z\\}'],
    ['a && b || !c', 'a \\&\\& b \\|\\| \\!c'],
    ['"q" ~1 ^2 * ? : \\ /', '\\"q\\" \\~1 \\^2 \\* \\? \\: \\\\ \\/'],
  ])('%s', (input, expected) => {
    expect(escapeLucene(input)).toBe(expected);
  });
});

describe('toFuzzyLuceneQuery', () => {
  test.each([
    ['Kim Yo Jung', '"Kim Yo Jung"^4 OR (kim~1 AND yo AND jung~1)'],
    ['Pyongyan', '"Pyongyan"^4 OR (pyongyan~2)'],
    ['Lee Jae-myung', '"Lee Jae-myung"^4 OR (lee~1 AND jae~1 AND myung~1)'],
    ['U.S.', '"U.S."^4 OR (u AND s)'],
    ['say "hi" \\ OR NOT', '"say \\"hi\\" \\\\ OR NOT"^4 OR (say~1 AND hi AND or AND not~1)'],
  ])('%s', (input, expected) => {
    expect(toFuzzyLuceneQuery(input)).toBe(expected);
  });

  test('text without any word gives no query', () => {
    expect(toFuzzyLuceneQuery(' ()~* ')).toBeUndefined();
  });
});
