// Runs `npm run intake` as the provider's scheduler would: a separate process,
// talking to the stack over HTTP, judged by its stdout, stderr and exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient } from '@supabase/supabase-js';
import type { SubmitFunction } from '../../src/lib/supabase-config';
import type { Stack } from '../database/tests/support/stack';
import { serverAddedKeys } from './document-schema';

const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Started {
  child: ChildProcess;
  done: Promise<Run>;
  /** Resolves once stderr has printed a line containing `text`. */
  waitFor(text: string): Promise<void>;
}

export function startIntake(stack: Pick<Stack, 'url' | 'serviceKey'>, args: string[]): Started {
  const child = spawn(
    process.execPath,
    [cli, ...args, '--url', stack.url, '--key', stack.serviceKey],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const waiters: [string, () => void][] = [];
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
    for (const [text, resolve] of waiters) if (stderr.includes(text)) resolve();
  });
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    done,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        if (stderr.includes(text)) return resolve();
        waiters.push([text, resolve]);
        void done.then((run) =>
          reject(new Error(`intake ended before printing "${text}": ${run.stderr}`)),
        );
      }),
  };
}

export const runIntake = (stack: Pick<Stack, 'url' | 'serviceKey'>, args: string[]) =>
  startIntake(stack, args).done;

/** The JSON Lines a pull printed. */
export const lines = (run: Run) =>
  run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Submit as the portal's forms do: the anon key, through the gateway, with supabase-js. */
export function anonSubmitter(stack: Pick<Stack, 'url' | 'anonKey'>) {
  const supabase = createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  return async (fn: SubmitFunction, payload: unknown) => {
    const { data, error } = await supabase.rpc(fn, { payload });
    if (error) throw new Error(`${fn} failed: ${JSON.stringify(error)}`);
    return (data as { reference: string }).reference;
  };
}

/** A document without its envelope is the payload as sent, less the idempotency key. */
export const answersOf = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !serverAddedKeys.includes(key)));
