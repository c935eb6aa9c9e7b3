// When and how long to wait before trying a submission again. Kept apart from the
// network code so the schedule can be tested without a server.

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
  /** Longest Retry-After we will sit through; beyond it, tell the person instead. */
  maxRetryAfterMs: number;
}

export const defaultPolicy: RetryPolicy = {
  attempts: 5,
  baseMs: 500,
  maxMs: 8000,
  maxRetryAfterMs: 30_000,
};

/** Network errors, server errors and "too many requests" are worth another try. */
export function isRetryable(status: number | 'network'): boolean {
  return status === 'network' || status === 429 || status === 408 || status >= 500;
}

/** Retry-After is seconds or an HTTP date; anything else means "use the backoff". */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential backoff with full jitter: phones that lost signal together do not
 * all come back at the same instant.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
