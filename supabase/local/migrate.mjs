// Applies the local bootstrap, then each migration not yet recorded, in file-name
// order, recording each one as the Supabase CLI does. `db` needs two methods:
// exec(sql) for a script and query(sql, params) returning { rows }.
//
// A migration and the row that records it commit together or not at all, so a
// crash can never leave one without the other. Each row keeps a checksum of its
// file: a migration edited after it was applied would make this database differ
// from a hosted one built from the same files, so it stops the start, by name.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bootstrap = fileURLToPath(new URL('./bootstrap.sql', import.meta.url));
const defaultDir = fileURLToPath(new URL('../migrations/', import.meta.url));
const fileName = /^(\d{14})_([a-z0-9_]+)\.sql$/;
const resetHint =
  'Migrations are history: put the change in a new migration. To empty a local database instead, run npm run stack:reset.';

export function migrationFiles(dir = defaultDir) {
  return readdirSync(dir)
    .filter((name) => fileName.test(name))
    .sort();
}

// Line endings are normalised so a checkout that converts them is not an edit.
const checksumOf = (sql) => createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');

/** Each migration in order: its file name, version, name, text and checksum. */
export function readMigrations(dir = defaultDir) {
  return migrationFiles(dir).map((file) => {
    // migrationFiles kept only the names this pattern matches.
    const [, version, name] = /** @type {RegExpExecArray} */ (fileName.exec(file));
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    return { file, version, name, sql, checksum: checksumOf(sql) };
  });
}

/** Refuses a database whose applied history no longer matches the files. */
function checkHistory(migrations, recorded) {
  const byVersion = new Map(migrations.map((m) => [m.version, m]));
  for (const row of recorded) {
    const m = byVersion.get(row.version);
    if (!m) {
      throw new Error(
        `migration ${row.version}_${row.name} was applied to this database but its file is gone. ${resetHint}`,
      );
    }
    if (row.checksum && row.checksum !== m.checksum) {
      throw new Error(
        `migration ${m.file} has changed since it was applied to this database ` +
          `(checksum ${row.checksum.slice(0, 12)} then, ${m.checksum.slice(0, 12)} now). ${resetHint}`,
      );
    }
  }
}

/**
 * @param {{ exec(sql: string): Promise<unknown>, query(sql: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @param {{ dir?: string }} [options] dir: the migrations folder (tests use their own)
 * @returns {Promise<string[]>} the files applied by this call
 */
export async function migrate(db, { dir = defaultDir } = {}) {
  await db.exec(readFileSync(bootstrap, 'utf8'));
  const migrations = readMigrations(dir);
  const { rows } = await db.query(
    'select version, name, checksum from supabase_migrations.schema_migrations order by version',
  );
  checkHistory(migrations, rows);
  const recorded = new Map(rows.map((row) => [row.version, row]));
  const applied = [];
  for (const m of migrations) {
    const row = recorded.get(m.version);
    if (row) {
      // Recorded before checksums were kept: the file as it is now becomes the reference.
      if (!row.checksum) {
        await db.query(
          'update supabase_migrations.schema_migrations set checksum = $1 where version = $2',
          [m.checksum, m.version],
        );
      }
      continue;
    }
    // Version, name and checksum are digits, [a-z0-9_] and hex (checked above), so
    // they can stand in the script as literals; a script takes no parameters.
    const record = `insert into supabase_migrations.schema_migrations (version, name, checksum) values ('${m.version}', '${m.name}', '${m.checksum}');`;
    await db.exec(`begin;\n${m.sql}\n;\n${record}\ncommit;`).catch(async (error) => {
      await db.exec('rollback').catch(() => {});
      throw new Error(`migration ${m.file} failed and was not applied: ${error.message}`);
    });
    applied.push(m.file);
  }
  return applied;
}
