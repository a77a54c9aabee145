import type { ExtractedDocument } from '../model';
import { documentSummary, jsonDocument } from './extract-output';

const doc: ExtractedDocument = {
  source: 'news/a.txt',
  title: 'Envoys trade words',
  entities: [
    { id: 'france', type: 'State', name: 'France', aliases: ['Paris'], iso: 'FRA', mentions: [{ start: 0, end: 6, text: 'France' }] },
    { id: 'anna-berg', type: 'Person', name: 'Anna Berg', aliases: ['Berg'] },
  ],
  relations: [
    {
      type: 'CRITICIZED',
      source: 'anna-berg',
      target: 'france',
      evidence: 'Foreign Minister Anna Berg   criticized France\non Monday.',
      start: 10,
      end: 62,
      confidence: 0.9,
      rule: 'active-verb',
      trigger: 'criticized',
    },
    { type: 'MET_WITH', source: 'anna-berg', target: 'france', evidence: 'x'.repeat(200), start: 70, end: 270, confidence: 0.75 },
  ],
};

describe('jsonDocument', () => {
  it('keeps exactly the fields of the published shape, in order', () => {
    const json = jsonDocument(doc);
    expect(Object.keys(json)).toEqual(['source', 'entities', 'relations']);
    expect(json.entities.map((e) => Object.keys(e))).toEqual([
      ['id', 'type', 'name', 'aliases'],
      ['id', 'type', 'name', 'aliases'],
    ]);
    expect(json.relations[0]).toEqual({
      type: 'CRITICIZED',
      source: 'anna-berg',
      target: 'france',
      evidence: 'Foreign Minister Anna Berg   criticized France\non Monday.',
      start: 10,
      end: 62,
      confidence: 0.9,
    });
  });
});

describe('documentSummary', () => {
  it('groups entities by type and shows relations by name with their evidence and rule', () => {
    expect(documentSummary(doc).split('\n')).toEqual([
      '== news/a.txt  "Envoys trade words"',
      '   2 entities: 1 Person, 1 State',
      '     Person       Anna Berg  (also: Berg)',
      '     State        France  (also: Paris)',
      '   2 relations',
      '     CRITICIZED   Anna Berg → France  0.90  [active-verb "criticized"]',
      '       "Foreign Minister Anna Berg criticized France on Monday."  @10-62',
      '     MET_WITH     Anna Berg ↔ France  0.75',
      `       "${'x'.repeat(159)}…"  @70-270`,
      '',
    ]);
  });
});
