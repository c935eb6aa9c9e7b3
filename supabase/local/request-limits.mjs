// What the gateway refuses before PostgREST or the database does any work: a body
// bigger than the largest valid payload plus a margin (413), and a payload nested
// deeper or holding more values than any valid one (400). The numbers are the
// ones the submit functions check again (payload-limits.json, generated from the
// zod schemas), so a hosted project without this gateway refuses the same.
import limits from '../database/validation/payload-limits.json' with { type: 'json' };

// Case-system calls carry a few short arguments.
const OTHER_CALLS = { bytes: 16 * 1024, depth: 4, values: 64 };

/** The limits for a path under /rest/v1. */
export function limitsFor(path) {
  if (path === '/rpc/submit_referral') return { ...limits.referral, wrapped: true };
  if (path === '/rpc/submit_feedback') return { ...limits.feedback, wrapped: true };
  if (path === '/rpc/submit_adult_feedback') return { ...limits.adult_feedback, wrapped: true };
  if (path === '/rpc/submit_panel_volunteer') return { ...limits.panel, wrapped: true };
  if (path === '/rpc/submit_monitoring') return { ...limits.monitoring, wrapped: true };
  return { ...OTHER_CALLS, wrapped: false };
}

/** Levels below `value` (as jsonpath's .** counts them) and values, stopping past the limits. */
export function measure(value, limit) {
  let depth = 0;
  let values = 0;
  /** @type {[unknown, number][]} */
  const stack = [[value, 0]];
  while (stack.length) {
    const [item, level] = /** @type {[unknown, number]} */ (stack.pop());
    values++;
    depth = Math.max(depth, level);
    if (depth > limit.depth || values > limit.values) break;
    if (item && typeof item === 'object')
      for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return { depth, values };
}

export const refusal = {
  tooLarge: (limit) => ({
    status: 413,
    body: {
      code: 'payload_too_large',
      message: 'payload_too_large',
      details: JSON.stringify({ max_bytes: limit.bytes }),
      hint: null,
    },
  }),
  tooComplex: (limit) => ({
    status: 400,
    body: {
      code: 'payload_too_complex',
      message: 'payload_too_complex',
      details: JSON.stringify({ max_depth: limit.depth, max_values: limit.values }),
      hint: null,
    },
  }),
};

// No field of any form holds a number past a billion or with more than 6
// decimals, and no form writes one with an exponent, so a number literal that is
// not plain digits is refused before PostgREST or the database prints it:
// 1e131071 prints as 131,072 characters, 0e-16383 as 16,385. (The submit
// functions refuse such numbers themselves too: private.payload_problem.)
const plainNumber = /^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?$/;

/**
 * Whether a body within the byte limit is still too deep or too full, or holds a
 * number no field could, or null. The whole body is measured, not just its
 * `payload`: with `Prefer: params=single-object` PostgREST hands the whole body to
 * the function, and any key beside `payload` is either that or junk.
 */
export function complexity(body, limit) {
  const text = body.toString('utf8');
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null; // not JSON: PostgREST answers that with its own 400
  }
  const onlyPayload =
    limit.wrapped &&
    parsed &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    Object.keys(parsed).length === 1 &&
    'payload' in parsed;
  const { depth, values } = measure(onlyPayload ? parsed.payload : parsed, limit);
  if (depth > limit.depth || values > limit.values) return refusal.tooComplex(limit);
  // Once the depth is known to be small (a reviver recurses), each number as it was
  // written, before it became a double.
  let oddNumber = false;
  JSON.parse(text, (_key, value, context) => {
    if (typeof value === 'number' && !plainNumber.test(context?.source ?? '')) oddNumber = true;
    return value;
  });
  return oddNumber ? refusal.tooComplex(limit) : null;
}
