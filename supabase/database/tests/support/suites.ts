// One suite per database kind: PGlite always; real PostgreSQL when the run has a
// cluster (see global-postgres.ts). Without one, the PostgreSQL suite is reported
// as skipped and a line in the log says why.
import { afterAll, beforeAll, describe } from 'vitest';
import { hasPostgres, openDb, type DbKind, type TestDb } from './db';

/** `migrations`: a test's own folder, asked for once the suite opens its database. */
export function forEachDb(
  title: string,
  body: (db: () => TestDb, kind: DbKind) => void,
  options: { migrations?: () => string } = {},
) {
  const kinds: [string, DbKind, boolean][] = [
    ['PGlite', 'pglite', true],
    ['PostgreSQL', 'postgres', hasPostgres],
  ];
  for (const [label, kind, available] of kinds) {
    describe.runIf(available)(`${title} (${label})`, () => {
      let db: TestDb | undefined;
      beforeAll(async () => {
        db = await openDb(kind, { migrations: options.migrations?.() });
      });
      afterAll(async () => {
        await db?.close();
      });
      body(() => {
        if (!db) throw new Error('database not open');
        return db;
      }, kind);
    });
  }
}
