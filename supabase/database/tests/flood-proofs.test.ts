// The flood that once made the portal say "unavailable": many senders that solve
// every challenge, until the held queue's old fixed cap would have been full. Now
// the work each proof costs rises with the held queue, only a sender's own held
// limit refuses anyone, and a child from an address of their own, on any form,
// still gets through. A small difficulty keeps the test quick; the arithmetic at
// the real difficulty is in supabase/README.md (floods).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SubmitFunction } from '../../../src/lib/supabase-config';
import * as fx from './support/fixtures';
import { openStack, postSolving, rows, submitAsPerson, type Stack } from './support/stack';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'http');

const settings = {
  referral_ip_limit: 1,
  referral_global_limit: 2,
  feedback_ip_limit: 1,
  feedback_global_limit: 2,
  held_ip_limit: 5,
  challenge_bits: 4,
  challenge_max_bits: 8,
  challenge_step: 10,
};
let stack: Stack;

beforeAll(async () => {
  stack = await openStack('pglite', settings);
});
afterAll(() => stack?.stop());

/** A sender that solves every challenge it is set, as a determined flood would. */
async function solvingSender(fn: SubmitFunction, payload: () => fx.Loose, from: string, n: number) {
  const seen = { statuses: [] as number[], bits: [] as number[], proofs: 0 };
  const url = `${stack.url}/rest/v1/rpc/${fn}`;
  for (let i = 0; i < n; i++) {
    const answer = await postSolving(stack, url, payload(), from, {
      tries: 3,
      solving: (bits) => {
        seen.bits.push(bits);
        seen.proofs++;
      },
    });
    seen.statuses.push(answer.status);
  }
  return seen;
}

/** The portal's own submit code, from an address no flood used. */
const person = (fn: SubmitFunction, payload: unknown) => submitAsPerson(stack, fn, payload);

test('senders that solve every proof: the work rises with the held queue, only each flooder is refused, and a child still gets a reference on every form', async () => {
  const started = Date.now();
  // Two waves of 15 senders, so the second wave's proofs are all set after the first
  // wave's 75 held referrals are in.
  const wave = (first: number) =>
    Promise.all(
      Array.from({ length: 15 }, (_, a) =>
        solvingSender('submit_referral', fx.youngPersonReferral, `127.0.6.${first + a}`, 6),
      ),
    );
  const first = await wave(1);
  const second = await wave(16);
  const seconds = (Date.now() - started) / 1000;
  const senders = [...first, ...second];
  const statuses = senders.flatMap((s) => s.statuses);
  const bits = (wave: typeof first) => wave.flatMap((s) => s.bits);
  const proofs = senders.reduce((n, s) => n + s.proofs, 0);
  const [after] = await rows<{ held: number; bits: number }>(
    stack,
    `select count(*) filter (where held)::int as held,
            private.challenge_difficulty(private.hits('referral:held:global', (private.rate_window()).win_start)) as bits
     from private.referrals`,
  );
  console.log(
    `solving flood: ${statuses.length} referrals, ${proofs} proofs in ${seconds.toFixed(1)} s, ` +
      `bits ${Math.min(...bits(first))}..${Math.max(...bits(second))}, held ${after!.held}, ` +
      `429 ${statuses.filter((s) => s === 429).length}`,
  );
  // The first proof costs 4 bits; each doubling of the held queue past 10 costs one
  // more (twice the work): 75 held make it 7, 150 make it 8, the most it asks.
  expect(Math.min(...bits(first))).toBe(4);
  expect(Math.min(...bits(second))).toBeGreaterThanOrEqual(7);
  expect(after).toEqual({ held: 150, bits: 8 });
  // Each sender's own held limit (5) is the only refusal: its sixth, once.
  expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  expect(statuses.filter((s) => s === 429)).toHaveLength(28);

  const urgent = fx.urgentReferrals().ongoing!;
  await person('submit_referral', urgent);
  const [stored] = (
    await stack.query(
      `select held, urgent from private.referrals where idempotency_key = '${urgent.idempotency_key}'`,
    )
  ).rows;
  expect(stored).toEqual({ held: true, urgent: true });
});

test('every other form is admitted the same way: flooded, then a person on each gets through', async () => {
  const forms: [SubmitFunction, () => fx.Loose][] = [
    ['submit_feedback', fx.feedback],
    ['submit_adult_feedback', () => fx.adultFeedback()],
    ['submit_panel_volunteer', fx.panelVolunteer],
    ['submit_monitoring', fx.monitoring],
  ];
  for (const [fn, payload] of forms) {
    const senders = await Promise.all(
      Array.from({ length: 8 }, (_, a) => solvingSender(fn, payload, `127.0.7.${a + 1}`, 4)),
    );
    expect(senders.flatMap((s) => s.statuses).filter((s) => s !== 200)).toEqual([]);
    await person(fn, payload());
  }
  // Held apart, and out of every count until a person keeps them.
  const held = await stack.query(
    `select (select count(*) from private.feedback where held)::int as feedback,
            (select count(*) from private.adult_feedback where held)::int as adult_feedback,
            (select count(*) from private.panel_volunteers where held)::int as panel,
            (select count(*) from private.monitoring_staging where held)::int as monitoring`,
  );
  const counts = held.rows[0] as unknown as Record<string, number>;
  for (const [form, n] of Object.entries(counts)) expect(n, form).toBeGreaterThan(20);
});
