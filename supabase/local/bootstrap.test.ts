// The bootstrap against the run's PostgreSQL cluster. Roles and role settings are
// shared by every database in a cluster, and test files migrate their own
// databases in it at the same time: if each run wrote the roles' rows again, two
// runs at once could fail with "tuple concurrently updated" (a full test run once
// did). So a run after the first must write nothing the cluster shares.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { hasPostgres } from '../database/tests/support/db';

const bootstrap = readFileSync(new URL('./bootstrap.sql', import.meta.url), 'utf8');
const clusterUrl = inject('postgresUrl');

const urlFor = (database: string) => {
  const url = new URL(clusterUrl!);
  url.pathname = `/${database}`;
  return url.toString();
};

/** The versions of the shared rows the bootstrap could write: roles, memberships, role settings. */
const sharedRows = (client: pg.Client) =>
  client
    .query<{ row: string }>(
      `select 'role ' || rolname || ' ' || xmin::text as row from pg_authid
         where rolname in ('anon', 'authenticated', 'service_role', 'authenticator')
       union all
       select 'member ' || roleid::regrole::text || ' ' || xmin::text from pg_auth_members
         where member = 'authenticator'::regrole
       union all
       select 'setting ' || setrole::regrole::text || ' ' || xmin::text from pg_db_role_setting
         where setrole in ('anon'::regrole, 'authenticated'::regrole)
       order by 1`,
    )
    .then((r) => r.rows.map((x) => x.row));

describe.runIf(hasPostgres)('bootstrap on a shared cluster (PostgreSQL)', () => {
  const databases = Array.from({ length: 8 }, () => `b_${randomBytes(5).toString('hex')}`);
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: clusterUrl! });
    await admin.connect();
    for (const name of databases) await admin.query(`create database ${name}`);
  });

  afterAll(async () => {
    for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  test('a run after the first writes no role, membership or role setting', async () => {
    const before = await sharedRows(admin);
    expect(before).toHaveLength(4 + 3 + 2);
    const client = new pg.Client({ connectionString: urlFor(databases[0]!) });
    await client.connect();
    await client.query(bootstrap);
    await client.end();
    expect(await sharedRows(admin)).toEqual(before);
  });

  test('eight databases bootstrapped at once, three times over, all succeed', async () => {
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled(
        databases.map(async (name) => {
          const client = new pg.Client({ connectionString: urlFor(name) });
          await client.connect();
          try {
            await client.query(bootstrap);
          } finally {
            await client.end();
          }
        }),
      );
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      expect(failures).toEqual([]);
    }
  });
});
