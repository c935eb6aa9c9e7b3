// `npm run intake -- milestone` and `milestones FILE` as the provider runs them: a
// separate process with the service key, judged by its output and exit code, against
// referrals pulled (and so acknowledged) through the local stack.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds } from '../database/tests/support/db';
import * as fx from '../database/tests/support/fixtures';
import { openStack, type Stack } from '../database/tests/support/stack';
import { afterMinutes, milestoneArgs, minutesBetween, printable } from './milestones.mjs';
import { parseMilestones } from './milestone-file.mjs';
import { anonSubmitter, lines, runIntake } from './test-support';

describe.each(dbKinds)('intake milestones (%s)', (kind) => {
  let stack: Stack;
  let dir: string;
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const row = (id: string) =>
    stack
      .query(
        `select first_attempt_minutes, contact_minutes, assessed_minutes, take_up, closed_minutes, closure_reason
         from private.referral_statistics where id = $1`,
        [id],
      )
      .then((r) => r.rows[0]);

  /** Referrals submitted and pulled: the statistics ids their documents carried. */
  async function pulled(count: number) {
    const submit = anonSubmitter(stack);
    for (let i = 0; i < count; i++) await submit('submit_referral', fx.youngPersonReferral());
    const run = await runIntake(stack, ['pull']);
    expect(run.code).toBe(0);
    // As if they arrived a year ago, so that milestones days later are in the past.
    await stack.query(
      `update private.referral_statistics set received_month = private.service_month(now() - interval '1 year')`,
    );
    return lines(run).map((doc) => doc.statistics_id as string);
  }

  beforeAll(async () => {
    stack = await openStack(kind);
    dir = mkdtempSync(join(tmpdir(), 'milestones-'));
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() =>
    stack.query(
      'truncate private.referrals, private.referral_statistics, private.audit_log cascade',
    ),
  );

  test('milestone: recorded, then already recorded; a refusal says why and exits 4', async () => {
    const [id] = await pulled(1);
    const first = await runIntake(stack, ['milestone', id!, 'first_attempt', '--after', '1h30m']);
    expect(first).toMatchObject({
      code: 0,
      stderr: 'intake: first_attempt recorded at 90 minutes\n',
    });
    const again = await runIntake(stack, ['milestone', id!, 'first_attempt', '--minutes', '90']);
    expect(again).toMatchObject({ code: 0, stderr: expect.stringContaining('already recorded') });
    const early = await runIntake(stack, ['milestone', id!, 'contacted', '--after', '1h']);
    expect(early).toMatchObject({
      code: 4,
      stderr: 'intake: refused: out of order with first_attempt at 90 minutes (out_of_order)\n',
    });
    const noReason = await runIntake(stack, ['milestone', id!, 'closed', '--after', '2d']);
    expect(noReason).toMatchObject({ code: 4, stderr: expect.stringContaining('reason required') });
    const closed = ['milestone', id!, 'closed', '--after', '2d', '--reason', 'could_not_contact'];
    expect((await runIntake(stack, closed)).code).toBe(0);
    expect(await row(id!)).toMatchObject({
      first_attempt_minutes: 90,
      contact_minutes: null,
      closed_minutes: 2880,
      closure_reason: 'could_not_contact',
    });
    const unknown = [
      'milestone',
      '00000000-0000-4000-8000-000000000000',
      'contacted',
      '--minutes',
      '5',
    ];
    expect(await runIntake(stack, unknown)).toMatchObject({
      code: 4,
      stderr: expect.stringContaining('not_found'),
    });
    for (const bad of [
      ['milestone', 'K7QM-4TXC', 'contacted', '--minutes', '5'],
      ['milestone', id!, 'contacted'],
      ['milestone', id!, 'contacted', '--minutes', '5', '--after', '5m'],
    ])
      expect((await runIntake(stack, bad)).code).toBe(2);
  });

  test('milestones FILE (CSV): every line tried, each reported by line number, exit 4 when any is refused', async () => {
    const [a, b] = await pulled(2);
    const csv = file(
      'done.csv',
      [
        'statistics_id,milestone,minutes,reason',
        `${a},first_attempt,60,`,
        `${a},contacted,120,`,
        '',
        `${b},contacted,30,`,
        `${a},first_attempt,60,`,
        `${a},first_attempt,61,`,
        `${b},closed,400,"moved_out_of_area"`,
        `not-an-id,contacted,30,`,
      ].join('\n'),
    );
    const run = await runIntake(stack, ['milestones', csv]);
    expect(run.code).toBe(4);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'line 2: first_attempt recorded',
      'line 3: contacted recorded',
      'line 5: refused: first_attempt must be recorded first (out_of_order)',
      'line 6: first_attempt already recorded',
      'line 7: refused: already recorded with minutes 60 (already_recorded)',
      'line 8: closed recorded',
      'line 9: refused: statistics_id must be the UUID from the document',
    ]);
    expect(run.stderr).toBe('intake: 3 recorded, 1 already recorded, 3 refused\n');
    for (const id of [a!, b!]) expect(run.stdout + run.stderr).not.toContain(id);
    expect(await row(a!)).toMatchObject({ first_attempt_minutes: 60, contact_minutes: 120 });
    expect(await row(b!)).toMatchObject({
      closed_minutes: 400,
      closure_reason: 'moved_out_of_area',
    });
  });

  test('milestones FILE with times instead of minutes, as CSV and as JSON Lines: all recorded, exit 0', async () => {
    const [a, b] = await pulled(2);
    const csv = file(
      'times.csv',
      [
        'statistics_id,milestone,received_at,at',
        `${a},first_attempt,2026-08-03T09:15:42.318Z,2026-08-03T10:15:00Z`,
        `${a},contacted,2026-08-03T09:15:42.318Z,2026-08-04T11:15:00+01:00`,
      ].join('\n'),
    );
    expect(await runIntake(stack, ['milestones', csv])).toMatchObject({
      code: 0,
      stderr: 'intake: 2 recorded, 0 already recorded, 0 refused\n',
    });
    expect(await row(a!)).toMatchObject({ first_attempt_minutes: 59, contact_minutes: 1499 });
    const jsonl = file(
      'done.jsonl',
      [
        { statistics_id: b, milestone: 'first_attempt', minutes: 10 },
        { statistics_id: b, milestone: 'contacted', minutes: 10 },
        {
          statistics_id: b,
          milestone: 'assessed',
          received_at: '2026-08-03T09:00:00Z',
          at: '2026-08-05T09:00:00Z',
        },
        { statistics_id: b, milestone: 'support_declined', minutes: 3000 },
        { statistics_id: b, milestone: 'closed', minutes: 3000, reason: 'declined_support' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const run = await runIntake(stack, ['milestones', jsonl]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    expect(await row(b!)).toEqual({
      first_attempt_minutes: 10,
      contact_minutes: 10,
      assessed_minutes: 2880,
      take_up: 'declined',
      closed_minutes: 3000,
      closure_reason: 'declined_support',
    });
  });
});

describe('reading milestones', () => {
  test('--after and times become whole minutes', () => {
    expect(['90m', '30h', '2d', '1d6h30m', '', 'h', '5', '-5m'].map(afterMinutes)).toEqual([
      90,
      1800,
      2880,
      1830,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(minutesBetween('2026-08-03T09:15:00Z', '2026-08-03T09:16:59Z')).toEqual({ minutes: 1 });
    expect(minutesBetween('2026-08-03T09:15:00', '2026-08-03T09:16:00Z').problem).toMatch(/offset/);
  });

  test('a header without what a line needs is a usage error; bad JSON lines are refused by number', () => {
    expect(() => parseMilestones('statistics_id,milestone\nx,contacted')).toThrow(/minutes/);
    expect(() => parseMilestones('id,milestone,minutes')).toThrow(/statistics_id/);
    expect(parseMilestones('{"milestone":"contacted"}\n\n{nope\n[1]')).toEqual([
      { number: 1, fields: { milestone: 'contacted' } },
      { number: 3, problem: 'not JSON' },
      { number: 4, problem: 'not a JSON object' },
    ]);
  });

  test('minutes only in decimal digits (a number in JSON Lines), every other field as text, and control characters never reach the terminal', () => {
    const id = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
    const csv = (minutes: string) =>
      parseMilestones(`statistics_id,milestone,minutes\n${id},contacted,${minutes}`)[0]!;
    const verdict = (row: ReturnType<typeof csv>) => {
      if (row.problem) return row.problem;
      const read: { problem?: string; args?: { minutes: unknown } } = milestoneArgs(row.fields!);
      return read.problem ?? read.args?.minutes;
    };
    expect(
      ['16', '0', '0x10', '1e1', '16.0', '-5', '+5', '１６'].map((m) => verdict(csv(m))),
    ).toEqual([16, 0, ...Array(6).fill('minutes must be a whole number, in digits')]);
    const json = (minutes: string) =>
      parseMilestones(`{"statistics_id":"${id}","milestone":"contacted","minutes":${minutes}}`)[0]!;
    expect(
      ['16', 'true', '[5]', '"16"', '16.0', '1.6e1', '{"n":5}'].map((m) => verdict(json(m))),
    ).toEqual([
      16,
      'minutes must be a JSON number',
      'minutes must be a JSON number',
      'minutes must be a JSON number',
      'minutes must be a whole number, in digits',
      'minutes must be a whole number, in digits',
      'minutes must be a JSON number',
    ]);
    const typed = parseMilestones(
      `{"statistics_id":"${id}","milestone":["contacted"],"minutes":5}`,
    )[0]!;
    expect(milestoneArgs(typed.fields!)).toEqual({ problem: 'milestone must be text' });
    expect(() =>
      parseMilestones('statistics_id,milestone,minutes,\u001b[2J\u001b[31mevil\r'),
    ).toThrow(/unknown: \\u\{1b\}\[2J\\u\{1b\}\[31mevil/);
    expect(printable('a\u001b[31mb\nc\u0085')).toBe('a\\u{1b}[31mb\\u{a}c\\u{85}');
  });
});
