// Local-only JWTs, signed like a Supabase project's anon and service-role keys.
// The secret is public on purpose, as `supabase start`'s is: these keys open
// nothing but a database on this machine.
import { createHmac } from 'node:crypto';

export const LOCAL_JWT_SECRET = 'local-only-jwt-secret-for-the-young-victims-portal-stack';

const b64url = (value) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** HS256, as PostgREST and the hosted gateway expect. */
export function signJwt(claims, secret = LOCAL_JWT_SECRET) {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

// Fixed times, so the keys are the same on every machine and in every build.
const issued = 1763683200; // 2025-11-21
const expires = 2079216000; // 2035-11-21
export const anonKey = signJwt({
  iss: 'supabase-local',
  ref: 'local',
  role: 'anon',
  iat: issued,
  exp: expires,
});
export const serviceKey = signJwt({
  iss: 'supabase-local',
  ref: 'local',
  role: 'service_role',
  iat: issued,
  exp: expires,
});
