// The local stack for HTTP tests, on either database kind: PGlite in memory, or a
// fresh database in the run's PostgreSQL cluster.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startStack } from '../../local/stack.mjs';
import { steadyWindow } from '../../../tests/support/steady-window.mjs';
import type { DbKind } from './db';

export type Stack = Awaited<ReturnType<typeof startStack>>;

/**
 * A stack whose rate-limit window has no boundary for the next quarter of an hour
 * (tests/support/steady-window.mjs), unless `settings` names its own.
 */
export async function openStack(kind: DbKind, given: Record<string, number> = {}): Promise<Stack> {
  const settings = { rate_window_seconds: steadyWindow(), ...given };
  if (kind === 'pglite') return startStack({ settings });
  const clusterUrl = inject('postgresUrl');
  if (!clusterUrl) throw new Error('no PostgreSQL cluster in this run');
  const name = `h_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  const stack = await startStack({ databaseUrl: url.toString(), settings });
  return {
    ...stack,
    async stop() {
      await stack.stop();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
