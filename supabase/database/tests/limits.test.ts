// Requests that must not stall the API, through the local stack on both engines
// and in the submit functions themselves (a hosted project has no gateway of
// ours): too big, too deep, too many items; the next good submission gets in at
// once; memory does not stay grown; 16.0 is the number 16 on both sides.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import limits from '../validation/payload-limits.json';
import { hasPostgres, rejection, submitReferral } from './support/db';
import * as fx from './support/fixtures';
import { openStack, type Stack } from './support/stack';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'http');

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const chunk = Buffer.alloc(1024 * 1024, 0x61);

/** POST `megabytes` of body, a chunk at a time, until the server answers. */
function sendLarge(url: string, apikey: string, megabytes: number) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    let sent = 0;
    const req = http.request(url, {
      method: 'POST',
      headers: {
        apikey,
        'content-type': 'application/json',
        'content-length': String(megabytes * chunk.length + 13),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
    });
    req.on('error', (error) => (sent ? undefined : reject(error)));
    req.write('{"payload":"');
    const more = () => {
      while (sent < megabytes) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', more);
      }
      req.end('"}');
    };
    more();
  });
}

for (const [label, kind, available] of [
  ['PGlite', 'pglite', true],
  ['PostgreSQL', 'postgres', hasPostgres],
] as const) {
  describe.runIf(available)(`requests that cannot stall the API (${label})`, () => {
    let stack: Stack;
    const endpoint = () => `${stack.url}/rest/v1/rpc/submit_referral`;
    const post = (body: string) =>
      fetch(endpoint(), {
        method: 'POST',
        headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
    /** The bad request, then milliseconds until a good one is accepted. */
    async function nextAcceptedAfter(bad: string) {
      const refused = await post(bad);
      const started = Date.now();
      const good = await post(JSON.stringify({ payload: fx.youngPersonReferral() }));
      expect(good.status).toBe(200);
      const ms = Date.now() - started;
      console.log(`${label}: next referral accepted ${ms} ms after a refused ${refused.status}`);
      return { refused, ms };
    }

    beforeAll(async () => {
      stack = await openStack(kind, { referral_ip_limit: 1000, referral_global_limit: 1000 });
      // The first call compiles the functions; every test times stalls, not that.
      await post(JSON.stringify({ payload: fx.youngPersonReferral() }));
    });
    afterAll(() => stack?.stop());

    test('JSON nested 10,000 deep → 400 payload_too_complex, and the next referral is accepted within a second', async () => {
      const { refused, ms } = await nextAcceptedAfter(`{"payload":${deep(10_000)}}`);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'payload_too_complex' });
      expect(ms).toBeLessThan(1000);
    });

    test('10,000 bad items in a list → 400 at once, and the next referral is accepted within a second', async () => {
      const payload = fx.youngPersonReferral() as fx.Loose;
      payload.what_happened.categories = Array.from({ length: 10_000 }, () => 1);
      const started = Date.now();
      const { refused, ms } = await nextAcceptedAfter(JSON.stringify({ payload }));
      expect(refused.status).toBe(400);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(ms).toBeLessThan(1000);
    });

    test('a 50 MB body → 413 with a JSON message, read no further than the limit, and memory settles', async () => {
      const before = process.memoryUsage().rss;
      for (let i = 0; i < 3; i++) {
        const { status, body, sent } = await sendLarge(endpoint(), stack.anonKey, 50);
        expect(status).toBe(413);
        expect(JSON.parse(body)).toMatchObject({
          code: 'payload_too_large',
          message: 'payload_too_large',
        });
        // Answered from the declared length: hardly any of the 50 MB went out.
        expect(sent).toBeLessThan(50);
      }
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
      const { ms } = await nextAcceptedAfter('{}');
      expect(ms).toBeLessThan(1000);
    });

    test('a body with no declared length is cut off at the limit too', async () => {
      const stream = new ReadableStream({
        pull(controller) {
          controller.enqueue(new Uint8Array(chunk));
        },
      });
      const response = await fetch(endpoint(), {
        method: 'POST',
        headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
        signal: AbortSignal.timeout(10_000),
      } as RequestInit);
      expect(response.status).toBe(413);
    });

    /**
     * How far the database's memory rose while `fn` ran. PostgreSQL: each of this
     * stack's backends on its own, by the highest resident size the kernel saw it
     * reach (VmHWM), and the one that rose most. PostgREST opens its pool's
     * connections as requests need them and closes them after 30 s idle, so a
     * backend may come or go meanwhile: one that came has no earlier peak and counts
     * whole (25 to 45 MB when fresh; far more if it served a request costing 1 GB),
     * one that went is not set against the others. PGlite: this process, whose
     * WebAssembly memory only ever grows.
     */
    async function peakGrowth(fn: () => Promise<void>) {
      if (kind === 'pglite') {
        const before = process.memoryUsage().rss;
        await fn();
        return process.memoryUsage().rss - before;
      }
      const peaks = async () => {
        const { rows } = await stack.query(
          // This stack's own backends: other files' stacks share the cluster.
          `select pid, backend_start::text as since from pg_stat_activity
           where usename = 'authenticator' and datname = current_database()`,
        );
        const kb = new Map<string, number>();
        for (const { pid, since } of rows as unknown as { pid: number; since: string }[]) {
          let status = '';
          try {
            status = readFileSync(`/proc/${pid}/status`, 'utf8');
          } catch {
            continue; // the connection closed meanwhile
          }
          // With its start, so a process id used again is another backend.
          kb.set(`${pid} ${since}`, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        }
        return kb;
      };
      const before = await peaks();
      await fn();
      let most = 0;
      for (const [backend, kb] of await peaks())
        most = Math.max(most, kb - (before.get(backend) ?? 0));
      return most * 1024;
    }

    // 8 bytes sent, 131,072 characters printed if anything turns it into text: the
    // body that once cost 2.5 s and about 1 GB per request. Sent straight to
    // PostgREST, as a hosted project receives it (no gateway of ours in front).
    test('numbers that print a thousand times their size → refused by the database in milliseconds, memory flat, the next referral within a second', async () => {
      const huge = (n: number) => Array(n).fill('1e131071').join(',');
      const bodies = [
        // The whole body becomes the payload: far more values than any form has.
        [`{"payload":1,"x":[${huge(7500)}]}`, { prefer: 'params=single-object' }],
        // Within the count of values, but numbers no field could hold.
        [
          JSON.stringify({ payload: { ...fx.youngPersonReferral(), x: [] } }).replace(
            '"x":[]',
            `"x":[${huge(90)}]`,
          ),
          {},
        ],
        [`{"payload":{"age":0e-16383}}`, {}],
      ] as const;
      let slowest = 0;
      const growth = await peakGrowth(async () => {
        for (const [body, headers] of bodies) {
          const started = Date.now();
          const refused = await fetch(`${stack.postgrestUrl}/rpc/submit_referral`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${stack.anonKey}`,
              ...headers,
            },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          slowest = Math.max(slowest, Date.now() - started);
          expect(refused.status).toBe(400);
          expect(await refused.json()).toMatchObject({ code: 'payload_too_complex' });
        }
      });
      console.log(
        `${label}: number amplification refused, slowest ${slowest} ms, memory grew ${(growth / 1048576).toFixed(1)} MB`,
      );
      expect(slowest).toBeLessThan(1000);
      expect(growth).toBeLessThan(64 * 1024 * 1024);
      const { ms } = await nextAcceptedAfter('{}');
      expect(ms).toBeLessThan(1000);
    });

    test('1 MB of unknown keys → 413, and a reply of a few hundred bytes', async () => {
      const payload = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`k${i}`, 1]));
      const response = await post(JSON.stringify({ payload }));
      expect(response.status).toBe(413);
      expect((await response.text()).length).toBeLessThan(300);
    });

    // PGlite runs in one thread with no timer to interrupt a statement; hosted
    // projects are PostgreSQL, which this checks.
    test.runIf(kind === 'postgres')(
      'a request as anon stops after 3 seconds, as on a hosted project',
      async () => {
        await stack.query(`create function public.slow_probe() returns int language sql security definer set search_path = ''
                         as 'select 1 from pg_sleep(10)'`);
        await stack.query(`grant execute on function public.slow_probe() to anon`);
        await stack.query(`notify pgrst, 'reload schema'`);
        try {
          let response: Response | undefined;
          const started = Date.now();
          // The schema cache reloads in the background: until then the function is unknown (404).
          for (let i = 0; i < 50 && (!response || response.status === 404); i++) {
            if (response) await new Promise((r) => setTimeout(r, 100));
            response = await fetch(`${stack.url}/rest/v1/rpc/slow_probe`, {
              method: 'POST',
              headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
              body: '{}',
            });
          }
          expect(await response!.json()).toMatchObject({ code: '57014' });
          expect(Date.now() - started).toBeLessThan(9000);
        } finally {
          await stack.query('drop function public.slow_probe()');
        }
      },
    );

    test('an age of 16.0 is the age 16: accepted and stored', async () => {
      const payload = fx.youngPersonReferral();
      payload.age_band = '16-17';
      payload.young_person.age = 16;
      const response = await post(JSON.stringify({ payload }).replace('"age":16', '"age":16.0'));
      expect(response.status).toBe(200);
      const { rows } = await stack.query(
        `select p.age from private.referral_people p join private.referrals r on r.id = p.referral_id
         where r.idempotency_key = $1 and p.role = 'young_person'`,
        [payload.idempotency_key],
      );
      expect(rows).toEqual([{ age: 16 }]);
    });
  });
}

forEachDb('payload limits in the submit functions', (db) => {
  test('bigger than any valid referral → 413 from the function itself', async () => {
    const payload = { ...fx.youngPersonReferral(), website: 'x'.repeat(limits.referral.bytes) };
    expect(await rejection(() => submitReferral(db(), payload))).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      details: { max_bytes: limits.referral.bytes },
    });
  });

  test('deeper or fuller than any valid referral → 400 payload_too_complex', async () => {
    const deeper = {
      ...fx.youngPersonReferral(),
      website: JSON.parse(deep(limits.referral.depth + 1)),
    };
    const fuller = { ...fx.youngPersonReferral(), extra: Array.from({ length: 200 }, () => 1) };
    for (const payload of [deeper, fuller])
      expect(await rejection(() => submitReferral(db(), payload))).toMatchObject({
        status: 400,
        code: 'payload_too_complex',
      });
  });

  test('a list longer than its choices is refused whole; a reply names at most 20 errors', async () => {
    const payload = fx.youngPersonReferral() as fx.Loose;
    payload.what_happened.categories = Array.from({ length: 12 }, (_, i) => `x${i}`);
    expect((await rejection(() => submitReferral(db(), payload))).details).toEqual([
      { path: 'what_happened.categories', code: 'too_many' },
    ]);
    const unknown = {
      ...fx.youngPersonReferral(),
      ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 1])),
    };
    expect((await rejection(() => submitReferral(db(), unknown))).details).toHaveLength(20);
  });
});
