// The portal as the case system sees it: supabase-js with the service key, one
// call per case-system function, and every failure turned into an exit code a
// scheduler can act on.
import { createClient } from '@supabase/supabase-js';
import { serviceKey as localServiceKey } from '../local/keys.mjs';

export const LOCAL_URL = 'http://127.0.0.1:54321';

/** Exit codes, documented in README.md. */
export const exit = {
  ok: 0,
  failed: 1,
  usage: 2,
  overdue: 3,
  refused: 4,
  unavailable: 5,
  unauthorised: 6,
  cannotWrite: 7,
  unknownVersion: 8,
  held: 9,
};

export class IntakeError extends Error {
  /**
   * @param {number} code @param {string} message @param {string} [reason] the portal's error code, when it refused
   * @param {unknown} [details] the refusal's details (field errors), parsed
   */
  constructor(code, message, reason, details) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
}

const isLoopback = (url) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** URL and key from flags, then the environment, then the local stack's. */
export function connection({ url, key }) {
  const target = url ?? process.env.SUPABASE_URL ?? LOCAL_URL;
  try {
    new URL(target);
  } catch {
    throw new IntakeError(exit.usage, `not a URL: ${target}`);
  }
  const given = key ?? process.env.SUPABASE_SERVICE_ROLE_KEY;
  // The local key is public; it must never be sent anywhere but this machine.
  if (!given && !isLoopback(target)) {
    throw new IntakeError(
      exit.usage,
      `no service key for ${target}: pass --key or set SUPABASE_SERVICE_ROLE_KEY`,
    );
  }
  return { url: target, key: given ?? localServiceKey };
}

/**
 * A thin client: `call(name, args)` resolves with the function's JSON or throws an
 * IntakeError; `answer(name, args)` also gives the HTTP status (201 or 200 for a
 * function that says whether it did something new).
 */
export function portal({ url, key }) {
  const supabase = createClient(url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  const answer = async (name, args = {}) => {
    const { data, error, status } = await supabase.rpc(name, args);
    if (!error) return { data, status };
    throw classify(name, status, error);
  };
  return {
    url,
    answer,
    call: async (name, args = {}) => (await answer(name, args)).data,
  };
}

function parsed(details) {
  try {
    return typeof details === 'string' ? JSON.parse(details) : undefined;
  } catch {
    return undefined;
  }
}

function classify(name, status, error) {
  const what = `${name}: ${status || 'no answer'} ${error.code || ''} ${error.message ?? ''}`
    .replace(/\s+/g, ' ')
    .trim();
  if (status === 0 || status >= 500)
    return new IntakeError(exit.unavailable, `portal unavailable (${what}); try again later`);
  if (status === 401 || status === 403)
    return new IntakeError(exit.unauthorised, `key refused (${what}); check the service key`);
  if (status === 404 && error.code === 'PGRST202') {
    return new IntakeError(
      exit.unavailable,
      `function missing (${what}); are the migrations applied?`,
    );
  }
  const details = typeof error.details === 'string' && error.details ? ` ${error.details}` : '';
  return new IntakeError(
    exit.refused,
    `refused: ${error.code || status}${details} (${name})`,
    error.code,
    parsed(error.details),
  );
}
