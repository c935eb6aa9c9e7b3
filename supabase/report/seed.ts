// A quarter with known answers, submitted through the real functions and then
// placed in time: 30 referrals and 20 feedback responses in 2026Q3, one of each
// just outside it on both sides. The statistics keep the month only, so a row's
// day below says which month it falls in (the days on a month's edge show where
// that matters). The expected figures in report.test.ts were counted by hand from
// these rows.
import * as fx from '../database/tests/support/fixtures';
import type { Stack } from '../database/tests/support/stack';
import { seedGrownUps, seedMonitoring } from './seed-answers';

// source band county categories police via channels day pickup-minutes
// Y/P/R = young person, parent or carer, professional; a/b/c = 5-10, 11-15, 16-17;
// B/K/O/X = Berkshire, Buckinghamshire, Oxfordshire, outside; y/n/u = yes, no, not sure;
// D/S = direct, through a safe adult; t/p/m = text, phone, email; '-' = not acknowledged.
// A trailing '!' = urgent: the young person is not safe right now (7 in the quarter).
// Then the milestones the case system records, in hours after arrival: first attempt,
// contact made, needs assessed, support a(ccepted) or d(eclined) (an hour after the
// assessment), and closed with c/d/n = support completed, declined support, could not
// contact ('200c': closed at 200 hours, support completed); '-' = not recorded.
export const referralRows = `
Y b B v  n D t  2026-07-01 30          2 2 24 a 200c !
Y b B o  n D t  2026-07-15 45          3 5 30 a -
Y b B vo n D tp 2026-07-15 60          4 10 48 a -
Y b K o  y D t  2026-07-15 60          6 20 50 a - !
Y b K v  n D t  2026-07-15 90          8 30 60 d 100d
Y b O s  u D tm 2026-07-15 120         10 40 70 a -
Y b X o  n D p  2026-07-15 120         12 50 80 a -
Y b B vd y D t  2026-07-15 180         20 60 90 a -
Y c K c  n D t  2026-07-15 240         24 70 100 d - !
Y c B os n D tp 2026-07-15 240         30 71 - - -
P a B v  n S -  2026-07-15 300         36 80 - - - !
P a K do y S -  2026-07-31 360         40 100 - - -
P a O v  n S -  2026-08-01 420         48 - - - 300n
P a B vh n S -  2026-08-15 480         50 - - - -
P b K o  y D p  2026-08-15 600         60 - - - -
P b B v  n D t  2026-08-15 720         70 - - - -
P b K vd n D tm 2026-08-15 900         - - - - -
P b O o  y D t  2026-08-15 1080        - - - - -
P b B v  n D tp 2026-08-15 1440        - - - - -
P b K do u D t  2026-08-15 1440        - - - - - !
P b X oh y D p  2026-08-15 1800        - - - - -
P b B v  n D t  2026-08-15 2160        - - - - -
P b K s  n D tm 2026-08-15 2880        - - - - -
P b O vd y D t  2026-08-15 4320        - - - - -
P b B o  n D p  2026-08-31 -           - - - - -
P b K e  n D t  2026-08-31 -           - - - - -
R b O s  y D tp 2026-08-31 -           - - - - - !
R b B vc n D t  2026-09-01 -           - - - - -
R c K hs u D m  2026-09-30 -           - - - - -
R c O vd y D tp 2026-09-30 -           - - - - - !
P a B v  y D t  2026-06-30 5           - - - - -
R c O v  y D t  2026-10-01 9000        - - - - -
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

let professionals = 0;

function referral(row: string) {
  const [source, band, county, cats, police, via, channels, day, pickup, ...rest] = row
    .trim()
    .split(/\s+/) as string[];
  const [firstAttempt, contacted, assessed, takeUp, closed, urgent] = rest;
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
  if (urgent === '!') {
    payload.safety.safe_now = 'no';
    payload.support.wanted = ['talk_to_someone', 'feel_safer', 'online_safety'];
  }
  // Witnesses: not sure whether it was reported; both: living outside Thames Valley.
  payload.what_happened.involvement =
    police === 'u' ? 'witness' : county === 'X' ? 'both' : 'victim';
  if (payload.source === 'professional')
    payload.referrer.organisation_type = ['school', 'school', 'health', 'police'][
      professionals++ % 4
    ];
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
  // Polish speakers: those contacted by phone only or by email, each needing an interpreter.
  if (channels === 'p' || channels!.includes('m'))
    Object.assign(payload.contact, { language: 'pl', interpreter: true });
  const at = (hours: string | undefined) => (hours === '-' ? null : Number(hours) * 60);
  const milestones: [string, number, string?][] = [];
  const add = (name: string, minutes: number | null, reason?: string) => {
    if (minutes !== null) milestones.push([name, minutes, reason]);
  };
  add('first_attempt', at(firstAttempt));
  add('contacted', at(contacted));
  add('assessed', at(assessed));
  if (takeUp !== '-')
    add(takeUp === 'a' ? 'support_accepted' : 'support_declined', at(assessed)! + 60);
  if (closed !== '-') {
    const reasons = {
      c: 'support_completed',
      d: 'declined_support',
      n: 'could_not_contact',
    } as const;
    add('closed', at(closed!.slice(0, -1)), reasons[closed!.slice(-1) as keyof typeof reasons]);
  }
  return { payload, day: day!, pickup: pickup === '-' ? null : Number(pickup), milestones };
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
  professionals = 0;
  const rows = referralRows.trim().split('\n').map(referral);
  const statisticsIds: string[] = [];
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
    // What the case system keeps from the document: the one link the milestones use.
    statisticsIds.push(
      (
        (
          await stack.query(
            `select statistics_id::text as id from private.referrals where reference = $1`,
            [ref],
          )
        ).rows as unknown as { id: string }[]
      )[0]!.id,
    );
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
  // Recorded after the purge, as a case system reports them days and weeks later.
  for (const [i, row] of rows.entries())
    for (const [milestone, minutes, reason] of row.milestones)
      await stack.query('select public.record_milestone($1::uuid, $2, $3, $4)', [
        statisticsIds[i],
        milestone,
        minutes,
        reason ?? null,
      ]);
  // Earlier quarters for the trend: 5 referrals in 2025Q4 and 6 more in 2026Q2 (7 with
  // the one above), copies of a referral with no milestones.
  for (const [month, n] of [
    ['2025-11-01', 5],
    ['2026-05-01', 6],
  ] as const)
    await stack.query(
      `insert into private.referral_statistics (received_month, source, age_band, county, categories, reported_to_police, contact_via, channels, urgent,
         involvement, support_wanted, contact_language, interpreter, organisation_type)
       select $1::date, source, age_band, county, categories, reported_to_police, contact_via, channels, urgent,
         involvement, support_wanted, contact_language, interpreter, organisation_type
       from private.referral_statistics, generate_series(1, $2::int)
       where id = $3::uuid`,
      [month, n, statisticsIds[24]],
    );

  for (const row of feedbackRows.trim().split('\n')) await submit('submit_feedback', feedback(row));
  await stack.query(`update private.feedback_statistics set received_month = '2026-09-01'`);
  await submit('submit_feedback', {
    ...fx.feedback(),
    answers: { informed: 'worse', satisfaction: 1 },
  });
  await stack.query(
    `update private.feedback_statistics set received_month = '2026-10-01' where received_month <> '2026-09-01'`,
  );
  await seedGrownUps(submit, stack);
  await seedMonitoring(stack);
}
