import * as fs from 'fs';
import * as path from 'path';
import { parseParamAssignments, parseParamValue, readScriptDefaults, usedParamNames } from './script-params';
import { isKgError } from '../model';

describe('parseParamValue', () => {
  test.each<[string, unknown]>([
    ['10', 10],
    ['-2.5', -2.5],
    ['true', true],
    ['false', false],
    ['null', null],
    ['Kim Yo Jong', 'Kim Yo Jong'],
    ["'South Korea'", 'South Korea'],
    ['"quoted"', 'quoted'],
    ['["MET_WITH","ALLIED_WITH"]', ['MET_WITH', 'ALLIED_WITH']],
    ["['MET_WITH', 'ALLIED_WITH']", ['MET_WITH', 'ALLIED_WITH']],
    ['{"a": 1}', { a: 1 }],
    ['[not json', '[not json'],
    ['state:prk', 'state:prk'],
    ['10 Downing Street', '10 Downing Street'],
  ])('%s', (raw, expected) => {
    expect(parseParamValue(raw)).toEqual(expected);
  });
});

describe('parseParamAssignments', () => {
  test('splits at the first = and lets later assignments win', () => {
    expect(parseParamAssignments(['limit=3', 'entity=a=b', 'limit=4'])).toEqual({ limit: 4, entity: 'a=b' });
  });
  test('rejects an assignment without a name', () => {
    expect(() => parseParamAssignments(['=3'])).toThrow(expect.objectContaining({ code: 'KG_USAGE' }));
    try {
      parseParamAssignments(['limit']);
    } catch (e) {
      expect(isKgError(e, 'KG_USAGE')).toBe(true);
    }
  });
});

describe('script header', () => {
  const text = [
    '// :param limit => 10',
    "// :param via => ['A', 'B']",
    "MATCH (n) WHERE n.name = '$notAParam' // $notEither",
    'RETURN n LIMIT $limit + size($via)',
  ].join('\n');
  test('reads :param lines as defaults', () => {
    expect(readScriptDefaults(text)).toEqual({ limit: 10, via: ['A', 'B'] });
  });
  test('lists the parameters the query uses, not those in strings or comments', () => {
    expect(usedParamNames(text)).toEqual(['limit', 'via']);
  });
});

describe('shipped analytics scripts', () => {
  const dir = path.resolve(__dirname, '..', '..', 'cypher', 'analytics');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  test('there are scripts', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });
  test.each(files)('%s documents a default for every parameter and an example', (f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const defaults = Object.keys(readScriptDefaults(text)).sort();
    expect(defaults).toEqual(usedParamNames(text));
    expect(text).toMatch(new RegExp(`^// Example: kg cypher cypher/analytics/${f.replace('.', '\\.')}`, 'm'));
    // One statement per file: a semicolon would make Browser and the driver disagree.
    expect(text.replace(/\/\/.*$/gm, '')).not.toContain(';');
  });
});
