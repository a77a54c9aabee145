// `kg eval` through the real CLI entry point: the table, the verbose listing, JSON, bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT } from '../src/cli/exit-codes';
import { runKg } from './support/run-kg';

const SEED = join(__dirname, '..', 'eval', 'dev', 'seed-000.json');

describe('kg eval', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    // A gold file whose only relation the extractor cannot find: recall must drop below 1.
    writeFileSync(
      join(dir, 'tiny.json'),
      JSON.stringify({
        text: 'Canada criticized Chile on Monday.',
        entities: [
          { id: 'canada', type: 'State', name: 'Canada', aliases: [] },
          { id: 'chile', type: 'State', name: 'Chile', aliases: [] },
          { id: 'peru', type: 'State', name: 'Peru', aliases: [] },
        ],
        relations: [
          { type: 'CRITICIZED', source: 'canada', target: 'chile', evidence: 'Canada criticized Chile' },
          { type: 'MET_WITH', source: 'canada', target: 'peru', evidence: 'not in the text' },
        ],
      }),
    );
    writeFileSync(join(dir, 'broken.json'), '{ not json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints P/R/F1 for entity types, entities, core and context', async () => {
    const run = await runKg('eval', SEED);
    expect(run.code).toBe(EXIT.OK);
    for (const label of ['Person', 'State', 'Organization', 'entities', 'core', 'context', 'CRITICIZED', 'LEADS']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s*${label}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}`, 'm'));
    }
  });

  it('lists missed items with their evidence under -v', async () => {
    const run = await runKg('eval', '-v', join(dir, 'tiny.json'));
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toContain('missed   entity   State Peru');
    expect(run.stdout).toContain('missed   MET_WITH canada -> peru');
    expect(run.stdout).toContain('"not in the text"');
  });

  it('prints the summary as JSON', async () => {
    const run = await runKg('eval', '--json', join(dir, 'tiny.json'));
    const parsed = JSON.parse(run.stdout) as { summary: { core: { tp: number; fn: number; recall: number } } };
    expect(parsed.summary.core.tp).toBe(1);
    expect(parsed.summary.core.fn).toBe(1);
    expect(parsed.summary.core.recall).toBeCloseTo(0.5);
  });

  it('names an unreadable gold file and exits with BAD_INPUT', async () => {
    const run = await runKg('eval', join(dir, 'broken.json'));
    expect(run.code).toBe(EXIT.BAD_INPUT);
    expect(run.stderr).toContain('broken.json');
  });
});
