// The local stack for HTTP tests, on either database kind: PGlite in memory, or a
// fresh database in the run's PostgreSQL cluster.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { submit } from '../../../../src/lib/submit/client';
import { solve } from '../../../../src/lib/submit/proof-of-work';
import type { SubmitFunction } from '../../../../src/lib/supabase-config';
import { startStack } from '../../../local/stack.mjs';
import { postFrom } from '../../../../tests/support/loopback.mjs';
import { steadyWindow } from '../../../../tests/support/steady-window.mjs';
import type { DbKind } from './db';
import type { Loose } from './fixtures';

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

/**
 * What a person's browser does: the portal's own submit code (retries, challenges
 * solved unseen), which must end with the submission received. Its reference
 * (empty for equality answers, which have none).
 */
export async function submitAsPerson(
  stack: Pick<Stack, 'url' | 'anonKey'>,
  fn: SubmitFunction,
  payload: unknown,
) {
  const result = await submit({ api: { url: stack.url, anonKey: stack.anonKey }, fn, payload });
  expect(result, fn).toMatchObject({ ok: true });
  return result.ok ? result.reference : '';
}

/** Rows as the stack's owner sees them. */
export const rows = async <T>(stack: Pick<Stack, 'query'>, sql: string) =>
  (await stack.query(sql)).rows as unknown as T[];

/** POST a payload from a loopback address, as a different machine would; the answer parsed. */
export async function postPayload(
  stack: Pick<Stack, 'anonKey'>,
  url: string,
  payload: unknown,
  from: string,
  headers: Record<string, string> = {},
) {
  const answer = await postFrom(url, JSON.stringify({ payload }), from, {
    apikey: stack.anonKey,
    ...headers,
  });
  return { status: answer.status, body: JSON.parse(answer.body || '{}') as Loose };
}

/**
 * POST as a sender that solves the challenges it is set: each 428 is answered by
 * sending again with a proof, up to `tries` times (a proof for a challenge that has
 * since grown harder is answered with a harder one). `solving` hears each one's bits.
 */
export async function postSolving(
  stack: Pick<Stack, 'anonKey'>,
  url: string,
  payload: Loose,
  from: string,
  { tries = 1, solving = (_bits: number) => {} } = {},
) {
  let answer = await postPayload(stack, url, payload, from);
  for (let i = 0; answer.status === 428 && i < tries; i++) {
    const { challenge, bits } = JSON.parse(answer.body.details as string);
    solving(bits);
    answer = await postPayload(
      stack,
      url,
      { ...payload, proof: await solve(challenge, bits) },
      from,
    );
  }
  return answer;
}
