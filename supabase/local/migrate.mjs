// Applies the local bootstrap, then each migration not yet recorded, in file-name
// order, recording each one as the Supabase CLI does. `db` needs two methods:
// exec(sql) for a script and query(sql, params) returning { rows }.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

export function migrationFiles() {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d{14}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

export async function migrate(db) {
  await db.exec(readFileSync(`${here}/bootstrap.sql`, 'utf8'));
  const { rows } = await db.query('select version from supabase_migrations.schema_migrations');
  const done = new Set(rows.map((row) => row.version));
  const applied = [];
  for (const file of migrationFiles()) {
    const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
    if (done.has(version)) continue;
    const sql = readFileSync(`${migrationsDir}/${file}`, 'utf8');
    // One transaction per file: a failing migration leaves nothing half-done.
    await db.exec(`begin;\n${sql}\n;commit;`).catch(async (error) => {
      await db.exec('rollback').catch(() => {});
      throw new Error(`migration ${file} failed: ${error.message}`);
    });
    await db.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [version, rest.join('_')]);
    applied.push(file);
  }
  return applied;
}
