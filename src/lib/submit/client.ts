// Sends one submission to a Postgres function through Supabase's REST API and
// keeps trying through flaky mobile networks. The same idempotency key goes with
// every try, so the database stores the submission once however many arrive.
import type { FieldError } from '../../schemas/codes';
import { serverFieldErrors, type ServerError } from '../../schemas/errors';
import { rpcHeaders, rpcUrl, type SubmitFunction, type SupabaseConfig } from '../supabase-config';
import { solve } from './proof-of-work';
import { backoffMs, defaultPolicy, isRetryable, parseRetryAfter, type RetryPolicy } from './retry';

export type SubmitResult =
  | { ok: true; reference: string }
  | { ok: false; reason: 'invalid'; issues: FieldError[] }
  | { ok: false; reason: 'unavailable' };

export type SubmitStatus = 'sending' | 'retrying' | 'offline';

export interface SubmitOptions {
  api: SupabaseConfig;
  fn: SubmitFunction;
  payload: unknown;
  onStatus?: (status: SubmitStatus) => void;
  signal?: AbortSignal;
  policy?: RetryPolicy;
  fetchImpl?: typeof fetch;
  attemptTimeoutMs?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), {
      once: true,
    });
  });

function whenOnline(signal?: AbortSignal): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => (window.removeEventListener('online', done), resolve());
    window.addEventListener('online', done);
    signal?.addEventListener(
      'abort',
      () => (window.removeEventListener('online', done), reject(signal.reason)),
      { once: true },
    );
  });
}

/** The error body PostgREST sends; `details` is a JSON string in our contract. */
async function readError(response: Response): Promise<Partial<ServerError> | null> {
  return (await response.json().catch(() => null)) as Partial<ServerError> | null;
}

/** Retry-After, or the same number in the body where a gateway hides the header. */
function retryAfter(response: Response, body: Partial<ServerError> | null): number | undefined {
  const header = parseRetryAfter(response.headers.get('Retry-After'));
  if (header !== undefined) return header;
  try {
    const seconds = (JSON.parse(body?.details ?? '') as { retry_after_seconds?: unknown })
      .retry_after_seconds;
    return typeof seconds === 'number' ? seconds * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** The challenge in a 428 `challenge_required`, once per submission. */
function challengeIn(body: Partial<ServerError> | null) {
  try {
    const details = JSON.parse(body?.details ?? '') as { challenge?: unknown; bits?: unknown };
    if (
      body?.code === 'challenge_required' &&
      typeof details.challenge === 'string' &&
      typeof details.bits === 'number'
    )
      return { challenge: details.challenge, bits: details.bits };
  } catch {
    // not a challenge
  }
  return undefined;
}

export async function submit(options: SubmitOptions): Promise<SubmitResult> {
  const { api, fn, payload, onStatus, signal, policy = defaultPolicy } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const endpoint = rpcUrl(api, fn);
  let body = JSON.stringify({ payload });
  // A challenge can expire while a slow phone works on it: one more, then give up.
  let solved = 0;

  for (let attempt = 0; attempt < policy.attempts; attempt += 1) {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      onStatus?.('offline');
      await whenOnline(signal);
    }
    if (attempt === 0) onStatus?.('sending');
    let status: number | 'network' = 'network';
    let wait: number | undefined;
    try {
      const timeout = AbortSignal.timeout(options.attemptTimeoutMs ?? 15_000);
      const response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: rpcHeaders(api),
        body,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      status = response.status;
      if (response.ok) {
        const data = (await response.json()) as { reference?: unknown; received?: unknown };
        if (typeof data.reference === 'string') return { ok: true, reference: data.reference };
        // Monitoring answers have no reference: there is nothing to quote or look up.
        if (fn === 'submit_monitoring' && data.received === true)
          return { ok: true, reference: '' };
        status = 'network';
      } else {
        const error = await readError(response);
        // Past a rate limit the database asks for a little work first, so a flood
        // costs its sender; a person's browser does it unseen and sends again.
        const challenge = status === 428 ? challengeIn(error) : undefined;
        if (challenge && solved < 2) {
          solved += 1;
          const proof = await solve(challenge.challenge, challenge.bits, signal);
          body = JSON.stringify({ payload: { ...(payload as object), proof } });
          attempt -= 1;
          continue;
        }
        const issues = serverFieldErrors(error);
        // A 400 without field errors is not something the person can fix.
        if (status === 400 && issues.length) return { ok: false, reason: 'invalid', issues };
        if (status === 400 || !isRetryable(status)) return { ok: false, reason: 'unavailable' };
        wait = retryAfter(response, error);
      }
    } catch (error) {
      if (signal?.aborted) throw error;
    }
    if (attempt === policy.attempts - 1) break;
    if (wait !== undefined && wait > policy.maxRetryAfterMs) break;
    onStatus?.('retrying');
    await sleep(wait ?? backoffMs(attempt, policy), signal);
  }
  return { ok: false, reason: 'unavailable' };
}
