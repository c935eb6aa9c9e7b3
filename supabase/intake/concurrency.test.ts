// Two scheduled pulls that overlap (a slow run and the next one starting) against
// real PostgreSQL, where `for update skip locked` is what keeps them apart. PGlite
// has one backend and could not show a race, so this runs on PostgreSQL only.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasPostgres } from '../database/tests/support/db';
import * as fx from '../database/tests/support/fixtures';
import { openStack, type Stack } from '../database/tests/support/stack';
import { lines, startIntake } from './test-support';

const COUNT = 300;

describe.runIf(hasPostgres)('two pulls at once (PostgreSQL)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await openStack('postgres', {
      referral_ip_limit: 100000,
      referral_global_limit: 100000,
    });
    // Seeded in the database in one statement: the race is in pulling, not submitting.
    const template = JSON.stringify(fx.professionalReferral());
    await stack.query(
      `select public.submit_referral(jsonb_set($1::jsonb, '{idempotency_key}', to_jsonb(gen_random_uuid()::text))) from generate_series(1, $2)`,
      [template, COUNT],
    );
  });
  afterAll(() => stack?.stop());

  test('never emit the same referral, and together emit every one', async () => {
    const runs = await Promise.all(
      ['a', 'b'].map(
        // 20 ms a batch: one run alone would take 2 s, so however late the other
        // process starts, both are still pulling together.
        (name) =>
          startIntake(stack, [
            'pull',
            '--batch',
            '3',
            '--claimant',
            `worker-${name}`,
            '--pause-before-ack',
            '20',
          ]).done,
      ),
    );
    const [a, b] = runs.map((run) => lines(run).map((doc) => doc.reference as string));
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    expect(a!.filter((ref) => b!.includes(ref))).toEqual([]);
    expect(new Set([...a!, ...b!]).size).toBe(COUNT);
    expect(a!.length + b!.length).toBe(COUNT);
    // Both really ran at once: each got part of the queue.
    expect(Math.min(a!.length, b!.length)).toBeGreaterThan(0);
    const left = await stack.query(
      'select count(*)::int as n from private.referrals where acknowledged_at is null',
    );
    expect(left.rows).toEqual([{ n: 0 }]);
  });
});
