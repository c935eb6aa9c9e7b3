// The held queue as a person triages it, with `npm run intake` as its own process:
// copies grouped (names, contact details and digits aside), urgent referrals that
// are no copy first, a whole group discarded with one command, a real one kept
// into the case workers' queue, and a form other than a referral held and pulled
// apart too.
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as fx from '../database/tests/support/fixtures';
import { openStack, submitAsPerson, type Stack } from '../database/tests/support/stack';
import { lines, runIntake } from './test-support';

let stack: Stack;

beforeAll(async () => {
  // Every referral past the first is held; the work asked is a single bit.
  stack = await openStack('pglite', {
    referral_ip_limit: 1,
    referral_global_limit: 1,
    feedback_ip_limit: 1,
    feedback_global_limit: 1,
    challenge_bits: 1,
    challenge_max_bits: 1,
  });
});
afterAll(() => stack?.stop());

const send = (fn: 'submit_referral' | 'submit_feedback', payload: fx.Loose) =>
  submitAsPerson(stack, fn, payload);

test('copies grouped, urgent singles first, a group discarded at once, a real one kept and pulled', async () => {
  const first = await send('submit_referral', fx.youngPersonReferral());
  // Five copies that differ only in a name, an email-free number and digits.
  const copies = [];
  for (let i = 0; i < 5; i++) {
    const p = fx.youngPersonReferral() as fx.Loose;
    p.young_person.first_name = `Name${i} Other`;
    p.what_happened.details = `Help me  now ${i}${i}`;
    copies.push(await send('submit_referral', p));
  }
  const routine = fx.youngPersonReferral() as fx.Loose;
  routine.what_happened.details = 'Someone took my phone on the bus.';
  const routineRef = await send('submit_referral', routine);
  const urgent = fx.urgentReferrals().livesWith as fx.Loose;
  urgent.what_happened.details = 'It keeps happening at home.';
  const urgentRef = await send('submit_referral', urgent);

  const listed = await runIntake(stack, ['held', '--json']);
  expect(listed.code).toBe(0);
  const groups = JSON.parse(listed.stdout) as {
    group: string;
    copies: number;
    urgent: boolean;
    references: string[];
  }[];
  expect(groups.map((g) => [g.copies, g.urgent, g.references])).toEqual([
    [1, true, [urgentRef]],
    [1, false, [routineRef]],
    [5, false, copies],
  ]);
  const text = await runIntake(stack, ['held']);
  expect(text.stdout.split('\n')[2]).toMatch(
    new RegExp(
      `^routine      5 copies  group ${groups[2]!.group}  oldest \\S+  ${copies.join(' ')}$`,
    ),
  );
  expect(text.stderr).toContain('7 held referrals in 3 group(s)');

  const discarded = await runIntake(stack, ['discard', '--group', groups[2]!.group]);
  expect(discarded).toMatchObject({
    code: 0,
    stderr: expect.stringContaining(`discarded group ${groups[2]!.group}: 5 referrals`),
  });
  expect(await runIntake(stack, ['keep', urgentRef])).toMatchObject({ code: 0 });
  const pulled = await runIntake(stack, ['pull']);
  expect(lines(pulled).map((d) => d.reference)).toEqual([urgentRef, first]);
  // The routine one still waits, and every scheduled command says so.
  expect(pulled.stderr).toContain('HELD: 1 referral held apart during a flood');
  const audit = await stack.query(
    `select event, item_count from private.audit_log where kind = 'held_referral' order by id`,
  );
  expect(audit.rows).toEqual([
    { event: 'discard', item_count: 5 },
    { event: 'keep', item_count: 1 },
  ]);
  // Kept: counted; discarded: never.
  const counted = await stack.query('select count(*)::int as n from private.referral_statistics');
  expect(counted.rows).toEqual([{ n: 2 }]);
  expect(await runIntake(stack, ['discard', '--group', 'ffffffffffff'])).toMatchObject({
    code: 4,
    stderr: expect.stringContaining('not_found'),
  });
  expect(await runIntake(stack, ['keep'])).toMatchObject({ code: 2 });
});

test('held feedback is pulled apart, out of the statistics until a person keeps it', async () => {
  await send('submit_feedback', fx.feedback());
  const heldRef = await send('submit_feedback', fx.feedback());
  const routine = await runIntake(stack, ['pull', '--feedback']);
  expect(lines(routine)).toHaveLength(1);
  expect(routine.stderr).toContain('1 feedback response');
  const review = await runIntake(stack, ['pull', '--feedback', '--held', '--no-ack']);
  expect(lines(review).map((d) => d.reference)).toEqual([heldRef]);
  const counted = async () =>
    (await stack.query('select count(*)::int as n from private.feedback_statistics'))
      .rows as unknown as {
      n: number;
    }[];
  const [before] = await counted();
  expect(await runIntake(stack, ['keep', heldRef, '--feedback'])).toMatchObject({ code: 0 });
  expect(await counted()).toEqual([{ n: before!.n + 1 }]);
});
