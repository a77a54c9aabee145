import { withRetry } from './retry';

const unavailable = (): Error => Object.assign(new Error('gone'), { code: 'ServiceUnavailable' });

test('retries a transient failure until it succeeds', async () => {
  let calls = 0;
  const retries: number[] = [];
  const result = await withRetry(
    async () => {
      calls += 1;
      if (calls < 3) throw unavailable();
      return 'done';
    },
    { attempts: 5, initialDelayMs: 1, onRetry: (attempt, delay) => retries.push(delay) },
  );
  expect(result).toBe('done');
  expect(calls).toBe(3);
  expect(retries).toEqual([1, 2]);
});

test('gives up after the last attempt with the last error', async () => {
  let calls = 0;
  const run = withRetry(
    async () => {
      calls += 1;
      throw unavailable();
    },
    { attempts: 3, initialDelayMs: 1 },
  );
  await expect(run).rejects.toThrow('gone');
  expect(calls).toBe(3);
});

test('does not retry an error that is not transient', async () => {
  let calls = 0;
  const run = withRetry(
    async () => {
      calls += 1;
      throw Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    },
    { attempts: 3, initialDelayMs: 1 },
  );
  await expect(run).rejects.toThrow('syntax');
  expect(calls).toBe(1);
});
