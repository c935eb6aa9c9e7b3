import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDatabase } from './database.mjs';
import fc from 'fast-check';
import { bindDepth, MAX_NESTING, nestingDepth } from './nesting-guard.mjs';

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

/** A Bind message as a client writes it: portal, statement, format codes, parameters, result formats. */
function bind(params: (Uint8Array | null)[], { portal = '', statement = '', formats = [0] } = {}) {
  const parts: Uint8Array[] = [Buffer.from(`${portal}\0${statement}\0`, 'latin1')];
  const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
  parts.push(int16(formats.length), ...formats.map(int16), int16(params.length));
  for (const p of params) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(p === null ? -1 : p.length);
    parts.push(length, ...(p ? [p] : []));
  }
  parts.push(int16(0));
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head[0] = 0x42;
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

describe('bindDepth', () => {
  test('a length prefix holding a quote (0x4E22: 20,002 bytes) does not hide the nesting after it', () => {
    const value = Buffer.from(deep(10_001));
    expect(value.length).toBe(0x4e22);
    const message = bind([value]);
    // The old scan, across the whole message, went quoted at the prefix and saw nothing.
    expect(nestingDepth(message, 5)).toBe(0);
    expect(bindDepth(message)).toBe(10_001);
  });

  test('fuzz: each parameter measured on its own bytes, whatever bytes the prefixes and other parameters hold', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('1', '"a\\"[{"', '"]"', 'null', '"\\\\"'),
        fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
        fc
          .array(tie('value'), { maxLength: 3 })
          .map((items) => `{${items.map((v, i) => `"k${i}":${v}`).join(',')}}`),
      ),
    })).value as fc.Arbitrary<string>;
    const param = fc.oneof(
      json.map((text) => ({ text: Buffer.from(text), depth: nestingDepth(Buffer.from(text)) })),
      // Raw bytes (a binary parameter, or padding made to hold quotes and brackets).
      fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ text: Buffer.from(bytes), depth: -1 })),
      fc.constant({ text: null, depth: 0 }),
      // Nested past the limit, at a length whose prefix bytes include a quote.
      fc.integer({ min: 1, max: 60 }).map((extra) => {
        const text = Buffer.from(
          `${'['.repeat(MAX_NESTING + extra)}${']'.repeat(MAX_NESTING + extra)}`,
        );
        return { text, depth: MAX_NESTING + extra };
      }),
    );
    fc.assert(
      fc.property(
        fc.array(param, { maxLength: 5 }),
        fc.constantFrom('', 'p"1', '[[['),
        fc.constantFrom('', 's"[', '{{'),
        fc.array(fc.constantFrom(0, 1, 0x2222, 0x225b), { maxLength: 3 }),
        (params, portal, statement, formats) => {
          const message = bind(
            params.map((p) => p.text),
            { portal, statement, formats },
          );
          const expected = Math.max(
            0,
            ...params.map((p) => (p.depth >= 0 ? p.depth : nestingDepth(p.text!))),
          );
          expect(bindDepth(message)).toBe(expected);
        },
      ),
      { seed: 20261206, numRuns: 500 },
    );
  });

  test('a message that does not parse is measured whole, quotes or not', () => {
    const broken = bind([Buffer.from(deep(300))]);
    broken.writeInt32BE(0x7fffffff, 5 + 2 + 2 + 2 + 2);
    expect(bindDepth(broken)).toBe(300);
  });
});

describe('PGlite behind the nesting guard', () => {
  // A process of its own starting PGlite: seconds when the machine is busy.
  test(
    'without the guard, PGlite answers 10,000 levels of nesting with no rows and no error',
    { timeout: 90_000 },
    async () => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', unguarded],
        { timeout: 90_000 },
      );
      // Real PostgreSQL gives a row or an error (54001); this answer is neither.
      expect(stdout.trim()).toBe('[]');
    },
  );

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

  test('a bound parameter 0x4E22 bytes long, nested 10,001 deep, is refused and the database keeps answering', async () => {
    const value = deep(10_001);
    expect(value.length).toBe(0x4e22);
    await expect(
      client.query('select jsonb_typeof($1::jsonb) as t', [value]),
    ).rejects.toMatchObject({
      code: '26000',
    });
    const other = new pg.Client({ connectionString: db.postgrestUrl });
    const started = Date.now();
    await other.connect();
    expect((await other.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await other.end();
    expect((await client.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test(`nesting up to ${MAX_NESTING} levels still reaches the database`, async () => {
    const { rows } = await client.query('select jsonb_typeof($1::jsonb) as t', [deep(MAX_NESTING)]);
    expect(rows).toEqual([{ t: 'array' }]);
  });
});
