// The case system, holding the service key: claims referrals and feedback in
// batches, acknowledges them with its own ids, releases claims that timed out,
// purges what was acknowledged long enough ago, and chases what is overdue.
import { afterEach, expect, test } from 'vitest';
import {
  claim,
  rejection,
  resetData,
  submitFeedback,
  submitReferral,
  type Row,
} from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('case system', 'sql');

forEachDb('case system', (db) => {
  const service = <T = Row>(sql: string, params?: unknown[]) =>
    db()
      .as<{ r: T }>('service_role', `select ${sql} as r`, params)
      .then((rows) => rows[0]!.r);

  afterEach(() => resetData(db()));

  test('claims a batch oldest first, each referral once, as the full versioned document', async () => {
    const sent = [fx.youngPersonReferral(), fx.parentCarerReferral(), fx.professionalReferral()];
    const refs = [];
    for (const payload of sent) refs.push(await submitReferral(db(), payload));
    const first = await claim(db(), 'claim_referrals', 2);
    const second = await claim(db(), 'claim_referrals', 2);
    expect(first.map((d) => d.reference)).toEqual(refs.slice(0, 2));
    expect(second.map((d) => d.reference)).toEqual(refs.slice(2));
    expect(await claim(db(), 'claim_referrals', 2)).toEqual([]);
    const doc = second[0]!;
    expect(doc).toMatchObject({
      version: 3,
      priority: 'routine',
      urgent_reasons: [],
      source: 'professional',
      county: 'oxfordshire',
      age_band: '16-17',
    });
    const { idempotency_key: _key, ...answers } = sent[2]!;
    expect(doc).toMatchObject(answers);
    expect(doc.received_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  test('acknowledges with its own case id; a retry with the same id is harmless, another id is refused', async () => {
    const ref = await submitReferral(db(), fx.youngPersonReferral());
    const early = await rejection(() => service(`public.acknowledge_referral($1, 'CMS-1')`, [ref]));
    expect(early).toMatchObject({ status: 409, code: 'not_claimed' });
    await claim(db(), 'claim_referrals');
    const ack = await service<{ reference: string; acknowledged_at: string }>(
      `public.acknowledge_referral($1, 'CMS-1')`,
      [ref],
    );
    expect(ack.reference).toBe(ref);
    expect(await service(`public.acknowledge_referral($1, 'CMS-1')`, [ref])).toEqual(ack);
    expect(
      await rejection(() => service(`public.acknowledge_referral($1, 'CMS-2')`, [ref])),
    ).toMatchObject({ status: 409, code: 'already_acknowledged' });
    expect(
      await rejection(() => service(`public.acknowledge_referral('ZZZZ-ZZZZ', 'CMS-3')`)),
    ).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      await rejection(() => service(`public.acknowledge_referral($1, ' ')`, [ref])),
    ).toMatchObject({
      status: 400,
      code: 'invalid_argument',
      details: [{ path: 'case_id', code: 'required' }],
    });
    const stored = await db().query(
      `select case_id, acknowledged_at is not null as acked from private.referrals`,
    );
    expect(stored).toEqual([{ case_id: 'CMS-1', acked: true }]);
  });

  // Run A claims, is slow, its claim expires and is released; run B claims the same
  // referral. A's late acknowledgement must not take it from B.
  test.each([
    [
      'referral',
      'claim_referrals',
      'acknowledge_referral',
      'release_expired_referral_claims',
      'referrals',
    ],
    [
      'feedback',
      'claim_feedback',
      'acknowledge_feedback',
      'release_expired_feedback_claims',
      'feedback',
    ],
  ] as const)(
    '%s: a run acknowledges only while it holds the claim itself',
    async (kind, claimFn, ackFn, releaseFn, table) => {
      const ref =
        kind === 'referral'
          ? await submitReferral(db(), fx.youngPersonReferral())
          : await submitFeedback(db(), fx.feedback());
      const claimAs = (claimant: string) => service<Row[]>(`public.${claimFn}(10, $1)`, [claimant]);
      const ackAs = (claimant: string | null, caseId: string) =>
        service<Row>(`public.${ackFn}($1, $2, $3)`, [ref, caseId, claimant]);
      const row = () =>
        db()
          .query<Row>(
            `select claimed_by, case_id, acknowledged_at is not null as acked from private.${table}`,
          )
          .then((r) => r[0]);

      expect((await claimAs('run-a')).map((d) => d.reference)).toEqual([ref]);
      await db().query(
        `update private.${table} set claim_expires_at = now() - interval '1 second'`,
      );
      // Expired but not yet released: still refused to A, the claim is no longer good.
      expect(await rejection(() => ackAs('run-a', 'A-1'))).toMatchObject({
        status: 409,
        code: 'not_claimed',
      });
      expect(await service(`public.${releaseFn}()`)).toBe(1);
      expect(await rejection(() => ackAs('run-a', 'A-1'))).toMatchObject({
        status: 409,
        code: 'not_claimed',
      });
      expect((await claimAs('run-b')).map((d) => d.reference)).toEqual([ref]);

      expect(await rejection(() => ackAs('run-a', 'A-1'))).toMatchObject({
        status: 409,
        code: 'not_claimed',
      });
      expect(await row()).toEqual({ claimed_by: 'run-b', case_id: null, acked: false });

      const ack = await ackAs('run-b', 'B-1');
      expect(ack).toMatchObject({ reference: ref });
      expect(await row()).toEqual({ claimed_by: 'run-b', case_id: 'B-1', acked: true });
      // B retrying is harmless; A arriving after B is still not A's to acknowledge, even with B's case id.
      expect(await ackAs('run-b', 'B-1')).toEqual(ack);
      expect(await rejection(() => ackAs('run-a', 'B-1'))).toMatchObject({
        status: 409,
        code: 'not_claimed',
      });
      expect(await row()).toEqual({ claimed_by: 'run-b', case_id: 'B-1', acked: true });
      const events = await db().query<{ event: string }>(
        `select event from private.audit_log order by id`,
      );
      expect(events.map((e) => e.event)).toEqual(['claim', 'release', 'claim', 'acknowledge']);
    },
  );

  test('without a claimant (a person acknowledging by hand) any claimed row may be acknowledged, as before', async () => {
    const ref = await submitReferral(db(), fx.youngPersonReferral());
    expect(
      await rejection(() => service(`public.acknowledge_referral($1, 'CMS-1', null)`, [ref])),
    ).toMatchObject({ status: 409, code: 'not_claimed' });
    await service(`public.claim_referrals(10, 'run-a')`);
    await db().query(`update private.referrals set claim_expires_at = now() - interval '1 second'`);
    expect(
      await service(`public.acknowledge_referral(reference => $1, case_id => 'CMS-1')`, [ref]),
    ).toMatchObject({ reference: ref });
  });

  test('a claimant that is blank or too long is refused like a bad case id', async () => {
    const ref = await submitReferral(db(), fx.youngPersonReferral());
    await service(`public.claim_referrals(10, 'run-a')`);
    for (const [claimant, code] of [
      [' ', 'required'],
      ['x'.repeat(101), 'too_long'],
    ]) {
      expect(
        await rejection(() =>
          service(`public.acknowledge_referral($1, 'CMS-1', $2)`, [ref, claimant]),
        ),
      ).toMatchObject({
        status: 400,
        code: 'invalid_argument',
        details: [{ path: 'claimant', code }],
      });
    }
  });

  test('refuses a batch size outside 1..100', async () => {
    for (const size of [0, 101]) {
      expect(await rejection(() => claim(db(), 'claim_referrals', size))).toMatchObject({
        status: 400,
        details: [{ path: 'max_count', code: 'out_of_range' }],
      });
    }
  });

  test('releases claims that timed out, and only those, so they can be claimed again', async () => {
    const [a, b] = [
      await submitReferral(db(), fx.youngPersonReferral()),
      await submitReferral(db(), fx.parentCarerReferral()),
    ];
    await claim(db(), 'claim_referrals');
    await db().query(
      `update private.referrals set claim_expires_at = now() - interval '1 second' where reference = $1`,
      [a],
    );
    expect(await service('public.release_expired_referral_claims()')).toBe(1);
    expect(await service('public.release_expired_referral_claims()')).toBe(0);
    expect((await claim(db(), 'claim_referrals')).map((d) => d.reference)).toEqual([a]);
    expect(b).not.toBe(a);
  });

  test('purges acknowledged referrals after the retention period, with everything about them', async () => {
    const [a, b] = [
      await submitReferral(db(), fx.professionalReferral()),
      await submitReferral(db(), fx.youngPersonReferral()),
    ];
    await claim(db(), 'claim_referrals');
    await service(`public.acknowledge_referral($1, 'CMS-A')`, [a]);
    await service(`public.acknowledge_referral($1, 'CMS-B')`, [b]);
    expect(await service('public.purge_acknowledged_referrals()')).toBe(0);
    await db().query(
      `update private.referrals set acknowledged_at = now() - interval '8 days' where reference = $1`,
      [a],
    );
    expect(await service('public.purge_acknowledged_referrals()')).toBe(1);
    const left = await db().query<{ n: number }>(
      `select (select count(*) from private.referrals)::int + (select count(*) from private.referral_people)::int
            + (select count(*) from private.contact_preferences)::int + (select count(*) from private.consents)::int as n`,
    );
    // b remains: one referral, its young person, its contact preferences, one consent.
    expect(left[0]!.n).toBe(4);
  });

  test('lists overdue referrals with references, states and waiting time only', async () => {
    const [a, b, c] = [
      await submitReferral(db(), fx.youngPersonReferral()),
      await submitReferral(db(), fx.parentCarerReferral()),
      await submitReferral(db(), fx.professionalReferral()),
    ];
    await claim(db(), 'claim_referrals', 1);
    await db().query(
      `update private.referrals set received_at = now() - interval '30 hours' where reference in ($1, $2)`,
      [a, b],
    );
    const overdue = await service<Row[]>('public.list_overdue_referrals()');
    expect(overdue).toEqual([
      {
        reference: a,
        received_at: expect.any(String),
        priority: 'routine',
        state: 'claimed',
        hours_waiting: 30,
      },
      {
        reference: b,
        received_at: expect.any(String),
        priority: 'routine',
        state: 'unclaimed',
        hours_waiting: 30,
      },
    ]);
    expect(overdue.map((o) => o.reference)).not.toContain(c);
  });

  test('feedback flows the same way: claim, acknowledge, release, purge, overdue', async () => {
    const sent = fx.feedback();
    const ref = await submitFeedback(db(), sent);
    const [doc] = await claim(db(), 'claim_feedback');
    expect(doc).toEqual({
      version: 1,
      reference: ref,
      received_at: expect.any(String),
      age_band: sent.age_band,
      language: sent.language,
      answers: sent.answers,
    });
    await db().query(`update private.feedback set claim_expires_at = now() - interval '1 second'`);
    expect(await service('public.release_expired_feedback_claims()')).toBe(1);
    await claim(db(), 'claim_feedback');
    expect(await service(`public.acknowledge_feedback($1, 'FB-9')`, [ref])).toMatchObject({
      reference: ref,
    });
    await db().query(
      `update private.feedback set received_at = now() - interval '2 days', acknowledged_at = now() - interval '8 days'`,
    );
    expect(await service('public.list_overdue_feedback()')).toEqual([]);
    expect(await service('public.purge_acknowledged_feedback()')).toBe(1);
  });

  test('a feedback token is single use, stored only as a hash, and links the answers to the case', async () => {
    const issued = await service<{ token: string; expires_at: string }>(
      `public.issue_feedback_token('CMS-42')`,
    );
    expect(issued.token).toMatch(/^[2-9A-HJKMNP-TV-Z]{24}$/);
    const stored = await db().query<{ hex: string }>(
      `select encode(token_hash, 'hex') as hex from private.feedback_tokens`,
    );
    expect(stored[0]!.hex).toHaveLength(64);
    expect(JSON.stringify(stored)).not.toContain(issued.token);
    await submitFeedback(db(), { ...fx.feedback(), token: issued.token });
    const [doc] = await claim(db(), 'claim_feedback');
    expect(doc).toMatchObject({ linked_case_id: 'CMS-42' });
  });

  test('the audit log records claim, acknowledge, release and purge with no personal data', async () => {
    const payload = fx.professionalReferral();
    const ref = await submitReferral(db(), payload);
    await claim(db(), 'claim_referrals');
    await db().query(`update private.referrals set claim_expires_at = now() - interval '1 second'`);
    await service('public.release_expired_referral_claims()');
    await claim(db(), 'claim_referrals');
    await service(`public.acknowledge_referral($1, 'CMS-7')`, [ref]);
    await service('public.purge_acknowledged_referrals()');
    const log = await db().query<Row>(
      `select actor, event, kind, item_count, refs from private.audit_log order by id`,
    );
    expect(log.map((l) => l.event)).toEqual(['claim', 'release', 'claim', 'acknowledge', 'purge']);
    expect(log.every((l) => l.actor === 'service_role' && l.kind === 'referral')).toBe(true);
    const text = JSON.stringify(log);
    for (const personal of [
      payload.young_person.first_name,
      payload.referrer.email,
      payload.contact.phone!,
      payload.young_person.area,
    ]) {
      expect(text).not.toContain(personal);
    }
  });
});
