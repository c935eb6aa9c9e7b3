// Urgent referrals first. The database derives the priority when a referral is
// stored (a child is never asked whether they are urgent); the case system claims
// urgent referrals before routine ones and chases them sooner.
import { afterEach, expect, test } from 'vitest';
import { claim, resetData, submitReferral, type Row } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('case system', 'sql');

type Referral = ReturnType<typeof fx.youngPersonReferral>;
/** A routine referral (safe now, harm not at home, not ongoing), changed by `edit`. */
function referral(edit: (p: Referral) => void = () => {}): Referral {
  const p = fx.youngPersonReferral();
  edit(p);
  return p;
}
const urgentBecause = fx.urgentReferrals();

forEachDb('priority', (db) => {
  const service = <T = Row>(sql: string) =>
    db()
      .as<{ r: T }>('service_role', `select ${sql} as r`)
      .then((rows) => rows[0]!.r);
  /** Submitted one after another, a minute apart, oldest first. */
  async function submitAll(payloads: Referral[]): Promise<string[]> {
    const refs: string[] = [];
    for (const [i, payload] of payloads.entries()) {
      const ref = await submitReferral(db(), { ...payload, idempotency_key: crypto.randomUUID() });
      await db().query(
        `update private.referrals set received_at = now() - make_interval(mins => $2) where reference = $1`,
        [ref, 60 - i],
      );
      refs.push(ref);
    }
    return refs;
  }

  afterEach(() => resetData(db()));

  test('a referral is urgent when the child is not safe or not sure, lives with the harm, or it is still happening', async () => {
    const refs = await submitAll([
      referral(),
      referral((p) => (p.safety.harmer_lives_with_them = 'not_sure')),
      ...Object.values(urgentBecause),
    ]);
    const rows = await db().query<{ reference: string; urgent: boolean }>(
      'select reference, urgent from private.referrals',
    );
    const urgent = new Map(rows.map((r) => [r.reference, r.urgent]));
    expect(refs.map((ref) => urgent.get(ref))).toEqual([false, false, true, true, true, true]);
  });

  test('urgent referrals are claimed first, oldest first within each priority, in order in each batch', async () => {
    const [r1, u1, r2, u2, u3] = await submitAll([
      referral(),
      urgentBecause.notSafe!,
      referral(),
      urgentBecause.ongoing!,
      urgentBecause.livesWith!,
    ]);
    const first = await claim(db(), 'claim_referrals', 2);
    const second = await claim(db(), 'claim_referrals', 2);
    const third = await claim(db(), 'claim_referrals', 2);
    expect([first, second, third].map((batch) => batch.map((d) => d.reference))).toEqual([
      [u1, u2],
      [u3, r1],
      [r2],
    ]);
  });

  test('an urgent referral is overdue after 4 hours, a routine one after 24, urgent listed first', async () => {
    const [routineRecent, urgentRecent, routineOld, urgentOld] = await submitAll([
      referral(),
      urgentBecause.notSafe!,
      referral(),
      urgentBecause.ongoing!,
    ]);
    const hoursAgo = async (ref: string, hours: number) =>
      db().query(
        `update private.referrals set received_at = now() - make_interval(hours => $2) where reference = $1`,
        [ref, hours],
      );
    await hoursAgo(routineRecent!, 3);
    await hoursAgo(urgentRecent!, 3);
    await hoursAgo(routineOld!, 5);
    await hoursAgo(urgentOld!, 5);
    expect(await service<Row[]>('public.list_overdue_referrals()')).toEqual([
      expect.objectContaining({ reference: urgentOld, priority: 'urgent', hours_waiting: 5 }),
    ]);
    await hoursAgo(routineOld!, 25);
    const overdue = await service<Row[]>('public.list_overdue_referrals()');
    expect(overdue.map((o) => [o.reference, o.priority])).toEqual([
      [urgentOld, 'urgent'],
      [routineOld, 'routine'],
    ]);
  });
});
