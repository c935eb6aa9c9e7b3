// Serves the built site as a static host would, with the headers of its `_headers`
// file on every response, so `npm start` and the browser tests see the policy the
// portal ships with. Local use only: it listens on loopback.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

import { headersFor, parseHeadersFile } from './policy.mjs';

// Compressed once per file and its contents, as a host compresses at deploy time:
// compressing every response again made the browser tests wait on this server.
const compressed = new Map();
function gzipped(file, body) {
  const known = compressed.get(file);
  if (known?.raw.equals(body)) return known.gz;
  const gz = gzipSync(body, { level: 9 });
  compressed.set(file, { raw: body, gz });
  return gz;
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
// Compressed as every static host compresses text, so what the browser tests and
// the benchmark see on the wire is what a phone would download.
const compressible = new Set(['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt']);

async function fileFor(root, path) {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory())
    return (await stat(join(file, 'index.html')).catch(() => null))
      ? join(file, 'index.html')
      : null;
  return info?.isFile() ? file : null;
}

export async function serve({ dir, port, host = '127.0.0.1' }) {
  const root = normalize(dir).replace(/[\\/]$/, '');
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    const file = path.endsWith('/') || extname(path) ? await fileFor(root, path) : null;
    if (!file && !path.endsWith('/') && !extname(path) && (await fileFor(root, `${path}/`))) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    if (!file || path.split('/').some((part) => part.startsWith('_headers'))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = await readFile(file);
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      Vary: 'Accept-Encoding',
    };
    if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipped(file, body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve))
  );
  return { url: `http://${host}:${port}/`, stop: () => new Promise((r) => server.close(r)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const server = await serve({ dir: arg('dir', 'dist'), port: Number(arg('port', 4321)) });
  console.log(`serving ${arg('dir', 'dist')} at ${server.url}`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
