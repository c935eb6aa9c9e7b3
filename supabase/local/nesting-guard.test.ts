import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDatabase } from './database.mjs';
import { MAX_NESTING, nestingDepth } from './nesting-guard.mjs';

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

// Run apart: after the wrong answer, unguarded PGlite spins on the next statement.
const unguarded = `
  import { PGlite } from '@electric-sql/pglite';
  import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
  import pg from 'pg';
  const server = new PGLiteSocketServer({ db: await PGlite.create(), port: 0, host: '127.0.0.1' });
  await server.start();
  const client = new pg.Client({ connectionString: 'postgres://postgres@' + server.getServerConn() + '/postgres?sslmode=disable' });
  await client.connect();
  try {
    const r = await client.query('select jsonb_typeof($1::jsonb) as t', ['${deep(10_000)}']);
    console.log(JSON.stringify(r.rows));
  } catch (error) { console.log('error ' + error.code); }
  process.exit(0);`;

describe('nestingDepth', () => {
  test('counts [ and { but not inside strings, escaped quotes included', () => {
    expect(nestingDepth(Buffer.from('{"a": [[1], {"b": 2}]}'))).toBe(3);
    expect(nestingDepth(Buffer.from('{"a": "[[[[\\"[[[["}'))).toBe(1);
    expect(nestingDepth(Buffer.from(deep(300)))).toBe(300);
  });
});

describe('PGlite behind the nesting guard', () => {
  test('without the guard, PGlite answers 10,000 levels of nesting with no rows and no error', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', unguarded],
      {
        timeout: 30_000,
      },
    );
    // Real PostgreSQL gives a row or an error (54001); this answer is neither.
    expect(stdout.trim()).toBe('[]');
  });

  let db: Awaited<ReturnType<typeof startDatabase>>;
  let client: pg.Client;
  beforeAll(async () => {
    db = await startDatabase({});
    client = new pg.Client({ connectionString: db.postgrestUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.stop();
  });

  test.each([
    ['a bound parameter', 'select jsonb_typeof($1::jsonb) as t', [deep(10_000)], '26000'],
    ['a simple query', `select jsonb_typeof('${deep(10_000)}'::jsonb) as t`, [], '54001'],
  ])(
    '%s nested too deep is refused, and the next statement answers at once',
    async (_what, sql, params, code) => {
      await expect(client.query(sql, params)).rejects.toMatchObject({ code });
      const started = Date.now();
      const next = await client.query('select 1 as one');
      expect(next.rows).toEqual([{ one: 1 }]);
      expect(Date.now() - started).toBeLessThan(1000);
    },
  );

  test(`nesting up to ${MAX_NESTING} levels still reaches the database`, async () => {
    const { rows } = await client.query('select jsonb_typeof($1::jsonb) as t', [deep(MAX_NESTING)]);
    expect(rows).toEqual([{ t: 'array' }]);
  });
});
