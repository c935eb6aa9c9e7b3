// Equality monitoring, by actor. Whoever holds the public key may send answers and
// learns only that they arrived; nobody reads them back over the API. Each answer
// is kept as its own row of counts; a receipt lets a retry be answered the same.
import { afterEach, expect, test } from 'vitest';
import { monitoringSchema, validate, type FieldError } from '../../../src/schemas';
import { rejection, resetData, submitMonitoring } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'sql');

type Edit = (p: fx.Loose) => void;
const edited = (edit: Edit) => {
  const p: fx.Loose = fx.monitoring();
  edit(p);
  return p;
};

const badPayloads: { name: string; edit: Edit; errors: FieldError[] }[] = [
  {
    name: 'an answer outside its list',
    edit: (p) => (p.answers.religion = 'jedi'),
    errors: [{ path: 'answers.religion', code: 'invalid_choice' }],
  },
  {
    name: 'words typed in place of a choice',
    edit: (p) => (p.answers.gender = 'I would rather describe it myself'),
    errors: [{ path: 'answers.gender', code: 'invalid_choice' }],
  },
  {
    name: 'a question that is not asked',
    edit: (p) => (p.answers.postcode = 'OX4 1AA'),
    errors: [{ path: 'answers.postcode', code: 'unknown_field' }],
  },
  {
    name: 'the referral’s reference sent along',
    edit: (p) => (p.reference = 'ABCD-EFGH'),
    errors: [{ path: 'reference', code: 'unknown_field' }],
  },
  {
    name: 'no consent',
    edit: (p) => delete p.consent,
    errors: [{ path: 'consent', code: 'required' }],
  },
  {
    name: 'consent false',
    edit: (p) => (p.consent = false),
    errors: [{ path: 'consent', code: 'required' }],
  },
  {
    name: 'no answers at all',
    edit: (p) => (p.answers = {}),
    errors: [{ path: 'answers', code: 'required' }],
  },
  {
    name: 'a context other than a referral or a survey',
    edit: (p) => (p.context = 'case'),
    errors: [{ path: 'context', code: 'invalid_choice' }],
  },
  {
    name: 'a key that is not a uuid',
    edit: (p) => (p.idempotency_key = 'ABCD-EFGH'),
    errors: [{ path: 'idempotency_key', code: 'invalid_format' }],
  },
];

const statistics = (db: Parameters<typeof resetData>[0]) =>
  db.query<{
    question: string;
    answer: string;
    context: string;
    respondent: string;
    age_band: string;
  }>(
    `select question, answer, context, respondent, age_band from private.monitoring_statistics
     union all
     select question, answer, context, respondent, age_band from private.monitoring_staging
     order by question`,
  );

/** Every answer kept: waiting to be folded into the counts, or folded already. */
const answersKept = (db: Parameters<typeof resetData>[0]) =>
  db.query(
    'select 1 from private.monitoring_statistics union all select 1 from private.monitoring_staging',
  );

forEachDb('equality monitoring', (db) => {
  afterEach(async () => {
    await resetData(db());
    await db().query('update private.settings set referral_ip_limit = default');
  });

  test('anonymous sends answers and gets back only that they were received', async () => {
    expect(validate(monitoringSchema, fx.monitoring())).toEqual([]);
    expect(await submitMonitoring(db(), fx.monitoring())).toEqual({ received: true });
  });

  test('each answer is its own row: the month, the form, who answered, the band, one question', async () => {
    await submitMonitoring(db(), fx.monitoring());
    const common = { context: 'referral', respondent: 'grown_up', age_band: '16-17' };
    expect(await statistics(db())).toEqual([
      { ...common, question: 'disability', answer: 'prefer_not_to_say' },
      { ...common, question: 'ethnic_group', answer: 'pakistani' },
      { ...common, question: 'gender', answer: 'in_another_way' },
      { ...common, question: 'religion', answer: 'muslim' },
      { ...common, question: 'sexual_orientation', answer: 'bisexual' },
    ]);
    const months = await db().query<{ ok: boolean }>(
      `select received_month = date_trunc('month', now() at time zone 'Europe/London')::date as ok from private.monitoring_staging`,
    );
    expect(months).toHaveLength(5);
    expect(months.every((m) => m.ok)).toBe(true);
  });

  test('anonymous, authenticated and the case system cannot read or change what was kept', async () => {
    await submitMonitoring(db(), fx.monitoring());
    for (const role of ['anon', 'authenticated', 'service_role'] as const)
      for (const table of ['monitoring_statistics', 'monitoring_staging', 'monitoring_receipts']) {
        await expect(db().as(role, `select * from private.${table}`)).rejects.toMatchObject({
          code: '42501',
        });
        await expect(db().as(role, `delete from private.${table}`)).rejects.toMatchObject({
          code: '42501',
        });
      }
    await expect(
      db().as('authenticated', 'select public.submit_monitoring($1::jsonb)', [
        JSON.stringify(fx.monitoring()),
      ]),
    ).rejects.toMatchObject({ code: '42501' });
  });

  test.each(badPayloads)('$name → 400 naming the field, nothing kept', async ({ edit, errors }) => {
    const body = edited(edit);
    expect(validate(monitoringSchema, body)).toEqual(errors);
    const error = await rejection(() => submitMonitoring(db(), body));
    expect(error).toMatchObject({ status: 400, code: 'invalid_payload', details: errors });
    expect(await statistics(db())).toEqual([]);
    expect(await db().query('select 1 from private.monitoring_receipts')).toEqual([]);
  });

  test('bigger than any valid payload → 413 before any field is looked at', async () => {
    const body = { ...fx.monitoring(), website: 'x'.repeat(4000) };
    expect(await rejection(() => submitMonitoring(db(), body))).toMatchObject({
      status: 413,
      code: 'payload_too_large',
    });
    expect(await db().query('select 1 from private.monitoring_receipts')).toEqual([]);
  });

  test.each([
    ['11-15', 'young_person'],
    ['11-15', 'grown_up'],
    ['5-10', 'grown_up'],
  ])(
    'sexual orientation about a %s year old, answered by %s → refused by schema and database',
    async (band, who) => {
      const body = edited((p) => Object.assign(p, { age_band: band, respondent: who }));
      const errors = [{ path: 'answers.sexual_orientation', code: 'invalid' }];
      expect(validate(monitoringSchema, body)).toEqual(errors);
      expect(await rejection(() => submitMonitoring(db(), body))).toMatchObject({
        status: 400,
        details: errors,
      });
      expect(await statistics(db())).toEqual([]);
    },
  );

  test('without sexual orientation, an 11-15 survey and a grown-up’s answers about a 5-10 year old are kept', async () => {
    for (const [band, who, context] of [
      ['11-15', 'young_person', 'feedback'],
      ['5-10', 'grown_up', 'referral'],
    ]) {
      const body = edited((p) => {
        Object.assign(p, { age_band: band, respondent: who, context });
        delete p.answers.sexual_orientation;
      });
      expect(await submitMonitoring(db(), body)).toEqual({ received: true });
    }
    expect(await answersKept(db())).toHaveLength(8);
  });

  test('a 5-10 year old is never asked to answer for themselves', async () => {
    const body = edited((p) => {
      Object.assign(p, { age_band: '5-10', respondent: 'young_person', context: 'feedback' });
      delete p.answers.sexual_orientation;
    });
    const errors = [{ path: 'respondent', code: 'invalid' }];
    expect(validate(monitoringSchema, body)).toEqual(errors);
    expect(await rejection(() => submitMonitoring(db(), body))).toMatchObject({
      status: 400,
      details: errors,
    });
  });

  test('the table refuses what the function would: orientation under 16, an answer outside its list', async () => {
    const insert = (band: string, question: string, answer: string) =>
      db().query(
        `insert into private.monitoring_statistics (received_month, context, respondent, age_band, question, answer)
         values ('2026-11-01', 'referral', 'grown_up', $1, $2, $3)`,
        [band, question, answer],
      );
    await expect(insert('11-15', 'sexual_orientation', 'straight')).rejects.toMatchObject({
      code: '23514',
    });
    await expect(insert('16-17', 'religion', 'bisexual')).rejects.toMatchObject({ code: '23514' });
    await expect(insert('16-17', 'postcode', 'OX4')).rejects.toMatchObject({ code: '23514' });
    await expect(insert('16-17', 'gender', 'girl')).resolves.toEqual([]);
  });

  test('a retry of the same answers is answered the same and kept once', async () => {
    const payload = fx.monitoring();
    for (let i = 0; i < 5; i++)
      expect(await submitMonitoring(db(), payload)).toEqual({ received: true });
    expect(await answersKept(db())).toHaveLength(5);
    const hits = await db().query(
      `select hits from private.rate_limits where bucket like 'monitoring:ip:%'`,
    );
    expect(hits).toEqual([{ hits: 1 }]);
  });

  test('the same key with other answers is answered as received, counted against its sender, and the first answers stand', async () => {
    const payload = fx.monitoring();
    await submitMonitoring(db(), payload);
    const changed = structuredClone(payload);
    changed.answers.religion = 'sikh';
    // The same answer as for a key never used, so a sender learns nothing about keys;
    // no real form reuses a key for other answers, so it costs the sender as junk does.
    expect(await submitMonitoring(db(), changed)).toEqual({ received: true });
    expect(await submitMonitoring(db(), changed)).toEqual({ received: true });
    const religions = (await statistics(db())).filter((r) => r.question === 'religion');
    expect(religions.map((r) => r.answer)).toEqual(['muslim']);
    const hits = await db().query(
      `select hits from private.rate_limits where bucket like 'monitoring:ip:%'`,
    );
    expect(hits).toEqual([{ hits: 3 }]);
  });

  test('the receipt keeps neither the key nor an answer', async () => {
    const payload = fx.monitoring();
    await submitMonitoring(db(), payload);
    const [receipt] = await db().query<Record<string, unknown>>(
      'select * from private.monitoring_receipts',
    );
    expect(Object.keys(receipt!).sort()).toEqual([
      'idempotency_key',
      'payload_hash',
      'received_on',
    ]);
    expect(receipt!.idempotency_key).not.toBe(payload.idempotency_key);
    // The payload's hash is bound to the key, so the answers cannot be guessed from it.
    const unbound = await db().query<{ same: boolean }>(
      `select r.payload_hash = sha256(convert_to(($1::jsonb - 'idempotency_key')::text, 'UTF8')) as same from private.monitoring_receipts r`,
      [JSON.stringify(payload)],
    );
    expect(unbound).toEqual([{ same: false }]);
  });

  test('a filled honeypot is answered as received and nothing is kept, not even a receipt', async () => {
    const body = edited((p) => (p.website = 'http://spam.example'));
    expect(await submitMonitoring(db(), body)).toEqual({ received: true });
    expect(await submitMonitoring(db(), body)).toEqual({ received: true });
    expect(await answersKept(db())).toEqual([]);
    expect(await db().query('select 1 from private.monitoring_receipts')).toEqual([]);
  });

  test('past the sender’s limit → a challenge, as for every form, and nothing kept until it is solved', async () => {
    await db().query('update private.settings set referral_ip_limit = 2');
    await submitMonitoring(db(), fx.monitoring());
    await submitMonitoring(db(), fx.monitoring());
    const error = await rejection(() => submitMonitoring(db(), fx.monitoring()));
    expect(error).toMatchObject({ status: 428, code: 'challenge_required' });
    expect(await db().query('select 1 from private.monitoring_receipts')).toHaveLength(2);
    // Another network is not held back by the first.
    expect(await submitMonitoring(db(), fx.monitoring(), '198.51.100.9')).toEqual({
      received: true,
    });
  });

  test('the purge empties receipts older than two days and never touches the counts', async () => {
    for (let i = 0; i < 3; i++) await submitMonitoring(db(), fx.monitoring());
    // Sent one, two and three days ago: two days is still within reach of a retry.
    await db().query(
      `with aged as (select idempotency_key, row_number() over (order by idempotency_key) as days
                     from private.monitoring_receipts)
       update private.monitoring_receipts r set received_on = r.received_on - aged.days::integer
       from aged where aged.idempotency_key = r.idempotency_key`,
    );
    await db().as('service_role', 'select public.purge_acknowledged_feedback()');
    const left = await db().query<{ days: number }>(
      `select (now() at time zone 'utc')::date - received_on as days from private.monitoring_receipts order by 1`,
    );
    expect(left).toEqual([{ days: 1 }, { days: 2 }]);
    expect(await answersKept(db())).toHaveLength(15);
  });
});
