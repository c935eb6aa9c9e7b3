// How each cost grows with the work: a year's referrals (about 800), ten years'
// and a hundred years' worth, on PostgreSQL through the local stack. For each:
// storing them, the database's size, pulling 2,000 of them with the intake (does
// a long queue slow the pull?), and generating the quarter's report over the
// statistics they leave.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { payload, unlimitedSettings } from '../../supabase/database/bench/submit.mjs';
import { findPostgresBin, startPostgresCluster } from '../../supabase/local/postgres-cluster.mjs';
import { startStack } from '../../supabase/local/stack.mjs';

const YEAR = 800;
const PULLED = 2000;
const cli = (name) => fileURLToPath(new URL(`../../supabase/${name}/cli.mjs`, import.meta.url));

function timed(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${args[1]} exited ${code}: ${stderr}`)),
    );
  });
}

function quarter(date = new Date()) {
  return `${date.getUTCFullYear()}Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

async function measure(stack, count) {
  const seedStart = performance.now();
  for (let done = 0; done < count; done += 2000) {
    await stack.query(
      `select count(public.submit_referral($1::jsonb || jsonb_build_object('idempotency_key', gen_random_uuid()::text))) from generate_series(1, $2)`,
      [JSON.stringify(payload()), Math.min(2000, count - done)],
    );
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const { rows } = await stack.query('select pg_database_size(current_database()) as bytes');
  const keys = ['--url', stack.url, '--key', stack.serviceKey];
  const pulled = Math.min(PULLED, count);
  const pullSeconds = await timed([
    cli('intake'),
    'pull',
    '--batch',
    '100',
    '--limit',
    String(pulled),
    ...keys,
  ]);
  const out = mkdtempSync(join(tmpdir(), 'bench-report-'));
  try {
    const reportSeconds = await timed([
      cli('report'),
      '--quarter',
      quarter(),
      '--out',
      join(out, 'r.html'),
      ...keys,
    ]);
    return {
      referrals: count,
      storePerSecond: Math.round(count / seedSeconds),
      databaseMB: Math.round((Number(rows[0].bytes) / 1024 / 1024) * 10) / 10,
      pulled,
      pullPerSecond: Math.round(pulled / pullSeconds),
      reportSeconds: Math.round(reportSeconds * 100) / 100,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function measureScale(log = console.log) {
  if (!findPostgresBin()) return { skipped: 'PostgreSQL server binaries not installed' };
  const cluster = await startPostgresCluster();
  const results = [];
  try {
    for (const [label, factor] of /** @type {[string, number][]} */ ([
      ['×1', 1],
      ['×10', 10],
      ['×100', 100],
    ])) {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      const name = `scale_${factor}`;
      await admin.query(`create database ${name}`);
      await admin.end();
      const stack = await startStack({
        databaseUrl: cluster.urlFor(name),
        settings: unlimitedSettings,
      });
      try {
        const result = { label, ...(await measure(stack, YEAR * factor)) };
        log(`${label}: ${JSON.stringify(result)}`);
        results.push(result);
      } finally {
        await stack.stop();
      }
    }
  } finally {
    cluster.stop();
  }
  return results;
}
