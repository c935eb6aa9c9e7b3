// Milestones back from the case system: what happened after pickup, reported
// against the random statistics_id the referral document carried, as whole minutes
// after the referral arrived, in order, once each, and still after the purge.
import { afterEach, expect, test } from 'vitest';
import { referralDocumentSchema } from '../../intake/document-schema';
import { claim, rejection, resetData, submitReferral, type Row } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('case system', 'sql');

const unknownId = '00000000-0000-4000-8000-000000000000';

forEachDb('milestones', (db) => {
  /** As the case system: the answer and the HTTP status PostgREST would send. */
  const record = async (id: string, milestone: string, minutes: number, reason?: string) => {
    const [row] = await db().as<{ r: Row; status: string | null }>(
      'service_role',
      `select public.record_milestone($1, $2, $3, $4) as r, nullif(current_setting('response.status', true), '') as status`,
      [id, milestone, minutes, reason ?? null],
    );
    return { status: Number(row!.status ?? 200), body: row!.r };
  };
  const refused = (id: string, milestone: string, minutes: number, reason?: string) =>
    rejection(() => record(id, milestone, minutes, reason));
  const stats = (id: string) =>
    db()
      .query<Row>(
        `select pickup_minutes, first_attempt_minutes, contact_minutes, assessed_minutes, take_up, take_up_minutes,
                closed_minutes, closure_reason from private.referral_statistics where id = $1`,
        [id],
      )
      .then((rows) => rows[0]);

  /** Submitted, claimed and acknowledged 30 minutes after it arrived: its document. */
  async function pickedUp(payload: fx.Loose = fx.youngPersonReferral()) {
    const ref = await submitReferral(db(), payload);
    const doc = (await claim(db(), 'claim_referrals')).find((d) => d.reference === ref);
    await db().query(
      `update private.referrals set received_at = now() - interval '30 minutes' where reference = $1`,
      [ref],
    );
    await db().as('service_role', `select public.acknowledge_referral($1, 'CMS-1')`, [ref]);
    // As if it arrived a year ago, so that milestones months later are in the past.
    await db().query(
      `update private.referral_statistics set received_month = private.service_month(now() - interval '1 year') where id = $1`,
      [doc!.statistics_id],
    );
    return { ref, id: doc!.statistics_id as string, doc: doc! };
  }

  afterEach(() => resetData(db()));

  // --- the anonymous actor -------------------------------------------------

  test('anon and authenticated cannot record a milestone', async () => {
    const { id } = await pickedUp();
    for (const role of ['anon', 'authenticated'] as const)
      await expect(
        db().as(role, `select public.record_milestone($1, 'first_attempt', 40)`, [id]),
      ).rejects.toMatchObject({ code: '42501' });
    expect(await stats(id)).toMatchObject({ first_attempt_minutes: null });
  });

  // --- the case system ------------------------------------------------------

  test('the document (version 3) carries the statistics row id, which names nothing else', async () => {
    const payload = fx.professionalReferral();
    const { ref, id, doc } = await pickedUp(payload);
    expect(doc).toMatchObject({ version: 3, reference: ref });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(referralDocumentSchema.safeParse(doc).error).toBeUndefined();
    const [row] = await db().query(
      `select s.id, r.id::text as referral_id from private.referral_statistics s join private.referrals r on r.id = s.referral_id`,
    );
    expect(row).toEqual({ id, referral_id: expect.any(String) });
    expect(id).not.toContain(ref);
  });

  test('records each milestone in order (201), and the same again is a harmless retry (200)', async () => {
    const { id } = await pickedUp();
    const steps: [string, number, string?][] = [
      ['first_attempt', 45],
      ['contacted', 45],
      ['assessed', 2 * 24 * 60],
      ['support_accepted', 3 * 24 * 60],
      ['closed', 90 * 24 * 60, 'support_completed'],
    ];
    for (const [milestone, minutes, reason] of steps) {
      const first = await record(id, milestone, minutes, reason);
      expect(first).toEqual({
        status: 201,
        body: { statistics_id: id, milestone, minutes, ...(reason ? { reason } : {}) },
      });
      expect(await record(id, milestone, minutes, reason)).toEqual({ ...first, status: 200 });
    }
    expect(await stats(id)).toEqual({
      pickup_minutes: 30,
      first_attempt_minutes: 45,
      contact_minutes: 45,
      assessed_minutes: 2880,
      take_up: 'accepted',
      take_up_minutes: 4320,
      closed_minutes: 129600,
      closure_reason: 'support_completed',
    });
  });

  test('each recording is audited by event alone: no statistics id, minutes or reason', async () => {
    const { id } = await pickedUp();
    await record(id, 'first_attempt', 40);
    await record(id, 'first_attempt', 40);
    await record(id, 'closed', 50, 'could_not_contact');
    const audit = await db().query<Row>(
      `select actor, event, kind, item_count, refs from private.audit_log where event like 'milestone%' order by id`,
    );
    expect(audit).toEqual([
      {
        actor: 'service_role',
        event: 'milestone_first_attempt',
        kind: 'referral',
        item_count: 0,
        refs: [],
      },
      {
        actor: 'service_role',
        event: 'milestone_closed',
        kind: 'referral',
        item_count: 0,
        refs: [],
      },
    ]);
    const everything = JSON.stringify(await db().query('select * from private.audit_log'));
    for (const secret of [id, 'could_not_contact', '"50"'])
      expect(everything).not.toContain(secret);
  });

  test('refused: an unknown id (404), a referral not yet picked up (409), bad arguments (400)', async () => {
    expect(await refused(unknownId, 'first_attempt', 40)).toMatchObject({
      status: 404,
      code: 'not_found',
      details: [{ path: 'statistics_id', code: 'not_found' }],
    });
    await submitReferral(db(), fx.youngPersonReferral());
    const [waiting] = await db().query<{ id: string }>(
      `select id from private.referral_statistics`,
    );
    expect(await refused(waiting!.id, 'first_attempt', 40)).toMatchObject({
      status: 409,
      code: 'not_picked_up',
    });
    const { id } = await pickedUp();
    const cases: [string, number, string | undefined, object][] = [
      [
        'first_attempt',
        -1,
        undefined,
        {
          status: 400,
          code: 'before_arrival',
          details: [{ path: 'minutes', code: 'before_arrival' }],
        },
      ],
      [
        'phoned',
        40,
        undefined,
        { status: 400, details: [{ path: 'milestone', code: 'invalid_choice' }] },
      ],
      ['closed', 40, undefined, { status: 400, details: [{ path: 'reason', code: 'required' }] }],
      [
        'closed',
        40,
        'bored',
        { status: 400, details: [{ path: 'reason', code: 'invalid_choice' }] },
      ],
      [
        'first_attempt',
        40,
        'other',
        { status: 400, details: [{ path: 'reason', code: 'not_allowed' }] },
      ],
    ];
    for (const [milestone, minutes, reason, expected] of cases)
      expect(await refused(id, milestone, minutes, reason)).toMatchObject(expected);
    expect(await stats(id)).toMatchObject({ first_attempt_minutes: null, closed_minutes: null });
  });

  test('out of order: before pickup, a contact without an attempt, before an earlier one or after a later one', async () => {
    const { id } = await pickedUp();
    const outOfOrder = (path: string, milestone: string, minutes?: number) => ({
      status: 409,
      code: 'out_of_order',
      details: [
        { path, code: 'out_of_order', milestone, ...(minutes === undefined ? {} : { minutes }) },
      ],
    });
    expect(await refused(id, 'first_attempt', 29)).toMatchObject(
      outOfOrder('minutes', 'pickup', 30),
    );
    expect(await refused(id, 'contacted', 60)).toMatchObject(
      outOfOrder('milestone', 'first_attempt'),
    );
    await record(id, 'first_attempt', 60);
    expect(await refused(id, 'contacted', 59)).toMatchObject(
      outOfOrder('minutes', 'first_attempt', 60),
    );
    // Reported late: support was accepted before the assessment was written down.
    await record(id, 'support_accepted', 500);
    expect(await refused(id, 'assessed', 501)).toMatchObject(
      outOfOrder('minutes', 'support_accepted', 500),
    );
    expect((await record(id, 'assessed', 500)).status).toBe(201);
    expect(await refused(id, 'contacted', 501)).toMatchObject(
      outOfOrder('minutes', 'assessed', 500),
    );
  });

  test('accepted and declined exclude each other; a recorded milestone keeps its value; nothing after closed', async () => {
    const { id } = await pickedUp();
    await record(id, 'first_attempt', 60);
    await record(id, 'support_declined', 70);
    expect(await refused(id, 'support_accepted', 70)).toMatchObject({
      status: 409,
      code: 'conflict',
      details: [{ path: 'milestone', milestone: 'support_declined', minutes: 70 }],
    });
    expect(await refused(id, 'first_attempt', 61)).toMatchObject({
      status: 409,
      code: 'already_recorded',
      details: [{ path: 'minutes', minutes: 60 }],
    });
    await record(id, 'closed', 80, 'declined_support');
    expect(await refused(id, 'closed', 80, 'other')).toMatchObject({
      status: 409,
      code: 'already_recorded',
      details: [{ path: 'reason', reason: 'declined_support' }],
    });
    expect(await refused(id, 'contacted', 65)).toMatchObject({
      status: 409,
      code: 'out_of_order',
      details: [{ path: 'milestone', milestone: 'closed', minutes: 80 }],
    });
    // Retries of what was recorded before the case closed still succeed.
    expect((await record(id, 'support_declined', 70)).status).toBe(200);
    expect(await stats(id)).toMatchObject({ contact_minutes: null, take_up: 'declined' });
  });

  test('still recorded after the referral is purged: the statistics row and its id survive', async () => {
    const { ref, id } = await pickedUp();
    await record(id, 'first_attempt', 40);
    await db().query(`update private.referrals set acknowledged_at = now() - interval '8 days'`);
    expect(
      await db().as<{ n: number }>(
        'service_role',
        'select public.purge_acknowledged_referrals() as n',
      ),
    ).toEqual([{ n: 1 }]);
    expect(await db().query('select 1 from private.referrals where reference = $1', [ref])).toEqual(
      [],
    );
    expect((await record(id, 'contacted', 6000)).status).toBe(201);
    expect((await record(id, 'closed', 60 * 24 * 60, 'referred_elsewhere')).status).toBe(201);
    expect(await stats(id)).toMatchObject({
      first_attempt_minutes: 40,
      contact_minutes: 6000,
      closure_reason: 'referred_elsewhere',
    });
    const [row] = await db().query(
      `select referral_id from private.referral_statistics where id = $1`,
      [id],
    );
    expect(row).toEqual({ referral_id: null });
  });

  test('a held referral is counted at acknowledgement under the id its document carried', async () => {
    await submitReferral(db(), fx.youngPersonReferral());
    // As private.admit leaves one sent during a flood: held, not yet counted.
    await db().query(`update private.referrals set held = true`);
    await db().query(`delete from private.referral_statistics`);
    const [doc] = (
      await db().as<{ r: Row[] }>(
        'service_role',
        `select public.claim_held_referrals(10, 'review') as r`,
      )
    )[0]!.r;
    const id = doc!.statistics_id as string;
    expect(await refused(id, 'first_attempt', 40)).toMatchObject({
      status: 409,
      code: 'not_picked_up',
    });
    await db().as('service_role', `select public.acknowledge_referral($1, 'CMS-9')`, [
      doc!.reference,
    ]);
    expect(await db().query(`select id from private.referral_statistics`)).toEqual([{ id }]);
    expect((await record(id, 'first_attempt', 0)).status).toBe(201);
  });
});
