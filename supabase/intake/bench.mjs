// `npm run bench:intake`: pull throughput on real PostgreSQL through the local
// stack (gateway → PostgREST → database), the way the provider runs it: the
// intake command as its own process, claiming, writing and acknowledging until
// the queue is empty. Measured for JSON Lines on stdout and for one fsynced file
// per referral, with the default batch size and the largest.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { findPostgresBin, startPostgresCluster } from '../local/postgres-cluster.mjs';
import { startStack } from '../local/stack.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 2000);
const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));

// A parent's referral as the form sends it (../database/bench/payloads.ts); seed() gives each its own key.
const { parent_carer: referral } = JSON.parse(
  readFileSync(new URL('../database/bench/payloads.json', import.meta.url), 'utf8'),
);

async function seed(stack) {
  await stack.query(
    `select public.submit_referral($1::jsonb || jsonb_build_object('idempotency_key', gen_random_uuid()::text)) from generate_series(1, $2)`,
    [JSON.stringify(referral), COUNT],
  );
}

function pull(stack, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [cli, 'pull', ...args, '--url', stack.url, '--key', stack.serviceKey],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (lines += chunk.toString().split('\n').length - 1));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - started) / 1000, lines })
        : reject(new Error(stderr)),
    );
  });
}

if (!findPostgresBin()) {
  console.log(
    'PostgreSQL server binaries not installed (apt-get install postgresql): nothing measured.',
  );
  process.exit(0);
}
const cluster = await startPostgresCluster();
const results = [];
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('create database bench_intake');
  await admin.end();
  const stack = await startStack({
    databaseUrl: cluster.urlFor('bench_intake'),
    settings: { referral_ip_limit: 10_000_000, referral_global_limit: 10_000_000 },
  });
  try {
    for (const [label, batch, toFolder] of [
      ['stdout, batch 25', 25, false],
      ['folder, batch 25', 25, true],
      ['stdout, batch 100', 100, false],
      ['folder, batch 100', 100, true],
    ]) {
      await seed(stack);
      const dir = mkdtempSync(join(tmpdir(), 'bench-intake-'));
      try {
        const { seconds, lines } = await pull(stack, [
          '--batch',
          String(batch),
          ...(toFolder ? ['--out', dir] : []),
        ]);
        const pulled = toFolder ? readdirSync(dir).length : lines;
        if (pulled !== COUNT) throw new Error(`${label}: pulled ${pulled} of ${COUNT}`);
        results.push([label, seconds]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await stack.stop();
  }
} finally {
  cluster.stop();
}

console.log(
  `\nPull throughput, ${COUNT} referrals per run, PostgreSQL through gateway + PostgREST, whole process included:`,
);
for (const [label, seconds] of results) {
  console.log(
    `  ${label.padEnd(18)} ${seconds.toFixed(2).padStart(6)} s   ${Math.round(COUNT / seconds)
      .toString()
      .padStart(5)} referrals/s`,
  );
}
