// `npm run bench:submit`: submit latency through the local stack (gateway →
// PostgREST → database function), 1,000 sequential referrals as a form sends them,
// on PGlite and, when installed, on a throwaway PostgreSQL cluster.
// Budget (docs/architecture.md): p95 ≤ 50 ms.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { findPostgresBin, startPostgresCluster } from '../../local/postgres-cluster.mjs';
import { startStack } from '../../local/stack.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const WARMUP = 20;
const unlimited = {
  referral_ip_limit: 10_000_000,
  referral_global_limit: 10_000_000,
  feedback_ip_limit: 10_000_000,
  feedback_global_limit: 10_000_000,
};

const { young_person: sample } = JSON.parse(
  readFileSync(new URL('./payloads.json', import.meta.url), 'utf8'),
);

/** A young person's referral as the form sends it (payloads.ts), with a key of its own. */
export function payload() {
  return {
    ...sample,
    idempotency_key: randomUUID(),
    consents: sample.consents.map((consent) => ({
      ...consent,
      given_at: new Date().toISOString(),
    })),
  };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const headersFor = (stack) => ({
  apikey: stack.anonKey,
  authorization: `Bearer ${stack.anonKey}`,
  'content-type': 'application/json',
});

async function send(stack) {
  const start = performance.now();
  const response = await fetch(`${stack.url}/rest/v1/rpc/submit_referral`, {
    method: 'POST',
    headers: headersFor(stack),
    body: JSON.stringify({ payload: payload() }),
  });
  await response.json();
  return { ms: performance.now() - start, ok: response.status === 200 };
}

/** `count` sequential referrals after a warm-up: p50, p95, p99, max and errors. */
export async function sequential(stack, count = COUNT) {
  const times = [];
  let errors = 0;
  for (let i = 0; i < count + WARMUP; i++) {
    const { ms, ok } = await send(stack);
    if (!ok) errors++;
    if (i >= WARMUP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (p) => Math.round(percentile(times, p) * 10) / 10;
  return { count, p50: at(50), p95: at(95), p99: at(99), max: at(100), errors };
}

/** `count` referrals from `clients` clients at once: referrals a second and errors. */
export async function concurrent(stack, clients, count = 400) {
  let left = count;
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (left-- > 0) if (!(await send(stack)).ok) errors++;
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { clients, count, perSecond: Math.round(count / seconds), errors };
}

export const unlimitedSettings = unlimited;

/** Runs `measure(stack)` on PGlite and, when installed, on a throwaway PostgreSQL. */
export async function onBothEngines(measure, log = console.log) {
  const results = {};
  const stack = await startStack({ settings: unlimited });
  try {
    results.PGlite = await measure(stack);
  } finally {
    await stack.stop();
  }
  if (!findPostgresBin()) {
    log('PostgreSQL server binaries not installed: PostgreSQL not measured.');
    return results;
  }
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    const pgStack = await startStack({ databaseUrl: cluster.urlFor('bench'), settings: unlimited });
    try {
      results.PostgreSQL = await measure(pgStack);
    } finally {
      await pgStack.stop();
    }
  } finally {
    cluster.stop();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await onBothEngines((stack) => sequential(stack));
  console.log(
    `\nSubmit latency, ${COUNT} sequential referrals through gateway + PostgREST (after ${WARMUP} warm-up):`,
  );
  for (const [kind, { p50, p95, p99, max }] of Object.entries(results)) {
    console.log(
      `  ${kind.padEnd(10)} p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   max ${max.toFixed(1)} ms`,
    );
  }
}
