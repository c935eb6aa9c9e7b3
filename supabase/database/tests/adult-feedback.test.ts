// The grown-ups' survey, by actor. Anyone with the public key can send answers as
// a parent or carer or as a professional, and never read them back; the case
// system, with the service key, claims, acknowledges and purges them; each answer
// leaves one row of statistics that names nobody.
import { afterEach, expect, test } from 'vitest';
import { adultFeedbackSchema, referencePattern, validate } from '../../../src/schemas';
import {
  claim,
  rejection,
  resetData,
  submitAdultFeedback,
  submitFeedback,
  type Row,
} from './support/db';
import * as fx from './support/fixtures';
import limits from '../validation/payload-limits.json';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('adult feedback', 'sql');

const bad: { name: string; payload: () => fx.Loose; errors: { path: string; code: string }[] }[] = [
  {
    name: 'no answers at all',
    payload: () => ({ ...fx.adultFeedback(), answers: {} }),
    errors: [{ path: 'answers', code: 'required' }],
  },
  {
    name: 'a respondent the survey does not know',
    payload: () => ({ ...fx.adultFeedback(), respondent: 'young_person' }),
    errors: [{ path: 'respondent', code: 'invalid_choice' }],
  },
  {
    name: 'ease off the list, satisfaction off the scale',
    payload: () => ({ ...fx.adultFeedback(), answers: { ease: 'fine', satisfaction: 6 } }),
    errors: [
      { path: 'answers.ease', code: 'invalid_choice' },
      { path: 'answers.satisfaction', code: 'out_of_range' },
    ],
  },
  {
    name: 'a comment over the limit and an unknown question',
    payload: () => ({
      ...fx.adultFeedback(),
      answers: { comment: 'x'.repeat(2001), informed: 'better' },
    }),
    errors: [
      { path: 'answers.informed', code: 'unknown_field' },
      { path: 'answers.comment', code: 'too_long' },
    ],
  },
  {
    name: 'a malformed token',
    payload: () => ({ ...fx.adultFeedback(), token: 'not-a-token' }),
    errors: [{ path: 'token', code: 'invalid_format' }],
  },
];

forEachDb('adult feedback', (db) => {
  const service = <T = Row>(sql: string, params?: unknown[]) =>
    db()
      .as<{ r: T }>('service_role', `select ${sql} as r`, params)
      .then((rows) => rows[0]!.r);

  // The statistics are never purged, so each test starts without them.
  afterEach(async () => {
    await resetData(db());
    await db().query('truncate private.adult_feedback_statistics');
  });

  test('a parent or carer and a professional can each send answers and get only a reference', async () => {
    for (const respondent of ['parent_carer', 'professional'] as const) {
      const rows = await db().as<{ r: object }>(
        'anon',
        'select public.submit_adult_feedback($1::jsonb) as r',
        [JSON.stringify(fx.adultFeedback(respondent))],
      );
      expect(Object.keys(rows[0]!.r)).toEqual(['reference']);
    }
    const stored = await db().query(
      'select respondent, ease, knew_next, satisfaction, comment from private.adult_feedback order by id',
    );
    expect(stored).toEqual(
      ['parent_carer', 'professional'].map((respondent) => ({
        respondent,
        ease: 'easy',
        knew_next: 'partly',
        satisfaction: 5,
        comment: 'شکریہ 🙂',
      })),
    );
  });

  test('anonymous can never read the answers or the statistics back', async () => {
    await submitAdultFeedback(db(), fx.adultFeedback());
    for (const table of ['adult_feedback', 'adult_feedback_statistics']) {
      await expect(db().as('anon', `select * from private.${table}`)).rejects.toMatchObject({
        code: '42501',
      });
    }
    for (const call of ['claim_adult_feedback(10, $$x$$)', 'list_overdue_adult_feedback()']) {
      await expect(db().as('anon', `select public.${call}`)).rejects.toMatchObject({
        code: '42501',
      });
    }
  });

  test.each(bad)('$name → 400 naming the field, nothing stored', async ({ payload, errors }) => {
    const body = payload();
    expect(validate(adultFeedbackSchema, body)).toEqual(expect.arrayContaining(errors));
    const error = await rejection(() => submitAdultFeedback(db(), body));
    expect(error).toMatchObject({ status: 400, code: 'invalid_payload' });
    expect(error.details).toEqual(expect.arrayContaining(errors));
    expect(await db().query('select 1 from private.adult_feedback')).toHaveLength(0);
  });

  test('the same key and answers again: the same reference; other answers: 409', async () => {
    const payload = fx.adultFeedback();
    const ref = await submitAdultFeedback(db(), payload);
    expect(await submitAdultFeedback(db(), payload)).toBe(ref);
    const changed = { ...payload, answers: { ...payload.answers, satisfaction: 1 } };
    expect(await rejection(() => submitAdultFeedback(db(), changed))).toMatchObject({
      status: 409,
      code: 'idempotency_conflict',
    });
    expect(await db().query('select 1 from private.adult_feedback')).toHaveLength(1);
  });

  test('past the sender’s limit: a challenge, as for every form', async () => {
    await db().query('update private.settings set feedback_ip_limit = 2');
    try {
      for (let i = 0; i < 2; i++) await submitAdultFeedback(db(), fx.adultFeedback());
      const error = await rejection(() => submitAdultFeedback(db(), fx.adultFeedback()));
      expect(error).toMatchObject({ status: 428, code: 'challenge_required' });
      // Its own bucket: the young people's survey from the same address is not blocked.
      expect(await submitFeedback(db(), fx.feedback())).toMatch(referencePattern);
    } finally {
      await db().query('update private.settings set feedback_ip_limit = default');
    }
  });

  test('a filled honeypot gets a plausible, stable reference and nothing is stored', async () => {
    const payload = { ...fx.adultFeedback(), website: 'https://spam.example' };
    const ref = await submitAdultFeedback(db(), payload);
    expect(ref).toMatch(referencePattern);
    expect(await submitAdultFeedback(db(), payload)).toBe(ref);
    expect(await db().query('select 1 from private.adult_feedback')).toHaveLength(0);
    expect(await db().query('select 1 from private.adult_feedback_statistics')).toHaveLength(0);
  });

  test('a feedback token links the answers to the case once; it is shared with the young people’s survey', async () => {
    const token = (await service<{ token: string }>(`public.issue_feedback_token('CMS-9')`)).token;
    await submitAdultFeedback(db(), { ...fx.adultFeedback(), token });
    await submitAdultFeedback(db(), { ...fx.adultFeedback(), token });
    await submitFeedback(db(), { ...fx.feedback(), token });
    const rows = await db().query('select linked_case_id from private.adult_feedback order by id');
    expect(rows).toEqual([{ linked_case_id: 'CMS-9' }, { linked_case_id: null }]);
    expect(await db().query('select linked_case_id from private.feedback')).toEqual([
      { linked_case_id: null },
    ]);
  });

  test('the case system claims, acknowledges, releases, lists overdue and purges', async () => {
    const sent = fx.adultFeedback('professional');
    const ref = await submitAdultFeedback(db(), sent);
    const [doc] = await claim(db(), 'claim_adult_feedback');
    const { idempotency_key: _key, ...rest } = sent;
    expect(doc).toEqual({ version: 1, reference: ref, received_at: doc!.received_at, ...rest });
    expect(await claim(db(), 'claim_adult_feedback')).toEqual([]);
    await db().query(
      `update private.adult_feedback set claim_expires_at = now() - interval '1 second'`,
    );
    expect(await service('public.release_expired_adult_feedback_claims()')).toBe(1);
    await db().query(`update private.adult_feedback set received_at = now() - interval '2 days'`);
    expect(await service<Row[]>('public.list_overdue_adult_feedback()')).toMatchObject([
      { reference: ref, state: 'unclaimed', hours_waiting: 48 },
    ]);
    await claim(db(), 'claim_adult_feedback');
    await service(`public.acknowledge_adult_feedback($1, 'CMS-7')`, [ref]);
    expect(await service('public.list_overdue_adult_feedback()')).toEqual([]);
    expect(await service('public.purge_acknowledged_adult_feedback()')).toBe(0);
    await db().query(
      `update private.adult_feedback set acknowledged_at = now() - interval '8 days'`,
    );
    expect(await service('public.purge_acknowledged_adult_feedback()')).toBe(1);
    expect(await db().query('select 1 from private.adult_feedback')).toHaveLength(0);
    const log = await db().query<{ event: string }>(
      `select event from private.audit_log where kind = 'adult_feedback' order by id`,
    );
    // The first purge found nothing yet; it is logged all the same.
    expect(log.map((l) => l.event)).toEqual([
      'claim',
      'release',
      'claim',
      'acknowledge',
      'purge',
      'purge',
    ]);
  });

  test('each answer leaves a row of statistics that outlives the purge and names nobody', async () => {
    await submitAdultFeedback(db(), fx.adultFeedback('professional'));
    await claim(db(), 'claim_adult_feedback');
    await db().query(
      `update private.adult_feedback set acknowledged_at = now() - interval '8 days', case_id = 'CMS-1'`,
    );
    await service('public.purge_acknowledged_adult_feedback()');
    const [row] = await db().query<Row>(
      `select received_month = date_trunc('month', now() at time zone 'Europe/London')::date as this_month, respondent, ease, knew_next, satisfaction
       from private.adult_feedback_statistics`,
    );
    expect(row).toEqual({
      this_month: true,
      respondent: 'professional',
      ease: 'easy',
      knew_next: 'partly',
      satisfaction: 5,
    });
    const columns = await db().query<{ name: string }>(
      `select column_name as name from information_schema.columns
       where table_schema = 'private' and table_name = 'adult_feedback_statistics' order by ordinal_position`,
    );
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'received_month',
      'respondent',
      'ease',
      'knew_next',
      'satisfaction',
    ]);
  });

  test('bigger, deeper or fuller than any valid payload → refused before any field is read', async () => {
    const big = { ...fx.adultFeedback(), website: 'x'.repeat(limits.adult_feedback.bytes) };
    expect(await rejection(() => submitAdultFeedback(db(), big))).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      details: { max_bytes: limits.adult_feedback.bytes },
    });
    const deeper = { ...fx.adultFeedback(), website: JSON.parse('['.repeat(10) + ']'.repeat(10)) };
    const fuller = { ...fx.adultFeedback(), extra: Array.from({ length: 100 }, () => 1) };
    for (const payload of [deeper, fuller])
      expect(await rejection(() => submitAdultFeedback(db(), payload))).toMatchObject({
        status: 400,
        code: 'payload_too_complex',
      });
  });
});
