import { bearerTokenMatches } from './bearer-token';

test.each([
  ['Bearer s3cret', 's3cret', true],
  ['bearer   s3cret', 's3cret', true],
  ['Bearer s3cret2', 's3cret', false],
  ['Bearer s3cre', 's3cret', false],
  ['Basic s3cret', 's3cret', false],
  ['s3cret', 's3cret', false],
  [undefined, 's3cret', false],
  ['Bearer s3cret', undefined, false],
  ['Bearer ', '', false],
])('%p against %p → %p', (header, expected, result) => {
  expect(bearerTokenMatches(header, expected)).toBe(result);
});
