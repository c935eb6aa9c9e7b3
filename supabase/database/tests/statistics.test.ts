// The statistics the quarterly report is counted from: written as submissions
// arrive, given the pickup time at acknowledgement, kept (unlinked) when the
// referral is purged, holding nothing that identifies anyone (the month it arrived,
// never the day), and readable only as counts for whole months by the case system.
import { afterEach, expect, test } from 'vitest';
import { contract, questionsOf } from '../validation/migration';
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

/**
 * Beside `row`, each declared question counted for the report that it does not
 * name (src/schemas/storage.ts: closed lists and flags only), with its answer.
 */
function withDeclared(row: Row, payload: Row): Row {
  const answer = (path: string) =>
    path.split('.').reduce<unknown>((v, key) => (v as Row | undefined)?.[key], payload) ?? null;
  const counted = questionsOf(contract).flatMap(({ path, counted: c }) =>
    c && !(c.column in row) ? [[c.column, answer(path)]] : [],
  );
  return { ...row, ...Object.fromEntries(counted) };
}

tallyAssertions('case system', 'sql');

forEachDb('report statistics', (db) => {
  const service = <T = Row>(sql: string, params?: unknown[]) =>
    db()
      .as<{ r: T }>('service_role', `select ${sql} as r`, params)
      .then((rows) => rows[0]!.r);
  /** This UK month's first and last day. */
  const thisMonth = () =>
    db()
      .query<{ first: string; last: string }>(
        `select to_char(m, 'YYYY-MM-DD') as first, to_char(m + interval '1 month - 1 day', 'YYYY-MM-DD') as last
       from (select private.service_month(now()) as m) x`,
      )
      .then((r) => r[0]!);

  afterEach(async () => {
    await resetData(db());
    await db().query('truncate private.feedback_statistics');
  });

  test('a referral leaves one row of closed-list answers, with no link to anything once purged', async () => {
    const payload = fx.professionalReferral();
    const ref = await submitReferral(db(), payload);
    const [row] = await db().query(
      `select *, to_char(received_month, 'YYYY-MM-DD') as received_month from private.referral_statistics`,
    );
    const [referral] = await db().query(`select statistics_id from private.referrals`);
    expect(row).toEqual(
      withDeclared(
        {
          // The random id the referral document carries (version 3), for milestones.
          id: referral!.statistics_id,
          referral_id: expect.anything(),
          received_month: (await thisMonth()).first,
          source: 'professional',
          age_band: '16-17',
          county: 'oxfordshire',
          categories: ['online_abuse_harassment', 'hate_crime'],
          reported_to_police: 'not_sure',
          contact_via: 'direct',
          channels: ['text_message', 'email'],
          urgent: false,
          involvement: 'victim',
          support_wanted: ['talk_to_someone', 'online_safety'],
          contact_language: 'en',
          interpreter: false,
          organisation_type: 'school',
          pickup_minutes: null,
          first_attempt_minutes: null,
          contact_minutes: null,
          assessed_minutes: null,
          take_up: null,
          take_up_minutes: null,
          closed_minutes: null,
          closure_reason: null,
        },
        payload,
      ),
    );
    await claim(db(), 'claim_referrals');
    await db().query(
      `update private.referrals set received_at = now() - interval '150 minutes 30 seconds'`,
    );
    await service(`public.acknowledge_referral($1, 'CMS-1')`, [ref]);
    await db().query(`update private.referrals set acknowledged_at = now() - interval '8 days'`);
    expect(await service('public.purge_acknowledged_referrals()')).toBe(1);
    const kept = await db().query(
      `select referral_id, pickup_minutes, source from private.referral_statistics`,
    );
    expect(kept).toEqual([{ referral_id: null, pickup_minutes: 150, source: 'professional' }]);
  });

  test('nothing personal is copied: no name, contact detail, free text or reference', async () => {
    const payload = fx.parentCarerReferral();
    const ref = await submitReferral(db(), payload);
    await submitFeedback(db(), fx.feedback());
    const text =
      JSON.stringify(await db().query(`select * from private.referral_statistics`)) +
      JSON.stringify(await db().query(`select * from private.feedback_statistics`));
    for (const personal of [
      ref,
      payload.young_person.first_name,
      payload.referrer.name,
      payload.referrer.phone!,
      payload.contact.email!,
      payload.young_person.area,
      payload.what_happened.details!,
      fx.feedback().answers.comment!,
    ]) {
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

  test('months are UK months: half past midnight on 1 July (BST) is July; 23:59 GMT on 31 December is December', async () => {
    const rows = await db().query<{ d: string }>(
      `select to_char(private.service_month(t::timestamptz), 'YYYY-MM-DD') as d
       from unnest(array['2026-06-30T23:30:00Z', '2026-07-31T22:59:59Z', '2026-07-31T23:00:00Z', '2026-12-31T23:59:00Z']) with ordinality u(t, n) order by n`,
    );
    expect(rows.map((r) => r.d)).toEqual(['2026-07-01', '2026-07-01', '2026-08-01', '2026-12-01']);
  });

  test('a row keeps the month it arrived in and no finer date: no day, no time', async () => {
    await submitReferral(db(), fx.youngPersonReferral());
    await submitFeedback(db(), fx.feedback());
    const columns = await db().query<{
      table_name: string;
      column_name: string;
      data_type: string;
    }>(
      `select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'private' and table_name in ('referral_statistics', 'feedback_statistics')
         and (data_type in ('date', 'timestamp with time zone', 'timestamp without time zone', 'time without time zone', 'interval')
              or column_name ~ '(^|_)(day|date|time|at|on)$')
       order by 1, 2`,
    );
    expect(columns).toEqual([
      { table_name: 'feedback_statistics', column_name: 'received_month', data_type: 'date' },
      { table_name: 'referral_statistics', column_name: 'received_month', data_type: 'date' },
    ]);
    const days = await db().query<{ d: number }>(
      `select extract(day from received_month)::int as d from private.referral_statistics
       union all select extract(day from received_month)::int from private.feedback_statistics`,
    );
    expect(days).toEqual([{ d: 1 }, { d: 1 }]);
    await expect(
      db().query(`update private.feedback_statistics set received_month = '2026-07-15'`),
    ).rejects.toMatchObject({ code: '23514' });
  });

  test('the service role reads counts for whole months, zeros left out', async () => {
    await submitReferral(db(), fx.youngPersonReferral());
    await submitReferral(db(), fx.professionalReferral());
    await submitFeedback(db(), fx.feedback());
    await submitFeedback(db(), {
      ...fx.feedback(),
      answers: { informed: 'same', satisfaction: 5 },
    });
    const month = await thisMonth();
    const stats = await service<Row>(`public.report_statistics($1, $2)`, [month.first, month.last]);
    expect(stats).toMatchObject({
      first_day: month.first,
      last_day: month.last,
      referrals: {
        total: 2,
        month: { [month.first.slice(0, 7)]: 2 },
        source: { young_person: 1, professional: 1 },
        county: { berkshire: 1, oxfordshire: 1 },
        category: { online_abuse_harassment: 2, hate_crime: 2 },
        channel: { text_message: 2, email: 2 },
        pickup: { count: 0, median_minutes: null },
      },
      feedback: {
        total: 2,
        informed: { better: 1, same: 1 },
        safe: { same: 1 },
        satisfaction: { 4: 1, 5: 1 },
      },
    });
    const empty = await service<Row>(`public.report_statistics('2020-01-01', '2020-03-31')`);
    expect(empty).toMatchObject({ referrals: { total: 0, source: {} }, feedback: { total: 0 } });
  });

  test('a quarter is three whole months; the months either side are not counted', async () => {
    for (const month of ['2026-06-01', '2026-07-01', '2026-09-01', '2026-10-01']) {
      await submitFeedback(db(), fx.feedback());
      await db().query(
        `update private.feedback_statistics set received_month = $1 where received_month = private.service_month(now())`,
        [month],
      );
    }
    const stats = await service<Row>(`public.report_statistics('2026-07-01', '2026-09-30')`);
    expect(stats).toMatchObject({ feedback: { total: 2, month: { '2026-07': 1, '2026-09': 1 } } });
    const year = await service<Row>(`public.report_statistics('2026-01-01', '2026-12-31')`);
    expect(year).toMatchObject({ feedback: { total: 4 } });
  });

  test.each([
    ['2026-09-01', '2026-07-31', 'last_day', 'out_of_range'],
    ['2024-01-01', '2025-12-31', 'last_day', 'out_of_range'],
    ['2026-01-01', '2027-01-31', 'last_day', 'out_of_range'],
    ['2026-07-02', '2026-09-30', 'first_day', 'invalid'],
    ['2026-07-01', '2026-09-29', 'last_day', 'invalid'],
    ['2026-07-15', '2026-07-15', 'first_day', 'invalid'],
    [null, '2026-09-30', 'first_day', 'required'],
    ['2026-07-01', null, 'last_day', 'required'],
  ])('refuses %s..%s: only whole months, at most twelve (%s %s)', async (from, to, path, code) => {
    expect(
      await rejection(() => service(`public.report_statistics($1, $2)`, [from, to])),
    ).toMatchObject({
      status: 400,
      code: 'invalid_argument',
      details: [{ path, code }],
    });
  });
});
