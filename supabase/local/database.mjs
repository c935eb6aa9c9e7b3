// The database under the local stack: embedded PGlite served on a loopback port
// (the default), or a real PostgreSQL server given by a URL. Either way it comes
// back migrated, with a superuser client for the stack's own use and the URL
// PostgREST should log in with.
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { migrate } from './migrate.mjs';
import { guardNesting } from './nesting-guard.mjs';

const AUTHENTICATOR_PASSWORD = 'local-only-authenticator';

/** A pg client whose exec() runs a script and query() runs one statement. */
async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  // A server that goes away must not take the stack's process down with it.
  client.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  await client.connect();
  return {
    client,
    exec: (sql) => client.query(sql),
    query: (sql, params) => client.query(sql, params),
    close: () => client.end(),
  };
}

async function startPglite({ dataDir, port }) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  await migrate({ exec: (sql) => db.exec(sql), query: (sql, params) => db.query(sql, params) });
  // PGlite is one backend; the socket server queues statements and keeps each
  // connection's transaction together, so PostgREST and the stack can share it.
  const server = new PGLiteSocketServer({
    db: guardNesting(db),
    port,
    host: '127.0.0.1',
    maxConnections: 16,
  });
  await server.start();
  const boundPort = Number(server.getServerConn().split(':').pop());
  const admin = await connect(
    `postgres://postgres@127.0.0.1:${boundPort}/postgres?sslmode=disable`,
  );
  return {
    kind: 'pglite',
    postgrestUrl: `postgres://authenticator:${AUTHENTICATOR_PASSWORD}@127.0.0.1:${boundPort}/postgres?sslmode=disable`,
    adminUrl: `postgres://postgres@127.0.0.1:${boundPort}/postgres?sslmode=disable`,
    query: admin.query,
    async stop() {
      await admin.close().catch(() => {});
      await server.stop();
      await db.close();
    },
  };
}

async function startPostgres({ databaseUrl }) {
  const admin = await connect(databaseUrl);
  await migrate(admin);
  const url = new URL(databaseUrl);
  url.username = 'authenticator';
  url.password = AUTHENTICATOR_PASSWORD;
  return {
    kind: 'postgres',
    postgrestUrl: url.toString(),
    adminUrl: databaseUrl,
    query: admin.query,
    stop: () => admin.close(),
  };
}

/**
 * @param {{ databaseUrl?: string, dataDir?: string | null, port?: number }} options
 *   databaseUrl: a real PostgreSQL server (superuser); otherwise PGlite, persisted in
 *   dataDir (in memory when null) and served on `port` (0 = any spare port).
 */
export function startDatabase({ databaseUrl, dataDir = null, port = 0 } = {}) {
  return databaseUrl ? startPostgres({ databaseUrl }) : startPglite({ dataDir, port });
}
