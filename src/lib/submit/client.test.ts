// The submit client against a scripted server: what it retries, what it does not,
// and that every try carries the same body (and so the same idempotency key).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submit } from './client';

const api = { url: 'http://api.test', anonKey: 'anon' };
const policy = { attempts: 5, baseMs: 1, maxMs: 2, maxRetryAfterMs: 50 };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function server(...answers: (Response | Error)[]) {
  const bodies: string[] = [];
  const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(String(init?.body));
    const next = answers.shift() ?? new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { bodies, fetchImpl };
}

const payload = { idempotency_key: 'k-1', hello: 'Zoë 🌟' };

describe('submit', () => {
  it('retries network errors and server errors with the same body, then succeeds', async () => {
    const s = server(
      new TypeError('offline'),
      json(503, {}),
      json(200, { reference: 'ABCD-EFGH' }),
    );
    const result = await submit({
      api,
      fn: 'submit_referral',
      payload,
      policy,
      fetchImpl: s.fetchImpl,
    });
    expect(result).toEqual({ ok: true, reference: 'ABCD-EFGH' });
    expect(s.bodies).toHaveLength(3);
    expect(new Set(s.bodies).size).toBe(1);
    expect(JSON.parse(s.bodies[0] ?? '')).toEqual({ payload });
  });

  it('never retries a validation error, and returns its fields', async () => {
    const details = JSON.stringify([{ path: 'contact.phone', code: 'invalid_phone' }]);
    const s = server(
      json(400, { code: 'invalid_payload', message: 'invalid_payload', details, hint: null }),
    );
    const result = await submit({
      api,
      fn: 'submit_referral',
      payload,
      policy,
      fetchImpl: s.fetchImpl,
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'contact.phone', code: 'invalid_phone' }],
    });
    expect(s.bodies).toHaveLength(1);
  });

  it('treats a 400 without field errors, a 401 or a 409 as something the person cannot fix', async () => {
    for (const response of [
      json(400, { code: 'PGRST102', message: 'bad', details: null }),
      json(401, {}),
      json(409, { code: 'idempotency_conflict' }),
    ]) {
      const s = server(response);
      expect(
        await submit({ api, fn: 'submit_feedback', payload, policy, fetchImpl: s.fetchImpl }),
      ).toEqual({ ok: false, reason: 'unavailable' });
      expect(s.bodies).toHaveLength(1);
    }
  });

  it('gives up after the last attempt', async () => {
    const s = server(
      json(503, {}),
      json(503, {}),
      json(503, {}),
      json(503, {}),
      json(503, {}),
      json(200, { reference: 'NEVER-USED' }),
    );
    expect(
      await submit({ api, fn: 'submit_referral', payload, policy, fetchImpl: s.fetchImpl }),
    ).toEqual({ ok: false, reason: 'unavailable' });
    expect(s.bodies).toHaveLength(5);
  });

  it('honours Retry-After, from the header or the body, and gives up at once when it is too long', async () => {
    const short = server(
      json(429, { details: '{"retry_after_seconds": 0}' }),
      json(200, { reference: 'ABCD-EFGH' }),
    );
    expect(
      await submit({ api, fn: 'submit_referral', payload, policy, fetchImpl: short.fetchImpl }),
    ).toMatchObject({ ok: true });
    const long = server(
      json(429, {}, { 'Retry-After': '3600' }),
      json(200, { reference: 'ABCD-EFGH' }),
    );
    expect(
      await submit({ api, fn: 'submit_referral', payload, policy, fetchImpl: long.fetchImpl }),
    ).toEqual({ ok: false, reason: 'unavailable' });
    expect(long.bodies).toHaveLength(1);
  });

  it('posts to the function with the public key only', async () => {
    let seen:
      | { url: string; headers: HeadersInit | undefined; credentials?: RequestCredentials }
      | undefined;
    const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
      seen = { url: String(url), headers: init?.headers, credentials: init?.credentials };
      return json(200, { reference: 'ABCD-EFGH' });
    }) as typeof fetch;
    await submit({ api, fn: 'submit_feedback', payload, policy, fetchImpl });
    expect(seen).toEqual({
      url: 'http://api.test/rest/v1/rpc/submit_feedback',
      headers: { apikey: 'anon', authorization: 'Bearer anon', 'content-type': 'application/json' },
      credentials: 'omit',
    });
  });

  it('monitoring has no reference: "received" is success there and nowhere else', async () => {
    const received = () => server(json(200, { received: true })).fetchImpl;
    expect(
      await submit({ api, fn: 'submit_monitoring', payload, policy, fetchImpl: received() }),
    ).toEqual({ ok: true, reference: '' });
    expect(
      await submit({
        api,
        fn: 'submit_feedback',
        payload,
        policy: { ...policy, attempts: 1 },
        fetchImpl: received(),
      }),
    ).toEqual({ ok: false, reason: 'unavailable' });
  });

  describe('past a rate limit', () => {
    const challenge = (bits: number) =>
      json(428, {
        code: 'challenge_required',
        message: 'challenge_required',
        details: JSON.stringify({ challenge: '1764489600.0123456789abcdef0123456789abcdef', bits }),
        hint: null,
      });

    it('solves the challenge unseen and sends the same answers again with the proof', async () => {
      const s = server(challenge(8), json(200, { reference: 'HELD-2345' }));
      const result = await submit({
        api,
        fn: 'submit_referral',
        payload,
        policy,
        fetchImpl: s.fetchImpl,
      });
      expect(result).toEqual({ ok: true, reference: 'HELD-2345' });
      const sent = JSON.parse(s.bodies[1] ?? '') as {
        payload: typeof payload & { proof: { challenge: string; nonce: string } };
      };
      const { proof, ...answers } = sent.payload;
      expect(answers).toEqual(payload);
      const digest = createHash('sha256').update(`${proof.challenge}:${proof.nonce}`).digest();
      expect(digest[0]).toBe(0);
    });

    it('gives up after two challenges rather than working for ever', async () => {
      const s = server(
        challenge(4),
        challenge(4),
        challenge(4),
        json(200, { reference: 'NEVER-SEEN' }),
      );
      const result = await submit({
        api,
        fn: 'submit_referral',
        payload,
        policy,
        fetchImpl: s.fetchImpl,
      });
      expect(result).toEqual({ ok: false, reason: 'unavailable' });
      expect(s.bodies).toHaveLength(3);
    });
  });
});
