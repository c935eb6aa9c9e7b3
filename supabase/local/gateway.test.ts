// The gateway on its own, in front of a stand-in for PostgREST that records what
// reaches it: hop-by-hop headers stay with the client's connection, so one
// client's `Connection: close` never closes the pooled connection other people's
// requests share; and a body is measured whole, so `Prefer: params=single-object`
// (which hands the whole body to the function) cannot carry more than a payload.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGateway } from './gateway.mjs';
import { postFrom } from '../../tests/support/loopback.mjs';

let upstream: http.Server;
let gateway: { url: string; stop: () => Promise<void> };
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  upstream = http.createServer({ keepAlive: true }, (req, res) => {
    seen.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'keep-alive': 'timeout=5' });
      res.end('{"reference":"ABCD-EFGH"}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  gateway = await startGateway({ upstream: `http://127.0.0.1:${port}`, apiKeys: ['k'] });
});

afterAll(async () => {
  await gateway.stop();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

const rpc = () => `${gateway.url}/rest/v1/rpc/submit_referral`;

describe('hop-by-hop headers', () => {
  test('are never forwarded, nor any header the Connection header names', async () => {
    seen.length = 0;
    const answer = await postFrom(rpc(), '{"payload":{}}', '127.0.0.1', {
      apikey: 'k',
      connection: 'close, x-private-hop',
      'x-private-hop': 'secret',
      'keep-alive': 'timeout=1',
      te: 'trailers',
      'proxy-authorization': 'Basic eA==',
      'x-kept': 'yes',
    });
    expect(answer.status).toBe(200);
    const got = seen[0]!;
    for (const name of ['x-private-hop', 'keep-alive', 'te', 'proxy-authorization'])
      expect(got[name], name).toBeUndefined();
    // The gateway's own pooled connection to PostgREST, not the client's wish.
    expect(got.connection).not.toBe('close');
    expect(got['x-kept']).toBe('yes');
  });

  test('one client closing its connection with every request costs nobody else a 502', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        postFrom(rpc(), '{"payload":{}}', `127.0.3.${(i % 50) + 1}`, {
          apikey: 'k',
          ...(i % 3 === 0 ? { connection: 'close' } : {}),
        }).then((a) => a.status),
      ),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});

describe('what the gateway measures', () => {
  const big = (n: number) => `[${Array(n).fill('1e131071').join(',')}]`;

  test('with params=single-object the whole body is counted: 7,500 numbers beside a payload → 400', async () => {
    seen.length = 0;
    const answer = await postFrom(rpc(), `{"payload":1,"x":${big(7500)}}`, '127.0.0.1', {
      apikey: 'k',
      prefer: 'params=single-object',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'payload_too_complex' });
    expect(seen).toEqual([]);
  });

  test('a number literal no field could hold is refused before it is printed anywhere', async () => {
    for (const literal of ['1e131071', '0e-16383', '1'.repeat(30), '0.00000000000000000000001']) {
      const answer = await postFrom(rpc(), `{"payload":{"age":${literal}}}`, '127.0.0.1', {
        apikey: 'k',
      });
      expect(answer.status, literal).toBe(400);
    }
    const fine = await postFrom(rpc(), '{"payload":{"age":13}}', '127.0.0.1', { apikey: 'k' });
    expect(fine.status).toBe(200);
  });
});
