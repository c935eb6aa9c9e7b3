// What the gateway refuses before PostgREST or the database does any work: a body
// bigger than the largest valid payload plus a margin (413), and a payload nested
// deeper or holding more values than any valid one (400). The numbers are the
// ones the submit functions check again (payload-limits.json, generated from the
// zod schemas), so a hosted project without this gateway refuses the same.
import limits from '../validation/payload-limits.json' with { type: 'json' };

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
  const stack = [[value, 0]];
  while (stack.length) {
    const [item, level] = stack.pop();
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

/** Whether a body within the byte limit is still too deep or too full, or null. */
export function complexity(body, limit) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null; // not JSON: PostgREST answers that with its own 400
  }
  const value =
    limit.wrapped && parsed && typeof parsed === 'object' && 'payload' in parsed
      ? parsed.payload
      : parsed;
  const { depth, values } = measure(value, limit);
  return depth > limit.depth || values > limit.values ? refusal.tooComplex(limit) : null;
}
