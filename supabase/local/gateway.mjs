// The local stand-in for a Supabase project's API gateway: /rest/v1/* goes to
// PostgREST; CORS, API keys and the client address are handled the way the hosted
// gateway handles them, so the unmodified supabase-js client cannot tell the
// difference. Everything else (status codes, bodies, auth) is PostgREST's own.
import http from 'node:http';

const corsHeaders = {
  'access-control-allow-origin': '*',
  // Retry-After is listed so a form on another origin can honour a 429.
  'access-control-expose-headers':
    'Content-Range, Content-Location, Preference-Applied, Range-Unit, Retry-After',
};

function reply(res, status, body) {
  res.writeHead(status, { ...corsHeaders, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * @param {{ upstream: string, apiKeys: string[], port?: number }} options
 *   upstream: PostgREST's base URL; apiKeys: the keys the gateway accepts.
 */
export function startGateway({ upstream, apiKeys, port = 0 }) {
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const server = http.createServer((req, res) => {
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

    url.searchParams.delete('apikey');
    const headers = { ...req.headers, host: target.host };
    delete headers.apikey;
    // The address is the gateway's to state: whatever the client claimed is dropped.
    delete headers['cf-connecting-ip'];
    delete headers['x-forwarded-host'];
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers['x-real-ip'] = req.socket.remoteAddress ?? '';
    headers.authorization ??= `Bearer ${apiKey}`;

    const upstreamReq = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: url.pathname.slice('/rest/v1'.length) + url.search,
        headers,
        agent,
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, ...corsHeaders });
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', () => {
      if (!res.headersSent)
        reply(res, 502, { message: 'An invalid response was received from the upstream server' });
      else res.destroy();
    });
    req.pipe(upstreamReq);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${bound}`,
        stop: () =>
          new Promise((done) => {
            agent.destroy();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
