// A bounded flood through the local API (loopback only, a fixed number of
// requests): junk from 40 addresses, some of it solving challenges, and junk sent
// straight to PostgREST with made-up addresses, while people send real referrals
// with the portal's own submit code. Every person gets a reference, the junk past
// the ceiling never reaches the case workers' queue, and nothing is stored twice.
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as fx from './support/fixtures';
import {
  openStack,
  postPayload,
  postSolving,
  rows,
  submitAsPerson,
  type Stack,
} from './support/stack';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'http');

const settings = {
  referral_ip_limit: 5,
  referral_global_limit: 40,
  // Room for the solving bots' share (10 × 4) and the people's: the held caps are
  // the last line, sized far above a real flood's share per sender.
  held_ip_limit: 4,
  held_limit: 80,
  challenge_bits: 10,
};
const JUNK_ADDRESSES = 40;
const JUNK_EACH = 6;
const SOLVING_ADDRESSES = 10;
const STRAIGHT_TO_POSTGREST = 40;

let stack: Stack;
const counts = { sent: 0, accepted: 0, asked: 0, tooMany: 0, other: 0 };

function tally(status: number) {
  counts.sent++;
  if (status === 200) counts.accepted++;
  else if (status === 428) counts.asked++;
  else if (status === 429) counts.tooMany++;
  else counts.other++;
}

async function junkFrom(n: number, solving: boolean) {
  const url = `${stack.url}/rest/v1/rpc/submit_referral`;
  for (let i = 0; i < JUNK_EACH; i++) {
    const payload = fx.youngPersonReferral() as fx.Loose;
    payload.young_person.first_name = 'Junk';
    const answer = await postSolving(stack, url, payload, `127.0.1.${n}`, {
      tries: solving ? 1 : 0,
    });
    tally(answer.status);
  }
}

async function straightToPostgrest() {
  for (let i = 0; i < STRAIGHT_TO_POSTGREST; i++) {
    const payload = fx.youngPersonReferral() as fx.Loose;
    payload.young_person.first_name = 'Junk';
    // A made-up address in every header but the one the database trusts.
    const forged = `198.51.100.${i}`;
    tally(
      (
        await postPayload(
          stack,
          `${stack.postgrestUrl}/rpc/submit_referral`,
          payload,
          '127.0.0.1',
          {
            'x-forwarded-for': forged,
            'x-real-ip': forged,
          },
        )
      ).status,
    );
  }
}

const person = () => submitAsPerson(stack, 'submit_referral', fx.youngPersonReferral());

beforeAll(async () => {
  stack = await openStack('pglite', settings);
});
afterAll(() => stack?.stop());

test('a flood: every person gets through, the queue holds no junk past the ceiling, nothing is stored twice', async () => {
  const started = Date.now();
  const during = Promise.all([person(), person(), person()]);
  await Promise.all([
    ...Array.from({ length: JUNK_ADDRESSES }, (_, i) => junkFrom(i + 1, i < SOLVING_ADDRESSES)),
    straightToPostgrest(),
  ]);
  const people = [...(await during), await person()];
  const seconds = (Date.now() - started) / 1000;

  const [stored] = await rows<{ stored: number; keys: number; held: number; queued: number }>(
    stack,
    `select count(*)::int as stored, count(distinct idempotency_key)::int as keys,
            count(*) filter (where held)::int as held, count(*) filter (where not held)::int as queued
     from private.referrals`,
  );
  const claimAll = async (fn: string) =>
    (await rows<{ d: fx.Loose[] }>(stack, `select public.${fn}(100, 'count') as d`))[0]!.d;
  const queue = await claimAll('claim_referrals');
  const heldDocs = await claimAll('claim_held_referrals');
  console.log(
    `flood in ${seconds.toFixed(1)} s: sent ${counts.sent}, accepted ${counts.accepted} (held ${stored!.held}), ` +
      `428 ${counts.asked}, 429 ${counts.tooMany}, other ${counts.other}; stored ${stored!.stored}; ` +
      `people ${people.filter(Boolean).length} of ${people.length} accepted, duplicates ${stored!.stored - stored!.keys}`,
  );

  expect(counts.sent).toBe(JUNK_ADDRESSES * JUNK_EACH + STRAIGHT_TO_POSTGREST);
  expect(counts.other).toBe(0);
  // Everyone who asked for help got a reference, and it is in one queue or the other.
  expect(people.every((ref) => /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(ref))).toBe(true);
  const everything = [...queue, ...heldDocs].map((d) => d.reference);
  for (const ref of people) expect(everything.filter((r) => r === ref)).toHaveLength(1);
  // The case workers' queue stops at the ceiling; the held ones stop at theirs.
  expect(queue.length).toBeLessThanOrEqual(settings.referral_global_limit);
  expect(heldDocs.length).toBeLessThanOrEqual(settings.held_limit);
  expect(queue.length + heldDocs.length).toBe(stored!.stored);
  expect(stored!.stored).toBe(stored!.keys);
  // Made-up addresses straight to PostgREST all count as one unknown sender.
  expect(counts.asked).toBeGreaterThan(STRAIGHT_TO_POSTGREST - settings.referral_ip_limit - 1);
}, 120_000);
