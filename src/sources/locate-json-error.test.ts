import { locateJsonError } from './locate-json-error';

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2.5e3, "x\\n", true, null, {"b": []}]', -1],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 9],
    ['{"a": "x"} extra', 11],
    ['"bad \\q escape"', 5],
    ['', 0],
  ])('%j → %d', (json, offset) => {
    expect(locateJsonError(json)).toBe(offset);
  });
});
