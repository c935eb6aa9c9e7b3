// The answers given beside the seeded quarter's referrals (seed.ts): grown-ups'
// surveys and the optional equality questions, submitted through the real
// functions and then placed in their month. Counted by hand in report.test.ts.
import { randomUUID } from 'node:crypto';
import type { Stack } from '../database/tests/support/stack';

// ease knew-next satisfaction, per grown-up (e/y = very easy, easy, h = hard; y/p/n = yes, partly, no).
const grownUpRows = {
  parent_carer: [...Array(5).fill('v y 5'), ...Array(3).fill('e p 4'), 'h n 2', 'h n 2'],
  professional: ['e y 4', 'e y 4', 'e y 4'],
};

export async function seedGrownUps(
  submit: (fn: string, payload: unknown) => Promise<string>,
  stack: Stack,
) {
  const ease = { v: 'very_easy', e: 'easy', h: 'hard' } as Record<string, string>;
  const knew = { y: 'yes', p: 'partly', n: 'no' } as Record<string, string>;
  for (const [respondent, list] of Object.entries(grownUpRows))
    for (const row of list) {
      const [e, k, sat] = row.split(' ') as [string, string, string];
      await submit('submit_adult_feedback', {
        idempotency_key: randomUUID(),
        respondent,
        language: 'en',
        answers: { ease: ease[e], knew_next: knew[k], satisfaction: Number(sat) },
      });
    }
  await stack.query(`update private.adult_feedback_statistics set received_month = '2026-08-01'`);
}

// gender ethnic-group disability religion sexual-orientation band ('-' = not answered):
// 14 answered after a referral in the quarter, 3 after a survey, 1 after the quarter.
const monitoringRows = [
  ...Array(6).fill('girl english_welsh_scottish_northern_irish_british no no_religion - 11-15'),
  'girl irish no - - 11-15',
  'girl indian no - straight 16-17',
  'boy indian prefer_not_to_say - straight 16-17',
  'boy indian prefer_not_to_say - - 11-15',
  'boy pakistani - - - 11-15',
  'boy pakistani - - - 11-15',
  'boy african - - - 11-15',
  'boy african - - - 11-15',
];

export async function seedMonitoring(stack: Stack) {
  const send = async (row: string, context: string) => {
    const [gender, ethnic_group, disability, religion, sexual_orientation, band] = row.split(' ');
    const answers = Object.fromEntries(
      Object.entries({ gender, ethnic_group, disability, religion, sexual_orientation }).filter(
        ([, v]) => v !== '-',
      ),
    );
    await stack.query('select public.submit_monitoring($1::jsonb)', [
      JSON.stringify({
        idempotency_key: randomUUID(),
        language: 'en',
        context,
        respondent: 'young_person',
        age_band: band,
        consent: true,
        answers,
      }),
    ]);
  };
  // Answers wait apart until the scheduled intake folds them into the counts; here
  // each batch is folded at once, so its month can be set.
  await stack.query('update private.settings set monitoring_fold_batch = 1');
  for (const row of monitoringRows) await send(row, 'referral');
  for (const row of monitoringRows.slice(0, 3)) await send(row, 'feedback');
  await stack.query('select private.fold_monitoring()');
  await stack.query(`update private.monitoring_statistics set received_month = '2026-09-01'`);
  await send('boy african no - - 11-15', 'referral');
  await stack.query('select private.fold_monitoring()');
  await stack.query(
    `update private.monitoring_statistics set received_month = '2026-10-01' where received_month <> '2026-09-01'`,
  );
  await stack.query('update private.settings set monitoring_fold_batch = default');
}
