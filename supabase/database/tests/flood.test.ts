// A flood, from the anonymous actor's side and the case system's: past a limit a
// referral is asked for a challenge, not refused; solved, it is kept but held out
// of the case workers' queue; refused junk uses up its sender's allowance; an IPv6
// sender is one /64. The end-to-end flood over HTTP is in tests/flood.test.ts.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { solve } from '../../../src/lib/submit/proof-of-work';
import { claim, rejection, resetData, submitReferral, type TestDb } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'sql');

/** Send, and when asked, solve the challenge and send again, as the form does. */
async function submitSolving(db: TestDb, payload: fx.Loose, ip: string) {
  try {
    return await submitReferral(db, payload, ip);
  } catch (error) {
    const asked = await rejection(() => Promise.reject(error));
    if (asked.code !== 'challenge_required') throw error;
    const { challenge, bits } = asked.details as { challenge: string; bits: number };
    return submitReferral(db, { ...payload, proof: await solve(challenge, bits) }, ip);
  }
}

const solves = (challenge: string, nonce: string, bits: number) =>
  createHash('sha256').update(`${challenge}:${nonce}`).digest().readUInt32BE(0) >>> (32 - bits) ===
  0;

const heldFlags = (db: TestDb) =>
  db
    .query<{ held: boolean }>('select held from private.referrals order by id')
    .then((rows) => rows.map((r) => r.held));

forEachDb('flood', (db) => {
  beforeEach(() =>
    db().query(
      `update private.settings set referral_ip_limit = 2, referral_global_limit = 4, held_ip_limit = 2, held_limit = 3, challenge_bits = 8`,
    ),
  );
  afterEach(async () => {
    await resetData(db());
    await db().query(
      `update private.settings set referral_ip_limit = 60, referral_global_limit = 300, held_ip_limit = 30, held_limit = 2000, challenge_bits = 16`,
    );
  });

  test('past the limit, a solved challenge is accepted and held; held ones are capped too', async () => {
    for (let i = 0; i < 2; i++)
      await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.1');
    const held = await submitSolving(db(), fx.youngPersonReferral(), '198.51.100.1');
    expect(held).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await submitSolving(db(), fx.youngPersonReferral(), '198.51.100.1');
    expect(await heldFlags(db())).toEqual([false, false, true, true]);
    const capped = await rejection(() =>
      submitSolving(db(), fx.youngPersonReferral(), '198.51.100.1'),
    );
    expect(capped).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(capped.headers['Retry-After'])).toBeGreaterThan(0);
  });

  test('a sent-again held referral is stored once, and keeps its reference', async () => {
    for (let i = 0; i < 2; i++)
      await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.2');
    const payload = fx.youngPersonReferral();
    const first = await submitSolving(db(), payload, '198.51.100.2');
    // The phone lost the answer and sends the same thing again, challenge and all.
    expect(await submitSolving(db(), payload, '198.51.100.2')).toBe(first);
    expect(await db().query('select 1 from private.referrals where held')).toHaveLength(1);
  });

  test('a proof is refused for another submission, with a wrong nonce, or forged', async () => {
    for (let i = 0; i < 2; i++)
      await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.3');
    const first = fx.youngPersonReferral();
    const asked = await rejection(() => submitReferral(db(), first, '198.51.100.3'));
    const { challenge, bits } = asked.details as { challenge: string; bits: number };
    const proof = await solve(challenge, bits);
    let wrong = Number(proof.nonce) + 1;
    while (solves(challenge, String(wrong), bits)) wrong++;
    const forged = challenge.replace(/\.(.)/, (_, c: string) => `.${c === '0' ? '1' : '0'}`);
    const attempts = [
      { ...fx.youngPersonReferral(), proof },
      { ...first, proof: { challenge, nonce: String(wrong) } },
      { ...first, proof: { challenge: forged, nonce: proof.nonce } },
    ];
    for (const payload of attempts)
      expect(await rejection(() => submitReferral(db(), payload, '198.51.100.3'))).toMatchObject({
        status: 428,
      });
    expect(await heldFlags(db())).toEqual([false, false]);
  });

  test('held referrals stay out of the queue, are claimed apart and can be discarded', async () => {
    for (let i = 0; i < 2; i++)
      await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.4');
    const held = await submitSolving(db(), fx.youngPersonReferral(), '198.51.100.4');
    const queue = await claim(db(), 'claim_referrals', 10);
    expect(queue.map((d) => d.reference)).not.toContain(held);
    expect(queue).toHaveLength(2);
    const apart = await db().as<{ r: fx.Loose[] }>(
      'service_role',
      `select public.claim_held_referrals(10, 'review') as r`,
    );
    expect(apart[0]!.r.map((d) => d.reference)).toEqual([held]);
    await db().as('service_role', `select public.discard_held_referral($1, 'review')`, [held]);
    expect(
      await db().query('select 1 from private.referrals where reference = $1', [held]),
    ).toEqual([]);
    // The two in the queue are counted; the discarded one never was.
    expect(await db().query('select 1 from private.referral_statistics')).toHaveLength(2);
    expect(
      await db().query(`select event, kind, refs from private.audit_log where event = 'discard'`),
    ).toEqual([{ event: 'discard', kind: 'held_referral', refs: [held] }]);
  });

  test('only a claimed held referral may be discarded, by its claimant or a person', async () => {
    const routine = await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.5');
    await claim(db(), 'claim_referrals', 10);
    const refused = await rejection(() =>
      db().as('service_role', `select public.discard_held_referral($1, 'case-system')`, [routine]),
    );
    expect(refused).toMatchObject({ status: 409, code: 'not_claimed' });
    // Held but not yet claimed by anyone: nobody has looked at it, so nobody may discard it.
    await submitReferral(db(), fx.youngPersonReferral(), '198.51.100.5');
    const held = await submitSolving(db(), fx.youngPersonReferral(), '198.51.100.5');
    expect(await db().query('select reference from private.referrals where held')).toEqual([
      { reference: held },
    ]);
    const discard = (claimant: string | null) =>
      rejection(() =>
        db().as('service_role', 'select public.discard_held_referral($1, $2)', [held, claimant]),
      );
    expect(await discard(null)).toMatchObject({ status: 409, code: 'not_claimed' });
    await db().as('service_role', `select public.claim_held_referrals(10, 'review')`);
    expect(await discard('someone-else')).toMatchObject({ status: 409, code: 'not_claimed' });
    await db().as('service_role', 'select public.discard_held_referral($1)', [held]);
    expect(await db().query('select 1 from private.referrals where held')).toEqual([]);
  });

  test('refused junk uses up its sender’s allowance', async () => {
    for (let i = 0; i < 2; i++)
      expect(
        await rejection(() => submitReferral(db(), { source: 'young_person' }, '198.51.100.6')),
      ).toMatchObject({ status: 400, code: 'invalid_payload' });
    const asked = await rejection(() =>
      submitReferral(db(), fx.youngPersonReferral(), '198.51.100.6'),
    );
    expect(asked).toMatchObject({ status: 428 });
  });

  test('an IPv6 sender is counted by its /64', async () => {
    await submitReferral(db(), fx.youngPersonReferral(), '2001:db8:1:1::1');
    await submitReferral(db(), fx.youngPersonReferral(), '2001:db8:1:1:ffff::2');
    expect(
      await rejection(() => submitReferral(db(), fx.youngPersonReferral(), '2001:db8:1:1::3')),
    ).toMatchObject({ status: 428 });
    expect(await submitReferral(db(), fx.youngPersonReferral(), '2001:db8:1:2::1')).toMatch(/-/);
  });
});
