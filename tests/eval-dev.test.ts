// The quality gate: the extractor on the development gold must stay above the targets,
// so a change that costs precision or recall turns CI red.
import * as path from 'path';
import { evaluate, formatReport, loadGold } from '../src/eval';
import { extractDocument } from '../src/extract';

const evaluation = evaluate(loadGold([path.join(__dirname, '..', 'eval', 'dev')]), extractDocument);
const report = formatReport(evaluation);

describe('extractor on eval/dev', () => {
  it('covers every development document', () => {
    expect(evaluation.documents.length).toBeGreaterThanOrEqual(17);
  });

  it.each([
    ['entities', 0.95],
    ['core', 0.9],
    ['context', 0.85],
  ] as const)('%s F1 >= %s', (group, threshold) => {
    const f1 = evaluation.summary[group].f1;
    if (f1 < threshold) process.stderr.write(report);
    expect(f1).toBeGreaterThanOrEqual(threshold);
  });
});
