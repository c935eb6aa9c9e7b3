// A quarter with known answers, submitted through the real functions and then
// placed in time: 30 referrals and 20 feedback responses in 2026Q3, one of each
// just outside it on both sides. The statistics keep the month only, so a row's
// day below says which month it falls in (the days on a month's edge show where
// that matters). The expected figures in report.test.ts were counted by hand from
// these rows.
import * as fx from '../tests/support/fixtures';
import type { Stack } from '../tests/support/stack';

// source band county categories police via channels day pickup-minutes
// Y/P/R = young person, parent or carer, professional; a/b/c = 5-10, 11-15, 16-17;
// B/K/O/X = Berkshire, Buckinghamshire, Oxfordshire, outside; y/n/u = yes, no, not sure;
// D/S = direct, through a safe adult; t/p/m = text, phone, email; '-' = not acknowledged.
// A trailing '!' = urgent: the young person is not safe right now (7 in the quarter).
export const referralRows = `
Y b B v  n D t  2026-07-01 30 !
Y b B o  n D t  2026-07-15 45
Y b B vo n D tp 2026-07-15 60
Y b K o  y D t  2026-07-15 60 !
Y b K v  n D t  2026-07-15 90
Y b O s  u D tm 2026-07-15 120
Y b X o  n D p  2026-07-15 120
Y b B vd y D t  2026-07-15 180
Y c K c  n D t  2026-07-15 240 !
Y c B os n D tp 2026-07-15 240
P a B v  n S -  2026-07-15 300 !
P a K do y S -  2026-07-31 360
P a O v  n S -  2026-08-01 420
P a B vh n S -  2026-08-15 480
P b K o  y D p  2026-08-15 600
P b B v  n D t  2026-08-15 720
P b K vd n D tm 2026-08-15 900
P b O o  y D t  2026-08-15 1080
P b B v  n D tp 2026-08-15 1440
P b K do u D t  2026-08-15 1440 !
P b X oh y D p  2026-08-15 1800
P b B v  n D t  2026-08-15 2160
P b K s  n D tm 2026-08-15 2880
P b O vd y D t  2026-08-15 4320
P b B o  n D p  2026-08-31 -
P b K e  n D t  2026-08-31 -
R b O s  y D tp 2026-08-31 - !
R b B vc n D t  2026-09-01 -
R c K hs u D m  2026-09-30 -
R c O vd y D tp 2026-09-30 - !
P a B v  y D t  2026-06-30 5
R c O v  y D t  2026-10-01 9000
`;

const codes = {
  category: {
    v: 'violence',
    o: 'online_abuse_harassment',
    s: 'sexual_abuse_exploitation',
    d: 'domestic_abuse_home',
    h: 'hate_crime',
    c: 'criminal_exploitation',
    e: 'something_else',
  },
  county: { B: 'berkshire', K: 'buckinghamshire', O: 'oxfordshire', X: 'outside' },
  band: { a: '5-10', b: '11-15', c: '16-17' },
  police: { y: 'yes', n: 'no', u: 'not_sure' },
  channel: { t: 'text_message', p: 'phone_call', m: 'email' },
} as const;

const pick = <T extends Record<string, string>>(table: T, letters: string) =>
  [...letters].map((l) => table[l as keyof T]!);

function referral(row: string) {
  const [source, band, county, cats, police, via, channels, day, pickup, urgent] = row
    .trim()
    .split(/\s+/) as string[];
  const payload: fx.Loose =
    source === 'Y'
      ? fx.youngPersonReferral()
      : source === 'P'
        ? fx.parentCarerReferral()
        : fx.professionalReferral();
  payload.age_band = codes.band[band as keyof typeof codes.band];
  const yp = payload.young_person;
  if (yp.date_of_birth === undefined) yp.age = band === 'c' ? 16 : band === 'b' ? 13 : 9;
  else if (band === 'b') yp.date_of_birth = '2013-05-01';
  yp.county = codes.county[county as keyof typeof codes.county];
  payload.what_happened.categories = pick(codes.category, cats!);
  payload.what_happened.reported_to_police = codes.police[police as keyof typeof codes.police];
  if (urgent === '!') payload.safety.safe_now = 'no';
  // As the form sends it: only the details the chosen way of getting in touch uses.
  const { phone, email, phone_shared: _shared, ...contact } = payload.contact;
  if (via === 'S') {
    payload.contact = {
      ...contact,
      via: 'safe_adult',
      channels: [],
      safe_adult: { name: 'Jo', relationship: 'aunt', phone: '07700 900999' },
    };
  } else {
    const chosen = pick(codes.channel, channels!);
    payload.contact = { ...contact, channels: chosen };
    if (chosen.includes('text_message') || chosen.includes('phone_call'))
      payload.contact.phone = phone;
    if (chosen.includes('email')) payload.contact.email = email;
  }
  return { payload, day: day!, pickup: pickup === '-' ? null : Number(pickup) };
}

// informed wellbeing safe everyday (b/s/w/u = better/same/worse/not sure), satisfaction 1-5, listened (y/a/n); '-' = not answered.
export const feedbackRows = `
${'b b b b 5 y\n'.repeat(9)}b b b s 5 y
b b b s 4 y
b b b s 4 y
b s b s 4 a
b s b s 4 a
b s b s 4 a
b s b w 4 n
b s w w 3 n
s - w w 3 n
s - w w 2 n
u - u - - n
`;

function feedback(row: string) {
  const [informed, wellbeing, safe, everyday, satisfaction, listened] = row
    .trim()
    .split(/\s+/) as string[];
  const outcome = { b: 'better', s: 'same', w: 'worse', u: 'not_sure' } as Record<string, string>;
  const answers: Record<string, unknown> = {};
  for (const [area, code] of Object.entries({ informed, wellbeing, safe, everyday }))
    if (code !== '-') answers[area] = outcome[code!];
  if (satisfaction !== '-') answers.satisfaction = Number(satisfaction);
  answers.listened_to = ({ y: 'yes', a: 'a_bit', n: 'no' } as Record<string, string>)[listened!];
  return { ...fx.feedback(), language: 'en' as const, answers };
}

/** Submits everything, dates it, acknowledges and purges what was picked up: the report must not need the referrals. */
export async function seedQuarter(stack: Stack) {
  const rows = referralRows.trim().split('\n').map(referral);
  const submit = async (fn: string, payload: unknown) =>
    (
      (
        await stack.query(`select public.${fn}($1::jsonb) ->> 'reference' as ref`, [
          JSON.stringify(payload),
        ])
      ).rows as unknown as { ref: string }[]
    )[0]!.ref;
  for (const row of rows) {
    const ref = await submit('submit_referral', row.payload);
    if (row.pickup !== null)
      await stack.query(
        `update private.referrals set claimed_at = now(), acknowledged_at = now(), case_id = 'CMS' where reference = $1`,
        [ref],
      );
    await stack.query(
      `update private.referral_statistics s set received_month = date_trunc('month', $2::date), pickup_minutes = $3 from private.referrals r where r.id = s.referral_id and r.reference = $1`,
      [ref, row.day, row.pickup],
    );
  }
  await stack.query(
    `update private.referrals set acknowledged_at = now() - interval '8 days' where acknowledged_at is not null`,
  );
  await stack.query('select public.purge_acknowledged_referrals()');

  for (const row of feedbackRows.trim().split('\n')) await submit('submit_feedback', feedback(row));
  await stack.query(`update private.feedback_statistics set received_month = '2026-09-01'`);
  await submit('submit_feedback', {
    ...fx.feedback(),
    answers: { informed: 'worse', satisfaction: 1 },
  });
  await stack.query(
    `update private.feedback_statistics set received_month = '2026-10-01' where received_month <> '2026-09-01'`,
  );
}
