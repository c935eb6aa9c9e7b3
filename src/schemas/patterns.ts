// Patterns written so that JavaScript and PostgreSQL's regular expressions read them
// the same way: explicit character classes only (no \s or \w, whose meaning differs
// between the two engines). The SQL validation functions carry identical copies.

/** Whitespace in both engines' sense, listed so "blank" means the same everywhere. */
const space =
  ' \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
export const notBlank = new RegExp(`[^${space}]`);

/** NUL and unpaired surrogates cannot be stored as PostgreSQL text. */
// eslint-disable-next-line no-control-regex -- NUL is exactly the character this refuses.
export const storable = /^[^\u0000\uD800-\uDFFF]*$/u;

export const email = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** Digits, spaces, brackets, hyphens and a leading +; the digits must make a UK number. */
export const phoneChars = /^\+?[0-9 ()-]+$/;
export const ukPhoneDigits = /^(0[0-9]{9,10}|44[0-9]{9,10})$/;

export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isoDate = /^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$/;
/** What `new Date().toISOString()` produces, and nothing looser. */
export const isoInstant = /^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/;
/** The version of the privacy notice a consent was given under: up to 20 characters. */
export const noticeVersion = /^[A-Za-z0-9._-]{1,20}$/;
/** Feedback tokens use the reference alphabet (no 0, 1, I, L, O, U). */
export const feedbackToken = /^[2-9A-HJKMNP-TV-Z]{24}$/;
/**
 * A challenge the database set (when it was issued, how many zero bits it asks for,
 * and its signature over both) and a solution.
 */
export const challenge = /^[0-9]{1,12}\.[0-9]{1,2}\.[0-9a-f]{32}$/;
export const nonce = /^[0-9]{1,16}$/;
export const reference = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidInstant(value: string): boolean {
  const [h, mi, s] = value.slice(11, 19).split(':').map(Number) as [number, number, number];
  return isCalendarDate(value) && h <= 23 && mi <= 59 && s <= 59;
}

/** Whole years between a date of birth and today (UTC), as the database computes it. */
export function ageOn(dateOfBirth: string, today: Date = new Date()): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const ty = today.getUTCFullYear();
  const tm = today.getUTCMonth() + 1;
  const td = today.getUTCDate();
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
