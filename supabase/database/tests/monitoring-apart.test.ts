// Equality monitoring stays apart from everything else, proven from the catalog
// rather than promised: no foreign key and no column that could match a referral,
// a survey or a case; only the submit function and the purge touch its tables; the
// submit function, through every helper it calls, writes nothing but its own tables
// and rate-limit counts; and nothing finer than a month is kept beside an answer.
import { afterEach, expect, test } from 'vitest';
import { resetData, submitFeedback, submitMonitoring, submitReferral } from './support/db';
import * as fx from './support/fixtures';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('schema guards', 'schema');

const monitoringTables = ['monitoring_receipts', 'monitoring_staging', 'monitoring_statistics'];
// The functions that may read or write the monitoring tables: the submit function,
// the fold of waiting answers into the counts, and the purge of old receipts. The
// commissioner's report reads counts of one question at a time
// (private.monitoring_counts), never a row and never two characteristics together.
const monitoringReaders = [
  'fold_monitoring',
  'monitoring_counts',
  'purge_monitoring_receipts',
  'submit_monitoring',
];
const identifying = /(^id$|_id$|reference|key|case|token|hash)/;

forEachDb('equality monitoring apart', (db) => {
  afterEach(() => resetData(db()));

  const columns = () =>
    db().query<{ table: string; column: string; type: string }>(
      `select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'private' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       order by 1, 2`,
    );

  /** Each function in our schemas by name, its bodies (all overloads) joined. */
  const sources = async () => {
    const rows = await db().query<{ name: string; src: string }>(
      `select p.proname as name, string_agg(p.prosrc, E'\\n') as src
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ('public', 'private') group by 1`,
    );
    return new Map(rows.map((r) => [r.name, r.src]));
  };

  test('no foreign key leads into or out of a monitoring table', async () => {
    const keys = await db().query(
      `select conname from pg_constraint
       where contype = 'f' and (conrelid::regclass::text = any ($1) or confrelid::regclass::text = any ($1))`,
      [monitoringTables.map((t) => `private.${t}`)],
    );
    expect(keys).toEqual([]);
  });

  test('no monitoring column shares a name with a reference, key, token or case column elsewhere, but for each row’s own id and the receipt’s hashes', async () => {
    const all = await columns();
    const ours = all.filter((c) => monitoringTables.includes(c.table));
    const theirs = all.filter(
      (c) => !monitoringTables.includes(c.table) && identifying.test(c.column),
    );
    const shared = [
      ...new Set(
        ours
          .filter((o) => theirs.some((t) => t.column === o.column))
          .map((o) => `${o.table}.${o.column}`),
      ),
    ];
    expect(shared).toEqual([
      'monitoring_receipts.idempotency_key',
      'monitoring_receipts.payload_hash',
      'monitoring_statistics.id',
    ]);
    // Theirs: bigint identities, or each statistics row's own random uuid; the
    // hashes are compared by value below.
    expect(ours.find((c) => c.column === 'id')).toMatchObject({ type: 'uuid' });
    expect(
      await db().query(`select column_default from information_schema.columns
      where table_schema = 'private' and table_name = 'monitoring_statistics' and column_name = 'id'`),
    ).toEqual([{ column_default: 'gen_random_uuid()' }]);
  });

  test('even a client that reuses its survey’s key leaves no value in common with any other table', async () => {
    await submitReferral(db(), fx.youngPersonReferral());
    const feedback = fx.feedback();
    await submitFeedback(db(), feedback);
    await submitMonitoring(db(), { ...fx.monitoring(), idempotency_key: feedback.idempotency_key });
    const all = await columns();
    const uuidsOf = (tables: string[]) =>
      all
        .filter((c) => tables.includes(c.table) && ['uuid', 'bytea'].includes(c.type))
        .map((c) => `select ${c.column}::text as v from private.${c.table}`)
        .join(' union all ');
    const others = [...new Set(all.map((c) => c.table))].filter(
      (t) => !monitoringTables.includes(t),
    );
    const common = await db().query(
      `select v from (${uuidsOf(monitoringTables)}) ours where v in (${uuidsOf(others)})`,
    );
    expect(common).toEqual([]);
    expect(await db().query('select 1 from private.monitoring_staging')).toHaveLength(5);
  });

  test('only the submit function, the purge and the report’s counts name a monitoring table', async () => {
    const src = await sources();
    const readers = [...src]
      .filter(([, body]) => /private\.monitoring_(statistics|staging|receipts)\b/.test(body))
      .map(([n]) => n);
    expect(readers.sort()).toEqual(monitoringReaders);
  });

  test('submit_monitoring, with every helper it calls, writes only monitoring tables and rate-limit counts', async () => {
    const src = await sources();
    const tables = new Set(
      (
        await db().query<{ name: string }>(
          `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'private' and c.relkind = 'r'`,
        )
      ).map((r) => r.name),
    );
    const reached = new Set<string>();
    const walk = (name: string) => {
      if (reached.has(name) || !src.has(name)) return;
      reached.add(name);
      for (const [, called] of src.get(name)!.matchAll(/(?:private|public)\.([a-z_0-9]+)\s*\(/g))
        walk(called!);
    };
    walk('submit_monitoring');
    const bodies = [...reached].map((n) => src.get(n)!);
    const named = new Set(
      bodies.flatMap((b) => [...b.matchAll(/private\.([a-z_0-9]+)/g)].map((m) => m[1]!)),
    );
    const written = new Set(
      bodies.flatMap((b) =>
        [...b.matchAll(/(?:insert\s+into|update|delete\s+from)\s+private\.([a-z_0-9]+)/gi)].map(
          (m) => m[1]!,
        ),
      ),
    );
    expect(reached).toContain('admit');
    // It never writes the counts themselves: only the scheduled fold does, apart from
    // any submission, so no counted row carries a submission's transaction.
    expect([...named].filter((n) => tables.has(n)).sort()).toEqual([
      'monitoring_receipts',
      'monitoring_staging',
      'rate_limits',
      'settings',
    ]);
    expect([...written].sort()).toEqual([
      'monitoring_receipts',
      'monitoring_staging',
      'rate_limits',
    ]);
    // Dynamic SQL could name a table the search above cannot see.
    expect(bodies.filter((b) => /\bexecute\b/i.test(b))).toEqual([]);
  });

  test('nothing finer than a month sits beside an answer; the receipt has only its day', async () => {
    const timed = (await columns()).filter(
      (c) => monitoringTables.includes(c.table) && /date|time/.test(c.type),
    );
    expect(timed).toEqual([
      { table: 'monitoring_receipts', column: 'received_on', type: 'date' },
      { table: 'monitoring_staging', column: 'received_month', type: 'date' },
      { table: 'monitoring_statistics', column: 'received_month', type: 'date' },
    ]);
    await expect(
      db().query(
        `insert into private.monitoring_statistics (received_month, context, respondent, age_band, question, answer)
         values ('2026-11-15', 'feedback', 'young_person', '11-15', 'gender', 'girl')`,
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
