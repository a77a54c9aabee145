// Bounded retry with exponential backoff around whole transactions. The driver's executeWrite
// already retries transient errors for a while; this covers a server that is down for longer
// (a restart), then gives up so the command can stop with a clear message.
import { isTransientError } from './errors';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubled each time. */
  initialDelayMs: number;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, initialDelayMs: 1000 };

export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  let delay = options.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= options.attempts || !isTransientError(e)) throw e;
      options.onRetry?.(attempt, delay, e);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
