import { describe, expect, it } from 'vitest';
import { backoffMs, defaultPolicy, isRetryable, parseRetryAfter } from './retry';

describe('retry schedule', () => {
  it('retries network errors, timeouts, 429 and 5xx, never other 4xx', () => {
    expect(
      ['network', 408, 429, 500, 502, 503].map((s) => isRetryable(s as number | 'network')),
    ).toEqual([true, true, true, true, true, true]);
    expect([400, 401, 403, 404, 409, 422].map(isRetryable)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.UTC(2026, 10, 21, 12, 0, 0);
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('backs off exponentially, capped, with jitter in the upper half', () => {
    const low = [0, 1, 2, 3, 4, 5].map((a) => backoffMs(a, defaultPolicy, () => 0));
    const high = [0, 1, 2, 3, 4, 5].map((a) => backoffMs(a, defaultPolicy, () => 1));
    expect(low).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect(high).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});
