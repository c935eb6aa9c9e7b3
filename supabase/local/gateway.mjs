// The local stand-in for a Supabase project's API gateway: /rest/v1/* goes to
// PostgREST; CORS, API keys and the client address are handled the way the hosted
// gateway handles them, so the unmodified supabase-js client cannot tell the
// difference. Bodies past the payload limits are refused here, read no further
// than the limit (request-limits.mjs). Everything else (status codes, bodies,
// auth) is PostgREST's own, less its `server` header.
import http from 'node:http';
import { complexity, limitsFor, refusal } from './request-limits.mjs';

const corsHeaders = {
  'access-control-allow-origin': '*',
  // Retry-After is listed so a form on another origin can honour a 429.
  'access-control-expose-headers':
    'Content-Range, Content-Location, Preference-Applied, Range-Unit, Retry-After',
};

// RFC 9110 section 7.6.1: these, and any header the Connection header names,
// apply to one connection only and are never forwarded.
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/** The hop-by-hop header names of a message, lower case. */
export function hopByHop(headers) {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set([...HOP_BY_HOP, ...named])].filter((name) => name !== 'content-length');
}

function reply(res, status, body, extra = {}) {
  res.writeHead(status, {
    ...corsHeaders,
    'content-type': 'application/json; charset=utf-8',
    ...extra,
  });
  res.end(JSON.stringify(body));
}

/** The body, or null once it passes `max` bytes (the rest is never read). */
function readBody(req, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.pause();
        return resolve(null);
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Refuse with 413 and close, so a client still sending stops costing anything. */
function refuseTooLarge(req, res, limit) {
  const { status, body } = refusal.tooLarge(limit);
  reply(res, status, body, { connection: 'close' });
  res.on('finish', () => req.destroy());
}

/**
 * @param {{ upstream: string, apiKeys: string[], port?: number }} options
 *   upstream: PostgREST's base URL; apiKeys: the keys the gateway accepts.
 */
export function startGateway({ upstream, apiKeys, port = 0 }) {
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const server = http.createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(200, {
        ...corsHeaders,
        'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '3600',
        'content-length': '0',
      });
      return res.end();
    }
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (!url.pathname.startsWith('/rest/v1/'))
      return reply(res, 404, { message: 'no Route matched with those values' });
    const apiKey = req.headers.apikey ?? url.searchParams.get('apikey');
    if (!apiKey)
      return reply(res, 401, {
        message: 'No API key found in request',
        hint: 'No `apikey` request header or url param was found.',
      });
    if (!apiKeys.includes(String(apiKey)))
      return reply(res, 401, {
        message: 'Invalid API key',
        hint: 'Double check your Supabase `anon` or `service_role` API key.',
      });

    const path = url.pathname.slice('/rest/v1'.length);
    const limit = limitsFor(path);
    if (Number(req.headers['content-length'] ?? 0) > limit.bytes)
      return refuseTooLarge(req, res, limit);
    const body = await readBody(req, limit.bytes).catch(() => null);
    if (body === null) return refuseTooLarge(req, res, limit);
    const tooComplex = body.length ? complexity(body, limit) : null;
    if (tooComplex) return reply(res, tooComplex.status, tooComplex.body);

    url.searchParams.delete('apikey');
    /** @type {import('node:http').OutgoingHttpHeaders} */
    const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
    delete headers.apikey;
    // Hop-by-hop headers are about the client's connection to this gateway, never
    // the gateway's pooled one to PostgREST: a client's `Connection: close` passed on
    // would close a shared connection under other people's requests (502s).
    for (const name of hopByHop(req.headers)) delete headers[name];
    // The address is the gateway's to state, in the one header the database trusts
    // (cf-connecting-ip, as hosted Supabase's edge sets it); what the client claimed goes.
    const address = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '';
    delete headers['x-forwarded-host'];
    headers['cf-connecting-ip'] = address;
    headers['x-forwarded-for'] = address;
    headers['x-real-ip'] = address;
    headers.authorization ??= `Bearer ${apiKey}`;

    const upstreamReq = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: path + url.search,
        headers,
        agent,
      },
      (upstreamRes) => {
        // Which server and version answers is nobody else's business.
        const { server: _server, ...upstreamHeaders } = upstreamRes.headers;
        for (const name of hopByHop(upstreamRes.headers)) delete upstreamHeaders[name];
        res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamHeaders, ...corsHeaders });
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', () => {
      if (!res.headersSent)
        reply(res, 502, { message: 'An invalid response was received from the upstream server' });
      else res.destroy();
    });
    upstreamReq.end(body);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${bound}`,
        stop: () =>
          /** @type {Promise<void>} */ (
            new Promise((done) => {
              agent.destroy();
              server.close(() => done());
              server.closeAllConnections();
            })
          ),
      });
    });
  });
}
