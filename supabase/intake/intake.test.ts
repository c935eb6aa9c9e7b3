// The case-system feed end to end: forms submit with the public key through the
// local stack, `npm run intake` runs as its own process with the service key.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { dbKinds } from '../database/tests/support/db';
import * as fx from '../database/tests/support/fixtures';
import { openStack, type Stack } from '../database/tests/support/stack';
import {
  adultFeedbackDocumentSchema,
  feedbackDocumentSchema,
  panelDocumentSchema,
  referralDocumentSchema,
} from './document-schema';
import { runClaimant } from './pull.mjs';
import { anonSubmitter, answersOf, lines, runIntake, startIntake } from './test-support';

const unlimited = {
  referral_ip_limit: 100000,
  referral_global_limit: 100000,
  feedback_ip_limit: 100000,
  feedback_global_limit: 100000,
};

describe.each(dbKinds)('intake (%s)', (kind) => {
  let stack: Stack;
  let submit: ReturnType<typeof anonSubmitter>;
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'intake-'));
    folders.push(dir);
    return dir;
  };
  const waiting = () =>
    stack
      .query('select reference from private.referrals where acknowledged_at is null')
      .then((r) => r.rows as unknown as { reference: string }[]);

  beforeAll(async () => {
    stack = await openStack(kind, unlimited);
    submit = anonSubmitter(stack);
  });
  afterAll(async () => {
    await stack?.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await stack.query(
      'truncate private.referrals, private.feedback, private.feedback_tokens, private.adult_feedback, private.panel_volunteers, private.audit_log cascade',
    );
  });

  test('pull prints each referral once as a versioned document equal to what was submitted, and acknowledges it', async () => {
    const sent = [fx.youngPersonReferral(), fx.parentCarerReferral(), fx.professionalReferral()];
    const refs = [];
    for (const payload of sent) refs.push(await submit('submit_referral', payload));
    const run = await runIntake(stack, ['pull', '--batch', '2']);
    expect(run).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('pulled 3 referral(s) to stdout, acknowledged 3'),
    });
    const docs = lines(run);
    expect(docs.map((d) => d.reference)).toEqual(refs);
    docs.forEach((doc, i) => {
      const { idempotency_key: _key, ...answers } = sent[i]!;
      expect(answersOf(doc)).toEqual(answers);
      expect(doc).toMatchObject({ version: 3, county: sent[i]!.young_person.county });
      expect(referralDocumentSchema.safeParse(doc).success).toBe(true);
    });
    expect(Object.keys(docs[0]!).slice(0, 7)).toEqual([
      'version',
      'reference',
      'received_at',
      'statistics_id',
      'contact_summary',
      'priority',
      'urgent_reasons',
    ]);
    expect(await waiting()).toEqual([]);
    const again = await runIntake(stack, ['pull']);
    expect([again.code, again.stdout]).toEqual([0, '']);
    const acks = await stack.query(`select reference, case_id from private.referrals order by id`);
    expect(acks.rows).toEqual(
      refs.map((reference) => ({ reference, case_id: `intake:${reference}` })),
    );
  });

  test('pull --out writes one private file per referral, the same document as on stdout', async () => {
    const sent = fx.professionalReferral();
    const ref = await submit('submit_referral', sent);
    const dir = folder();
    const run = await runIntake(stack, ['pull', '--out', dir, '--case-id-prefix', 'CMS-']);
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual([`referral-${ref}.json`]);
    const doc = JSON.parse(readFileSync(join(dir, `referral-${ref}.json`), 'utf8'));
    const { idempotency_key: _key, ...answers } = sent;
    expect(answersOf(doc)).toEqual(answers);
    const [row] = (await stack.query('select case_id from private.referrals')).rows;
    expect(row).toEqual({ case_id: `CMS-${ref}` });
  });

  test('killed between write and acknowledgement: nothing lost, and after the claim timeout delivered once more, then never again', async () => {
    const refs = [];
    for (const payload of [
      fx.youngPersonReferral(),
      fx.parentCarerReferral(),
      fx.professionalReferral(),
    ]) {
      refs.push(await submit('submit_referral', payload));
    }
    const dir = folder();
    const crashing = startIntake(stack, [
      'pull',
      '--out',
      dir,
      '--batch',
      '2',
      '--pause-before-ack',
      '60000',
    ]);
    await crashing.waitFor(`wrote ${refs[0]}, ${refs[1]}; pausing`);
    crashing.child.kill('SIGKILL');
    expect((await crashing.done).signal).toBe('SIGKILL');
    expect(await waiting()).toHaveLength(3);

    // Claims still valid: the next run leaves the two claimed referrals alone.
    const early = await runIntake(stack, ['pull', '--out', dir]);
    expect(early.stderr).toContain('pulled 1 referral(s)');
    expect((await waiting()).map((r) => r.reference).sort()).toEqual(refs.slice(0, 2).sort());

    // What the clock does in claim_timeout (15 minutes), done at once.
    await stack.query(
      'update private.referrals set claim_expires_at = now() where acknowledged_at is null',
    );
    const late = await runIntake(stack, ['pull', '--out', dir]);
    expect(late).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('released 2 expired claim(s)'),
    });
    expect(late.stderr).toContain('pulled 2 referral(s)');
    expect(await waiting()).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(refs.map((r) => `referral-${r}.json`).sort());

    const after = await runIntake(stack, ['pull', '--out', dir]);
    expect(after.stderr).toContain('pulled 0 referral(s)');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  test('a run too slow to acknowledge within its claim is refused; the run that took the claim over acknowledges it', async () => {
    const ref = await submit('submit_referral', fx.youngPersonReferral());
    const slow = startIntake(stack, [
      'pull',
      '--out',
      folder(),
      '--claimant',
      'slow',
      '--pause-before-ack',
      '5000',
    ]);
    await slow.waitFor(`wrote ${ref}; pausing`);
    // Held still past its claim: what a stalled disk or a suspended machine does.
    slow.child.kill('SIGSTOP');
    try {
      await stack.query(
        'update private.referrals set claim_expires_at = now() where acknowledged_at is null',
      );
      const next = await runIntake(stack, [
        'pull',
        '--out',
        folder(),
        '--claimant',
        'next',
        '--case-id-prefix',
        'next:',
      ]);
      expect(next).toMatchObject({
        code: 0,
        stderr: expect.stringContaining('released 1 expired claim(s)'),
      });
      expect(next.stderr).toContain('pulled 1 referral(s)');
      expect(next.stderr).toContain('acknowledged 1');
    } finally {
      slow.child.kill('SIGCONT');
    }
    const late = await slow.done;
    expect(late).toMatchObject({
      code: 4,
      stderr: expect.stringContaining(`referral ${ref} was written but not acknowledged`),
    });
    expect(late.stderr).toContain('not_claimed');
    const [row] = (await stack.query('select claimed_by, case_id from private.referrals'))
      .rows as unknown as { claimed_by: string; case_id: string }[];
    expect(row!.case_id).toBe(`next:${ref}`);
    expect(row!.claimed_by).toMatch(/^next:[0-9]+:[0-9a-f]{12}$/);
  });

  test('on the real clock: a claim left by a killed run is delivered again once claim_timeout has passed', async () => {
    await stack.setSettings({ claim_timeout: '5 seconds' });
    try {
      const ref = await submit('submit_referral', fx.youngPersonReferral());
      const crashing = startIntake(stack, ['pull', '--pause-before-ack', '60000']);
      await crashing.waitFor('pausing');
      crashing.child.kill('SIGKILL');
      const lost = lines(await crashing.done);
      // Wait for the claim to run out by the database's own clock, not for a fixed time.
      const expired = async () => {
        const { rows } = await stack.query(
          'select claim_expires_at < now() as expired from private.referrals',
        );
        return (rows as unknown as { expired: boolean }[])[0]?.expired;
      };
      await expect.poll(expired, { timeout: 20_000, interval: 100 }).toBe(true);
      const again = await runIntake(stack, ['pull']);
      // stdout cannot be taken back: the reader sees the reference twice and keeps one.
      expect([...lost, ...lines(again)].map((d) => d.reference)).toEqual([ref, ref]);
      expect(await waiting()).toEqual([]);
    } finally {
      await stack.setSettings({ claim_timeout: '15 minutes' });
    }
  });

  test('--no-ack leaves the claim for the case system to acknowledge with its own id', async () => {
    const ref = await submit('submit_referral', fx.youngPersonReferral());
    const run = await runIntake(stack, ['pull', '--no-ack']);
    expect(lines(run).map((d) => d.reference)).toEqual([ref]);
    expect(await waiting()).toHaveLength(1);
    const acked = await runIntake(stack, ['ack', ref, 'CMS-000123']);
    expect(acked).toMatchObject({
      code: 0,
      stderr: expect.stringContaining(`${ref} acknowledged at`),
    });
    const twice = await runIntake(stack, ['ack', ref, 'CMS-999']);
    expect(twice).toMatchObject({
      code: 4,
      stderr: expect.stringContaining('already_acknowledged'),
    });
    const unknown = await runIntake(stack, ['ack', 'ZZZZ-ZZZZ', 'CMS-1']);
    expect(unknown).toMatchObject({ code: 4, stderr: expect.stringContaining('not_found') });
  });

  test('held referrals: not in pull, pulled apart with --held, junk discarded, real ones counted once acknowledged', async () => {
    const junk = await submit('submit_referral', fx.youngPersonReferral());
    const real = await submit('submit_referral', fx.youngPersonReferral());
    // As private.admit leaves them when a flood is under way.
    await stack.query(`update private.referrals set held = true`);
    await stack.query(`delete from private.referral_statistics`);
    expect(lines(await runIntake(stack, ['pull']))).toEqual([]);
    const review = await runIntake(stack, ['pull', '--held', '--no-ack', '--claimant', 'review']);
    expect(
      lines(review)
        .map((d) => d.reference)
        .sort(),
    ).toEqual([junk, real].sort());
    const discarded = await runIntake(stack, ['discard', junk]);
    expect(discarded, discarded.stderr).toMatchObject({
      code: 0,
      stderr: expect.stringContaining(`discarded ${junk}`),
    });
    expect(await runIntake(stack, ['ack', real, 'CMS-HELD-1'])).toMatchObject({ code: 0 });
    expect(await waiting()).toEqual([]);
    const counted = await stack.query('select count(*)::int as n from private.referral_statistics');
    expect(counted.rows).toEqual([{ n: 1 }]);
  });

  test('feedback: token link with the token in the fragment, pull-feedback, linked to the case', async () => {
    const issued = await runIntake(stack, [
      'feedback-token',
      'CMS-42',
      '--band',
      '11-15',
      '--site',
      'https://yvs.example',
      '--json',
    ]);
    const { token, link } = JSON.parse(issued.stdout) as { token: string; link: string };
    expect(link).toBe(`https://yvs.example/young-people/11-15/feedback/#token=${token}`);
    const polish = await runIntake(stack, [
      'feedback-token',
      'CMS-43',
      '--band',
      '5-10',
      '--lang',
      'pl',
      '--site',
      'https://yvs.example/',
      '--json',
    ]);
    expect(JSON.parse(polish.stdout).link).toMatch(
      /^https:\/\/yvs\.example\/pl\/young-people\/5-10\/feedback\/#token=[2-9A-HJKMNP-TV-Z]{24}$/,
    );
    const sent = { ...fx.feedback(), token };
    const ref = await submit('submit_feedback', sent);
    const run = await runIntake(stack, ['pull-feedback']);
    const [doc] = lines(run);
    expect(doc).toEqual({
      version: 1,
      reference: ref,
      received_at: expect.any(String),
      age_band: sent.age_band,
      language: sent.language,
      linked_case_id: 'CMS-42',
      answers: sent.answers,
    });
    expect(feedbackDocumentSchema.safeParse(doc).success).toBe(true);
    expect((await stack.query('select case_id from private.feedback')).rows).toEqual([
      { case_id: `intake:${ref}` },
    ]);
  });

  test('pull --adult-feedback and pull --panel hand each new kind of document over exactly once', async () => {
    const out = folder();
    const answers = [fx.adultFeedback('parent_carer'), fx.adultFeedback('professional')];
    const adultRefs: string[] = [];
    for (const payload of answers) adultRefs.push(await submit('submit_adult_feedback', payload));
    const offer = fx.panelVolunteer();
    const panelRef = await submit('submit_panel_volunteer', offer);

    const adult = await runIntake(stack, ['pull', '--adult-feedback', '--out', out]);
    expect(adult).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('pulled 2 grown-up feedback response(s)'),
    });
    const panel = await runIntake(stack, ['pull', '--panel', '--out', out]);
    expect(panel.stderr).toContain('pulled 1 panel volunteer(s)');
    const again = await Promise.all([
      runIntake(stack, ['pull', '--adult-feedback']),
      runIntake(stack, ['pull', '--panel']),
    ]);
    for (const run of again) expect(lines(run)).toEqual([]);

    expect(readdirSync(out).sort()).toEqual(
      [
        ...adultRefs.map((r) => `adult-feedback-${r}.json`),
        `panel-volunteer-${panelRef}.json`,
      ].sort(),
    );
    const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
    answers.forEach((sent, i) => {
      const doc = read(`adult-feedback-${adultRefs[i]}.json`);
      const { idempotency_key: _key, ...rest } = sent;
      expect(doc).toEqual({
        version: 1,
        reference: adultRefs[i],
        received_at: doc.received_at,
        ...rest,
      });
      expect(adultFeedbackDocumentSchema.safeParse(doc).error).toBeUndefined();
    });
    const doc = read(`panel-volunteer-${panelRef}.json`);
    const { idempotency_key: _key, ...rest } = offer;
    expect(doc).toEqual({ version: 1, reference: panelRef, received_at: doc.received_at, ...rest });
    expect(panelDocumentSchema.safeParse(doc).error).toBeUndefined();
    const acked = await stack.query(
      `select case_id from private.adult_feedback union all select case_id from private.panel_volunteers`,
    );
    expect((acked.rows as unknown as { case_id: string }[]).map((r) => r.case_id).sort()).toEqual(
      [...adultRefs, panelRef].map((r) => `intake:${r}`).sort(),
    );
  });

  test('overdue exits 3 listing references only; purge removes what was acknowledged long ago', async () => {
    const sent = fx.youngPersonReferral();
    const [a, b] = [
      await submit('submit_referral', sent),
      await submit('submit_referral', fx.parentCarerReferral()),
    ];
    expect((await runIntake(stack, ['overdue'])).code).toBe(0);
    await stack.query(`update private.referrals set received_at = now() - interval '30 hours'`);
    const overdue = await runIntake(stack, ['overdue', '--hours', '24']);
    expect(overdue).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('2 referrals not acknowledged after 24 hours'),
    });
    expect(overdue.stdout).toMatch(new RegExp(`${a}\\s+routine\\s+unclaimed`));
    expect(overdue.stdout).not.toContain(sent.young_person.first_name);
    expect((await runIntake(stack, ['overdue', '--hours', '48'])).code).toBe(0);
    await runIntake(stack, ['pull', '--limit', '1']);
    await stack.query(
      `update private.referrals set acknowledged_at = now() - interval '8 days' where acknowledged_at is not null`,
    );
    const purged = await runIntake(stack, ['purge']);
    expect(purged).toMatchObject({
      code: 0,
      stderr: expect.stringContaining(
        'purged 1 referral, 0 feedback responses, 0 grown-up feedback responses and 0 panel volunteers',
      ),
    });
    expect((await stack.query('select reference from private.referrals')).rows).toEqual([
      { reference: b },
    ]);
  });
});

test("every run claims under a name of its own, within the portal's 100 characters", () => {
  const names = new Set(Array.from({ length: 50 }, () => runClaimant(undefined)));
  expect(names.size).toBe(50);
  for (const name of names) expect(name).toMatch(/^intake:.+:[0-9]+:[0-9a-f]{12}$/);
  const long = runClaimant('x'.repeat(300));
  expect(long.length).toBeLessThanOrEqual(100);
  expect(long).toMatch(new RegExp(`^x+:${process.pid}:[0-9a-f]{12}$`));
  expect(runClaimant('worker-a')).not.toBe(runClaimant('worker-a'));
});

describe('intake exit codes a scheduler can act on', () => {
  const nowhere = { url: 'http://127.0.0.1:9', serviceKey: 'x' };
  test.each([
    [['pull', '--batch', '500'], 2, '--batch must be'],
    [['frobnicate'], 2, 'unknown command'],
    [['feedback-token', 'CMS-1', '--band', '18-25'], 2, '--band must be'],
    [['pull'], 5, 'portal unavailable'],
  ])('%j → exit %i', async (args, code, message) => {
    const run = await runIntake(nowhere, args);
    expect(run).toMatchObject({ code, stderr: expect.stringContaining(message), stdout: '' });
  });
});
