// The statistics the quarterly report is counted from: written as submissions
// arrive, given the pickup time at acknowledgement, kept (unlinked) when the
// referral is purged, holding nothing that identifies anyone, and readable only as
// counts by the case system.
import { afterEach, expect, test } from 'vitest';
import { claim, rejection, resetData, submitFeedback, submitReferral, type Row } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('case system', 'sql');

forEachDb('report statistics', (db) => {
  const service = <T = Row>(sql: string, params?: unknown[]) =>
    db().as<{ r: T }>('service_role', `select ${sql} as r`, params).then((rows) => rows[0]!.r);
  const today = () => db().query<{ d: string }>(`select to_char(private.service_day(now()), 'YYYY-MM-DD') as d`).then((r) => r[0]!.d);

  afterEach(async () => {
    await resetData(db());
    await db().query('truncate private.feedback_statistics');
  });

  test('a referral leaves one row of closed-list answers, with no link to anything once purged', async () => {
    const payload = fx.professionalReferral();
    const ref = await submitReferral(db(), payload);
    const [row] = await db().query(`select * from private.referral_statistics`);
    expect(row).toEqual({
      id: expect.any(String),
      referral_id: expect.anything(),
      received_on: expect.anything(),
      source: 'professional',
      age_band: '16-17',
      county: 'oxfordshire',
      categories: ['online_abuse_harassment', 'hate_crime'],
      reported_to_police: 'not_sure',
      contact_via: 'direct',
      channels: ['text_message', 'email'],
      pickup_minutes: null,
    });
    await claim(db(), 'claim_referrals');
    await db().query(`update private.referrals set received_at = now() - interval '150 minutes 30 seconds'`);
    await service(`public.acknowledge_referral($1, 'CMS-1')`, [ref]);
    await db().query(`update private.referrals set acknowledged_at = now() - interval '8 days'`);
    expect(await service('public.purge_acknowledged_referrals()')).toBe(1);
    const kept = await db().query(`select referral_id, pickup_minutes, source from private.referral_statistics`);
    expect(kept).toEqual([{ referral_id: null, pickup_minutes: 150, source: 'professional' }]);
  });

  test('nothing personal is copied: no name, contact detail, free text or reference', async () => {
    const payload = fx.parentCarerReferral();
    const ref = await submitReferral(db(), payload);
    await submitFeedback(db(), fx.feedback());
    const text = JSON.stringify(await db().query(`select * from private.referral_statistics`)) +
      JSON.stringify(await db().query(`select * from private.feedback_statistics`));
    for (const personal of [ref, payload.young_person.first_name, payload.referrer.name, payload.referrer.phone!, payload.contact.email!,
      payload.young_person.area, payload.what_happened.details!, fx.feedback().answers.comment!]) {
      expect(text).not.toContain(personal);
    }
  });

  test('a refused, replayed or honeypot submission adds no row', async () => {
    const payload = fx.youngPersonReferral();
    await submitReferral(db(), payload);
    await submitReferral(db(), payload);
    await submitReferral(db(), { ...fx.youngPersonReferral(), website: 'x' });
    await rejection(() => submitReferral(db(), { ...fx.youngPersonReferral(), age_band: '5-10' }));
    expect(await db().query(`select 1 from private.referral_statistics`)).toHaveLength(1);
  });

  test('days are UK days: half past midnight on 1 July (BST) is July', async () => {
    const [row] = await db().query<{ d: string }>(`select to_char(private.service_day('2026-06-30T23:30:00Z'), 'YYYY-MM-DD') as d`);
    expect(row!.d).toBe('2026-07-01');
  });

  test('the service role reads counts for a range of days, zeros left out', async () => {
    await submitReferral(db(), fx.youngPersonReferral());
    await submitReferral(db(), fx.professionalReferral());
    await submitFeedback(db(), fx.feedback());
    await submitFeedback(db(), { ...fx.feedback(), answers: { informed: 'same', satisfaction: 5 } });
    const day = await today();
    const stats = await service<Row>(`public.report_statistics($1, $1)`, [day]);
    expect(stats).toMatchObject({
      referrals: {
        total: 2,
        month: { [day.slice(0, 7)]: 2 },
        source: { young_person: 1, professional: 1 },
        county: { berkshire: 1, oxfordshire: 1 },
        category: { online_abuse_harassment: 2, hate_crime: 2 },
        channel: { text_message: 2, email: 2 },
        pickup: { count: 0, median_minutes: null },
      },
      feedback: { total: 2, informed: { better: 1, same: 1 }, safe: { same: 1 }, satisfaction: { 4: 1, 5: 1 } },
    });
    const empty = await service<Row>(`public.report_statistics('2020-01-01', '2020-03-31')`);
    expect(empty).toMatchObject({ referrals: { total: 0, source: {} }, feedback: { total: 0 } });
  });

  test('refuses a range that ends before it starts or spans more than a year', async () => {
    for (const [from, to] of [['2026-09-30', '2026-07-01'], ['2024-01-01', '2026-01-01']]) {
      expect(await rejection(() => service(`public.report_statistics($1, $2)`, [from, to]))).toMatchObject({
        status: 400, code: 'invalid_argument',
      });
    }
  });
});
