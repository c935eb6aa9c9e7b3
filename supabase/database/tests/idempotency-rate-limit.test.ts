// Retries and floods, from the anonymous actor's side: a phone that retries gets
// one referral and one reference; a key reused for different answers is refused;
// a burst of referrals from one address, or from everywhere at once, is asked for
// a challenge (flood.test.ts follows it through); a burst of feedback waits.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { claim, rejection, resetData, submitFeedback, submitReferral } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'sql');

forEachDb('idempotency and rate limits', (db) => {
  beforeEach(() =>
    db().query(
      `update private.settings set referral_ip_limit = 3, feedback_ip_limit = 3, referral_global_limit = 5`,
    ),
  );
  afterEach(async () => {
    await resetData(db());
    await db().query(
      `update private.settings set referral_ip_limit = default, feedback_ip_limit = default, referral_global_limit = default`,
    );
  });

  test('the same key sent 10 times makes one referral with one reference', async () => {
    const payload = fx.parentCarerReferral();
    const refs = new Set<string>();
    for (let i = 0; i < 10; i++) refs.add(await submitReferral(db(), payload));
    expect(refs.size).toBe(1);
    expect(await db().query('select 1 from private.referrals')).toHaveLength(1);
    expect(await claim(db(), 'claim_referrals')).toHaveLength(1);
  });

  test('replays do not count against the rate limit', async () => {
    const payload = fx.youngPersonReferral();
    for (let i = 0; i < 10; i++) await submitReferral(db(), payload);
    const hits = await db().query<{ hits: number }>(
      `select hits from private.rate_limits where bucket like 'referral:ip:%'`,
    );
    expect(hits).toEqual([{ hits: 1 }]);
  });

  test('the same key with different answers → 409, and the first answers stand', async () => {
    const payload = fx.youngPersonReferral();
    const ref = await submitReferral(db(), payload);
    const changed = structuredClone(payload);
    changed.safety.safe_now = 'no';
    expect(await rejection(() => submitReferral(db(), changed))).toMatchObject({
      status: 409,
      code: 'idempotency_conflict',
    });
    expect(await submitReferral(db(), payload)).toBe(ref);
    const [doc] = await claim(db(), 'claim_referrals');
    expect(doc).toMatchObject({ safety: { safe_now: 'yes' } });
  });

  test('feedback is idempotent too', async () => {
    const payload = fx.feedback();
    const first = await submitFeedback(db(), payload);
    expect(await submitFeedback(db(), payload)).toBe(first);
    expect(
      await rejection(() => submitFeedback(db(), { ...payload, language: 'en' })),
    ).toMatchObject({ status: 409 });
  });

  test('N+1 submissions from one address → a challenge, not a refusal; another address is unaffected', async () => {
    for (let i = 0; i < 3; i++)
      await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.1');
    const asked = await rejection(() =>
      submitReferral(db(), fx.youngPersonReferral(), '198.51.100.1'),
    );
    expect(asked).toMatchObject({ status: 428, code: 'challenge_required' });
    expect(asked.details).toMatchObject({
      bits: 16,
      challenge: expect.stringMatching(/^\d+\.16\.[0-9a-f]{32}$/),
    });
    expect(await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.2')).toMatch(
      /^[A-Z0-9]{4}-[A-Z0-9]{4}$/,
    );
    expect(await db().query('select 1 from private.referrals')).toHaveLength(4);
  });

  test('the address is kept only as a salted hash', async () => {
    await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.77');
    const buckets = await db().query<{ bucket: string }>('select bucket from private.rate_limits');
    expect(buckets.map((b) => b.bucket).join()).not.toContain('198.51.100.77');
    expect(buckets.map((b) => b.bucket)).toContainEqual(
      expect.stringMatching(/^referral:ip:[0-9a-f]{64}$/),
    );
  });

  test('past the global ceiling every address is asked for a challenge', async () => {
    for (let i = 0; i < 5; i++)
      await submitReferral(db(), fx.youngPersonReferral(), `192.0.2.${i}`);
    const asked = await rejection(() =>
      submitReferral(db(), fx.youngPersonReferral(), '192.0.2.99'),
    );
    expect(asked).toMatchObject({ status: 428, code: 'challenge_required' });
  });

  test('feedback past its limit is asked for a challenge, as a referral is: no form refuses everyone', async () => {
    for (let i = 0; i < 3; i++) await submitFeedback(db(), fx.feedback(), '198.51.100.9');
    const asked = await rejection(() => submitFeedback(db(), fx.feedback(), '198.51.100.9'));
    expect(asked).toMatchObject({ status: 428, code: 'challenge_required' });
    expect(asked.details).toMatchObject({ bits: 16 });
  });

  test('feedback has its own limit, separate from referrals', async () => {
    for (let i = 0; i < 3; i++)
      await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.5');
    for (let i = 0; i < 3; i++) await submitFeedback(db(), fx.feedback(), '198.51.100.5');
    expect(
      await rejection(() => submitFeedback(db(), fx.feedback(), '198.51.100.5')),
    ).toMatchObject({ status: 428 });
  });
});
