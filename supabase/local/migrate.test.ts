// The migration runner against a persisted PGlite database, as `npm start` keeps
// one in .data/pglite: each migration lands with its record or not at all, and an
// applied migration that was edited afterwards stops the start, by name.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { migrate } from './migrate.mjs';

let root: string;
let dir: string;
let memory: PGlite;
let db: PGlite;

// One in-memory database, emptied between tests: starting PGlite is the slow part.
beforeAll(async () => {
  memory = await PGlite.create();
});
afterAll(() => memory.close());

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'migrate-'));
  dir = join(root, 'migrations');
  mkdirSync(dir);
  db = memory;
  await db.exec(
    'drop schema if exists public cascade; create schema public; drop schema if exists supabase_migrations cascade;',
  );
});

afterEach(async () => {
  if (db !== memory) await db.close();
  rmSync(root, { recursive: true, force: true });
});

function migrations(files: Record<string, string>) {
  for (const [name, sql] of Object.entries(files)) {
    writeFileSync(join(dir, name), sql);
  }
}

/** Starts (or restarts) a database kept in a data folder, as `npm start` does. */
async function openPersisted() {
  if (db !== memory) await db.close();
  db = await PGlite.create(join(root, 'pglite'));
}

const run = () =>
  migrate(
    {
      exec: (sql: string) => db.exec(sql),
      query: (sql: string, params?: unknown[]) => db.query(sql, params),
    },
    { dir },
  );

const tables = async () =>
  (
    await db.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    )
  ).rows.map((r) => r.name);
const versions = async () =>
  (
    await db.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by 1',
    )
  ).rows.map((r) => r.version);

test('applies each file once, in order, and records it with a checksum', async () => {
  migrations({ '20260101000000_first.sql': 'create table public.first_table (id int);' });
  expect(await run()).toEqual(['20260101000000_first.sql']);
  migrations({ '20260102000000_second.sql': 'create table public.second_table (id int);' });
  expect(await run()).toEqual(['20260102000000_second.sql']);
  expect(await run()).toEqual([]);
  expect(await tables()).toEqual(['first_table', 'second_table']);
  const rows = (
    await db.query<{ checksum: string }>(
      'select checksum from supabase_migrations.schema_migrations',
    )
  ).rows;
  expect(rows.map((r) => r.checksum)).toEqual([
    expect.stringMatching(/^[0-9a-f]{64}$/),
    expect.stringMatching(/^[0-9a-f]{64}$/),
  ]);
});

test('an applied migration edited afterwards is refused by name, even after a restart', async () => {
  migrations({ '20260101000000_first.sql': 'create table public.first_table (id int);' });
  await openPersisted();
  await run();
  await openPersisted();
  migrations({
    '20260101000000_first.sql': 'create table public.first_table (id int, extra text);',
  });
  migrations({ '20260102000000_second.sql': 'create table public.second_table (id int);' });
  await expect(run()).rejects.toThrow(
    /migration 20260101000000_first\.sql has changed since it was applied.*npm run stack:reset/,
  );
  // Nothing after the edited one was applied either.
  expect(await tables()).toEqual(['first_table']);
  expect(await versions()).toEqual(['20260101000000']);
});

test('a file with only its line endings converted is the same migration', async () => {
  migrations({ '20260101000000_first.sql': '-- one\ncreate table public.first_table (id int);\n' });
  await run();
  migrations({
    '20260101000000_first.sql': '-- one\r\ncreate table public.first_table (id int);\r\n',
  });
  expect(await run()).toEqual([]);
});

test('an applied migration whose file is gone is refused by name', async () => {
  migrations({ '20260101000000_first.sql': 'create table public.first_table (id int);' });
  await run();
  unlinkSync(join(dir, '20260101000000_first.sql'));
  await expect(run()).rejects.toThrow(
    /migration 20260101000000_first was applied to this database but its file is gone/,
  );
});

test('a failing migration leaves neither its changes nor its record', async () => {
  migrations({
    '20260101000000_first.sql': 'create table public.first_table (id int);',
    '20260102000000_broken.sql': 'create table public.half_done (id int);\nselect 1/0;',
  });
  await expect(run()).rejects.toThrow(
    /migration 20260102000000_broken\.sql failed and was not applied: division by zero/,
  );
  expect(await tables()).toEqual(['first_table']);
  expect(await versions()).toEqual(['20260101000000']);
});

test('the record is written in the same transaction as the migration', async () => {
  // This migration records itself, so the runner's own record then collides: if the
  // two were separate transactions the table would be left behind without a record.
  migrations({
    '20260101000000_first.sql': `create table public.first_table (id int);
insert into supabase_migrations.schema_migrations (version, name) values ('20260101000000', 'first');`,
  });
  await expect(run()).rejects.toThrow(
    /migration 20260101000000_first\.sql failed and was not applied: duplicate key/,
  );
  expect(await tables()).toEqual([]);
  expect(await versions()).toEqual([]);
});

test('a database from before checksums were kept takes the current files as its reference', async () => {
  migrations({ '20260101000000_first.sql': 'create table public.first_table (id int);' });
  await run();
  await db.exec('update supabase_migrations.schema_migrations set checksum = null');
  expect(await run()).toEqual([]);
  migrations({ '20260101000000_first.sql': 'create table public.first_table (id bigint);' });
  await expect(run()).rejects.toThrow(/has changed since it was applied/);
});
