// What only a real server with many connections can show: two case-system workers
// claiming at the same moment never get the same referral, and a phone's retries
// racing each other still make one referral. PGlite has a single backend, so these
// run on PostgreSQL only (reported as skipped where it is not installed).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claim, hasPostgres, openDb, submitReferral, type TestDb } from './support/db';
import * as fx from './support/fixtures';
import { tallyAssertions } from './support/tally';

tallyAssertions('case system', 'sql');

describe.runIf(hasPostgres)('concurrency (PostgreSQL)', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openDb('postgres');
    await db.query(
      'update private.settings set referral_ip_limit = 100000, referral_global_limit = 100000',
    );
  });
  afterAll(() => db?.close());

  test('concurrent claimers get disjoint batches that together cover every referral', async () => {
    const refs = new Set<string>();
    for (let i = 0; i < 60; i++)
      refs.add(
        await submitReferral(
          db,
          i % 2 ? fx.youngPersonReferral() : fx.professionalReferral(),
          `10.0.0.${i}`,
        ),
      );
    const claimed: string[][] = [[], [], [], []];
    // Four connections open first, so no worker starts late while its own opens.
    await Promise.all(claimed.map(() => db.query('select 1')));
    // Four workers, small batches, all at once until nothing is left.
    await Promise.all(
      claimed.map(async (mine) => {
        for (;;) {
          const batch = await claim(db, 'claim_referrals', 3);
          if (batch.length === 0) return;
          mine.push(...batch.map((d) => d.reference as string));
        }
      }),
    );
    const all = claimed.flat();
    expect(all).toHaveLength(60);
    expect(new Set(all)).toEqual(refs);
    expect(claimed.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
  });

  test('two pullers at once take the urgent referrals first, between them', async () => {
    await db.query('truncate private.referrals cascade');
    const routine: string[] = [];
    for (let i = 0; i < 6; i++)
      routine.push(await submitReferral(db, fx.youngPersonReferral(), `10.1.0.${i}`));
    const urgent = new Set<string>();
    for (const payload of Object.values(fx.urgentReferrals()))
      urgent.add(await submitReferral(db, payload, '10.1.1.1'));
    const [a, b] = await Promise.all([
      claim(db, 'claim_referrals', 2),
      claim(db, 'claim_referrals', 2),
    ]);
    const first = [...a!, ...b!].map((d) => d.reference as string);
    expect(new Set(first)).toEqual(urgent);
    const rest = await claim(db, 'claim_referrals', 10);
    expect(rest.map((d) => d.reference)).toEqual(routine);
  });

  test('racing retries of one submission make one referral and one reference', async () => {
    await db.query('truncate private.referrals cascade');
    const payload = fx.parentCarerReferral();
    const refs = await Promise.all(Array.from({ length: 8 }, () => submitReferral(db, payload)));
    expect(new Set(refs).size).toBe(1);
    expect(await db.query('select 1 from private.referrals')).toHaveLength(1);
  });
});
