import { formatDuration, renderProgress } from './progress-bar';

test.each([
  [0, 0, 100, 0, '[........................] 0/100 documents, 0.0/s, ETA --'],
  [50, 0, 100, 10, '[############............] 50/100 documents, 5.0/s, ETA 10s'],
  [90, 2, 100, 9, '[######################..] 90/100 documents, 2 failed, 10.0/s, ETA 1s'],
  [100, 0, 100, 20, '[########################] 100/100 documents, 5.0/s, ETA --'],
])('renderProgress(%d done, %d failed, of %d, after %ds)', (done, failed, total, seconds, line) => {
  expect(renderProgress(done, failed, total, seconds)).toBe(line);
});

test.each([
  [5, '5s'],
  [125, '2m05s'],
  [7300, '2h01m'],
])('formatDuration(%d) = %s', (s, text) => expect(formatDuration(s)).toBe(text));
