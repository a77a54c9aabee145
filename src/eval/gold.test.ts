import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isKgError } from '../model';
import { loadGold, parseGold, projectRootOf } from './gold';

describe('gold files', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-gold-'));
    fs.mkdirSync(path.join(root, 'eval', 'set'), { recursive: true });
    fs.mkdirSync(path.join(root, 'texts'));
    fs.writeFileSync(path.join(root, 'texts', 'a.txt'), 'Text from a file.');
    const entities = [{ id: 'x', type: 'State', name: 'Chad', aliases: [] }];
    fs.writeFileSync(
      path.join(root, 'eval', 'set', 'a.json'),
      JSON.stringify({ id: 'a', text_file: 'texts/a.txt', entities, relations: [] }),
    );
    fs.writeFileSync(
      path.join(root, 'eval', 'set', 'b.json'),
      JSON.stringify({
        text: 'Inline.',
        entities,
        relations: [{ type: 'MET_WITH', source: 'x', target: 'x', evidence: 'e' }],
      }),
    );
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('resolves text_file against the folder holding eval/', () => {
    expect(projectRootOf(path.join(root, 'eval', 'set', 'a.json'))).toBe(root);
    const [a, b] = loadGold([path.join(root, 'eval', 'set')]);
    expect(a.text).toBe('Text from a file.');
    expect(b.id).toBe('b');
    expect(b.text).toBe('Inline.');
    expect(b.relations[0].optional).toBe(false);
  });

  it('rejects relations to unknown entities, naming the file', () => {
    const bad = { text: 't', entities: [], relations: [{ type: 'MET_WITH', source: 'x', target: 'y' }] };
    expect(() => parseGold(bad, 'bad.json')).toThrow(/bad\.json.*unknown entity x/);
  });

  it('reports a missing path as bad input', () => {
    try {
      loadGold([path.join(root, 'nope')]);
      throw new Error('expected a failure');
    } catch (e) {
      expect(isKgError(e, 'KG_BAD_INPUT')).toBe(true);
    }
  });
});
