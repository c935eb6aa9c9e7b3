// SQL-level access for the database tests, acting as PostgREST does: each call is a
// transaction that switches to an API role and sets the JWT claims and request
// headers the functions read. The same helpers drive PGlite and real PostgreSQL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../../local/migrate.mjs';
import { steadyWindow } from '../../../../tests/support/steady-window.mjs';

/**
 * Rate-limit windows whose boundaries fall nowhere near a test file's run: a
 * window ending mid-test would start every count again (tests/support/steady-window.mjs).
 */
const steady = () => `update private.settings set rate_window_seconds = ${steadyWindow()}`;

export type Role = 'anon' | 'authenticated' | 'service_role';
export type Row = Record<string, unknown>;
export type DbKind = 'pglite' | 'postgres';

export interface TestDb {
  kind: DbKind;
  /** As the database owner (migrations' role), outside any API role. */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** As PostgREST would run it for a request with this role and client address. */
  as<T = Row>(role: Role, sql: string, params?: unknown[], ip?: string): Promise<T[]>;
  /** As the owner, inside a transaction that is always rolled back. */
  rolledBack<T>(
    fn: (query: (sql: string, params?: unknown[]) => Promise<Row[]>) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

const postgresUrl = inject('postgresUrl');
export const hasPostgres = postgresUrl !== null;

function requestSettings(role: Role, ip: string): [string, string[]] {
  return [
    `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true), set_config('request.headers', $3, true)`,
    [role, JSON.stringify({ role }), JSON.stringify({ 'cf-connecting-ip': ip })],
  ];
}

/** Where the migrations come from: supabase/migrations unless a test has its own. */
interface OpenOptions {
  migrations?: string;
}

async function openPglite({ migrations }: OpenOptions = {}): Promise<TestDb> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  await migrate(
    {
      exec: (sql: string) => db.exec(sql),
      query: (sql: string, params?: unknown[]) => db.query(sql, params),
    },
    { dir: migrations },
  );
  await db.exec(steady());
  return {
    kind: 'pglite',
    query: async (sql, params) => (await db.query<never>(sql, params)).rows,
    as: (role, sql, params, ip = '203.0.113.7') =>
      db.transaction(async (tx) => {
        await tx.query(...requestSettings(role, ip));
        return (await tx.query<never>(sql, params)).rows;
      }),
    rolledBack: async (fn) => {
      let result: Awaited<ReturnType<typeof fn>> | undefined;
      await db.transaction(async (tx) => {
        result = await fn(async (sql, params) => (await tx.query<Row>(sql, params)).rows);
        await tx.rollback();
      });
      return result as Awaited<ReturnType<typeof fn>>;
    },
    close: () => db.close(),
  };
}

/** A fresh database in the run's PostgreSQL cluster, migrated, with a small pool. */
async function openPostgres({ migrations }: OpenOptions = {}): Promise<TestDb> {
  if (!postgresUrl) throw new Error('no PostgreSQL cluster in this run');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 });
  // Dropping the database at the end ends any connection still closing; that is expected.
  pool.on('error', () => {});
  const first = await pool.connect();
  await migrate(
    {
      exec: (sql: string) => first.query(sql),
      query: (sql: string, params?: unknown[]) => first.query(sql, params),
    },
    { dir: migrations },
  );
  await first.query(steady());
  first.release();
  return {
    kind: 'postgres',
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async as(role, sql, params, ip = '203.0.113.7') {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(...requestSettings(role, ip));
        const result = await client.query(sql, params);
        await client.query('commit');
        return result.rows;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    async rolledBack(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        return await fn(async (sql, params) => (await client.query(sql, params)).rows);
      } finally {
        await client.query('rollback');
        client.release();
      }
    },
    async close() {
      await pool.end();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

export function openDb(kind: DbKind, options: OpenOptions = {}): Promise<TestDb> {
  return kind === 'pglite' ? openPglite(options) : openPostgres(options);
}

/** The database kinds this run covers: PGlite always, PostgreSQL when installed. */
export const dbKinds: DbKind[] = hasPostgres ? ['pglite', 'postgres'] : ['pglite'];
if (!hasPostgres) console.log('[database tests] PostgreSQL not installed: running on PGlite only.');

/** A contract error as the test sees it: HTTP status, code, parsed details, headers. */
export interface ContractError {
  status: number;
  code: string;
  details: unknown;
  headers: Record<string, string>;
}

export function contractError(error: unknown): ContractError {
  const e = error as { code?: string; message?: string; detail?: string };
  if (e.code !== 'PGRST') throw error;
  const body = JSON.parse(e.message ?? '{}') as { code: string; details: string | null };
  const meta = JSON.parse(e.detail ?? '{}') as { status: number; headers: Record<string, string> };
  return {
    status: meta.status,
    code: body.code,
    details: body.details === null ? null : JSON.parse(body.details),
    headers: meta.headers,
  };
}

/** Run `fn`, expect it to fail with a contract error, and return that error. */
export async function rejection(fn: () => Promise<unknown>): Promise<ContractError> {
  try {
    await fn();
  } catch (error) {
    return contractError(error);
  }
  throw new Error('expected a contract error, but the call succeeded');
}

/**
 * A refusal the submit functions answer with response.status (so the count it
 * costs its sender is kept), thrown as PostgREST's raised errors are, so tests
 * read both the same way with contractError.
 */
function refusal(status: number, body: unknown) {
  return Object.assign(new Error(JSON.stringify(body)), {
    code: 'PGRST',
    detail: JSON.stringify({ status, headers: {} }),
  });
}

async function submit(db: TestDb, fn: string, payload: unknown, ip?: string) {
  const [row] = await db.as<{ r: { reference: string }; status: string | null }>(
    'anon',
    `select public.${fn}($1::jsonb) as r, nullif(current_setting('response.status', true), '') as status`,
    [JSON.stringify(payload)],
    ip,
  );
  if (row!.status && Number(row!.status) >= 400) throw refusal(Number(row!.status), row!.r);
  return row!.r.reference;
}

export const submitReferral = (db: TestDb, payload: unknown, ip?: string) =>
  submit(db, 'submit_referral', payload, ip);

export const submitFeedback = (db: TestDb, payload: unknown, ip?: string) =>
  submit(db, 'submit_feedback', payload, ip);

export const submitAdultFeedback = (db: TestDb, payload: unknown, ip?: string) =>
  submit(db, 'submit_adult_feedback', payload, ip);

export const submitPanelVolunteer = (db: TestDb, payload: unknown, ip?: string) =>
  submit(db, 'submit_panel_volunteer', payload, ip);

/** Monitoring answers nothing but `{received: true}`: there is no reference to quote. */
export async function submitMonitoring(db: TestDb, payload: unknown, ip?: string) {
  const [row] = await db.as<{ r: Row; status: string | null }>(
    'anon',
    `select public.submit_monitoring($1::jsonb) as r, nullif(current_setting('response.status', true), '') as status`,
    [JSON.stringify(payload)],
    ip,
  );
  if (row!.status && Number(row!.status) >= 400) throw refusal(Number(row!.status), row!.r);
  return row!.r;
}

export const claim = (
  db: TestDb,
  fn: 'claim_referrals' | 'claim_feedback' | 'claim_adult_feedback' | 'claim_panel',
  maxCount = 100,
) =>
  db
    .as<{ r: Row[] }>('service_role', `select public.${fn}($1) as r`, [maxCount])
    .then((rows) => rows[0]!.r);

/** Every table in the schemas this project owns, to truncate between tests. */
export async function resetData(db: TestDb) {
  await db.query(
    `truncate private.referrals, private.feedback, private.feedback_tokens, private.adult_feedback, private.panel_volunteers, private.rate_limits, private.audit_log, private.monitoring_statistics, private.monitoring_staging, private.monitoring_receipts cascade`,
  );
}
