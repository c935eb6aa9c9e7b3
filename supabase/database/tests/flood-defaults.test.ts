// Floods against the portal's own default settings, through the local API from
// many loopback addresses, then a child, then what the case workers' routine sees:
// `npm run intake` as its own process. A flood may put a handful of junk into the
// queue, flagged as a surge; it can neither hide a child (every scheduled command
// says what is held, and calls for an alert when it has waited) nor refuse one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { lines, runIntake } from '../../intake/test-support';
import * as fx from './support/fixtures';
import { openStack, postPayload, rows, submitAsPerson, type Stack } from './support/stack';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'http');

let stack: Stack;

beforeAll(async () => {
  // The defaults, as `npm start` and a hosted project have them.
  stack = await openStack('pglite');
});
afterAll(() => stack?.stop());

/** `each` valid-looking referrals from each of `addresses` loopback addresses, no proofs. */
async function flood(addresses: number, each: number, subnet: number, edit = (_p: fx.Loose) => {}) {
  const statuses: Record<number, number> = {};
  await Promise.all(
    Array.from({ length: addresses }, async (_, a) => {
      for (let i = 0; i < each; i++) {
        const payload = fx.youngPersonReferral() as fx.Loose;
        payload.what_happened.details = `Flood ${a} ${i}`;
        edit(payload);
        const { status } = await postPayload(
          stack,
          `${stack.url}/rest/v1/rpc/submit_referral`,
          payload,
          `127.0.${subnet}.${a + 1}`,
        );
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}

/** A child referring with the portal's own submit code, from an address of their own. */
async function child(change: (p: fx.Loose) => void = () => {}) {
  const payload = fx.youngPersonReferral() as fx.Loose;
  change(payload);
  return submitAsPerson(stack, 'submit_referral', payload);
}

test('a flood of 240 referrals from 8 addresses, then an urgent child: a handful in the queue flagged as a surge, and the child held, announced and alerted, never hidden', async () => {
  const statuses = await flood(8, 30, 4);
  const ref = await child((p) => (p.what_happened.when = 'ongoing'));
  const [stored] = await rows<{ queued: number; held: number }>(
    stack,
    `select count(*) filter (where not held)::int as queued, count(*) filter (where held)::int as held
     from private.referrals`,
  );
  console.log(
    `default-settings flood: ${JSON.stringify(statuses)}; queued ${stored!.queued}, held ${stored!.held}`,
  );
  // The ceiling from everyone (10 an hour) is all a flood can put in front of the case workers.
  expect(stored).toEqual({ queued: 10, held: 1 });
  expect(statuses).toEqual({ 200: 10, 428: 230 });

  const routine = await runIntake(stack, ['pull']);
  const docs = lines(routine);
  console.log(`the routine pull printed on stderr:\n${routine.stderr}exit ${routine.code}`);
  expect(routine.code).toBe(0);
  expect(docs).toHaveLength(10);
  expect(docs.every((d) => d.surge === true)).toBe(true);
  expect(docs.map((d) => d.reference)).not.toContain(ref);
  expect(routine.stderr).toContain('pulled 10 referral(s)');
  expect(routine.stderr).toMatch(
    /HELD: 1 referral \(1 urgent\) held apart during a flood, the oldest waiting \d+ min: look at them with npm run intake -- held/,
  );

  // Urgent and waiting past urgent_held_alert_after (15 minutes): the alert code.
  await stack.query(
    `update private.referrals set received_at = received_at - interval '20 minutes' where held`,
  );
  const later = await runIntake(stack, ['pull']);
  expect(later.code).toBe(9);
  expect(later.stderr).toContain('past the time to look');
  expect(await runIntake(stack, ['purge'])).toMatchObject({ code: 9 });

  // Past urgent_overdue_after (4 hours) it is overdue like any urgent referral, marked held.
  await stack.query(
    `update private.referrals set received_at = received_at - interval '5 hours' where held`,
  );
  const overdue = await runIntake(stack, ['overdue']);
  expect(overdue.code).toBe(3);
  expect(overdue.stdout).toMatch(new RegExp(`^${ref}  urgent .* held  received`, 'm'));

  // A person finds it first in the held list, keeps it, and the next pull hands it over.
  const held = JSON.parse((await runIntake(stack, ['held', '--json'])).stdout);
  expect(held[0]).toMatchObject({ copies: 1, urgent: true, references: [ref] });
  const keep = await runIntake(stack, ['keep', ref]);
  expect(keep, keep.stderr).toMatchObject({ code: 0 });
  const kept = await runIntake(stack, ['pull']);
  expect(kept.code).toBe(0);
  // (Its arrival was moved back five hours above, out of the flood's hour.)
  expect(lines(kept)).toEqual([expect.objectContaining({ reference: ref, priority: 'urgent' })]);
  expect(kept.stderr).not.toContain('HELD');
});

test('a honeypot flood with no proofs uses up nothing but its senders: the next child goes straight to the queue', async () => {
  await stack.query('truncate private.referrals, private.rate_limits cascade');
  const statuses = await flood(4, 60, 5, (p) => (p.website = 'https://spam.example'));
  // Every one answered like a real referral, none stored, none counted for everyone.
  expect(statuses).toEqual({ 200: 240 });
  expect(await rows(stack, 'select 1 from private.referrals')).toEqual([]);
  expect(
    await rows(stack, `select 1 from private.rate_limits where bucket like '%:global'`),
  ).toEqual([]);
  const ref = await child();
  const pulled = await runIntake(stack, ['pull']);
  expect(lines(pulled).map((d) => d.reference)).toEqual([ref]);
  expect(pulled).toMatchObject({ code: 0 });
  expect(lines(pulled)[0]!.surge).toBeUndefined();
});
