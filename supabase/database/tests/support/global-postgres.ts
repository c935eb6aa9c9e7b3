// Vitest global setup: one throwaway PostgreSQL cluster for the whole run when the
// server binaries are installed. Test files each make their own database in it.
// Without the binaries the PostgreSQL suites report themselves as not run.
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { readFileSync, rmSync } from 'node:fs';
import { findPostgresBin, startPostgresCluster } from '../../../local/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  rmSync(new URL('../../../../test-results/sql-assertions.jsonl', import.meta.url), {
    force: true,
  });
  if (!findPostgresBin()) {
    console.log(
      '[database tests] No PostgreSQL server binaries: the PostgreSQL suites will not run (PGlite suites still do).',
    );
    project.provide('postgresUrl', null);
    return;
  }
  const cluster = await startPostgresCluster();
  // Roles belong to the cluster: create them once here, so files migrating their own
  // databases in parallel never race to create the same role.
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query(
    readFileSync(new URL('../../../local/bootstrap.sql', import.meta.url), 'utf8'),
  );
  await client.end();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
