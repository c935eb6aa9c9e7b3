// Builders for the field kinds every form uses. Each one sets its messages to the
// codes in codes.ts, so a parsed result is already in the contract's terms.
import * as z from 'zod/mini';
import type { ErrorCode } from './codes';
import * as re from './patterns';

type Issue = { input?: unknown };
/** Missing → `required`; present but the wrong kind of value → `fallback`. */
const missingOr = (fallback: ErrorCode) => (issue: Issue) =>
  issue.input === undefined ? 'required' : fallback;

/**
 * The kind of box a question needs, kept with its schema so a form shows the
 * keyboard for it (an email address, a phone number) without being told.
 */
export const inputTypes = z.registry<{ type: 'email' | 'tel' }>();

const storable = z.regex(re.storable, { error: 'invalid_characters' });

export function text(max: number) {
  return z
    .string({ error: missingOr('invalid') })
    .check(
      z.maxLength(max, { error: 'too_long' }),
      storable,
      z.regex(re.notBlank, { error: 'required' }),
    );
}

/** Optional free text: may be empty, never longer than `max`. */
export function optionalText(max: number) {
  return z.optional(
    z
      .string({ error: missingOr('invalid') })
      .check(z.maxLength(max, { error: 'too_long' }), storable),
  );
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: missingOr('invalid_choice') });
}

/** An ordered list of distinct choices (order matters: channels come in preference order). */
export function choices<const T extends readonly [string, ...string[]]>(values: T, min = 0) {
  return z.array(choice(values), { error: missingOr('invalid') }).check(
    z.minLength(min, { error: 'required' }),
    z.maxLength(values.length, { error: 'too_many' }),
    z.refine((list) => new Set(list).size === list.length, { error: 'duplicate' }),
  );
}

export function int(min: number, max: number) {
  return z
    .int({ error: missingOr('invalid') })
    .check(z.gte(min, { error: 'out_of_range' }), z.lte(max, { error: 'out_of_range' }));
}

export function flag() {
  return z.boolean({ error: missingOr('invalid') });
}

export function email(max: number) {
  return z
    .string({ error: missingOr('invalid') })
    .check(z.maxLength(max, { error: 'too_long' }), z.regex(re.email, { error: 'invalid_email' }))
    .register(inputTypes, { type: 'email' });
}

export function phone(max: number) {
  return z
    .string({ error: missingOr('invalid') })
    .check(
      z.maxLength(max, { error: 'too_long' }),
      z.regex(re.phoneChars, { error: 'invalid_phone' }),
      z.refine((value) => re.ukPhoneDigits.test(value.replace(/[^0-9]/g, '')), {
        error: 'invalid_phone',
      }),
    )
    .register(inputTypes, { type: 'tel' });
}

export function pattern(regex: RegExp, code: ErrorCode = 'invalid_format') {
  return z.string({ error: missingOr('invalid') }).check(z.regex(regex, { error: code }));
}

export function isoDate() {
  return z.string({ error: missingOr('invalid') }).check(
    z.regex(re.isoDate, { error: 'invalid_date' }),
    z.refine((value) => !re.isoDate.test(value) || re.isCalendarDate(value), {
      error: 'invalid_date',
    }),
  );
}

export function isoInstant() {
  return z.string({ error: missingOr('invalid') }).check(
    z.regex(re.isoInstant, { error: 'invalid_date' }),
    z.refine((value) => !re.isoInstant.test(value) || re.isValidInstant(value), {
      error: 'invalid_date',
    }),
  );
}

export function idempotencyKey() {
  return pattern(re.uuid);
}

/**
 * The solved challenge, sent only when the database asked for one because a flood
 * may be under way (private.admit): every form takes it the same way.
 */
export function proof() {
  return z.optional(object({ challenge: pattern(re.challenge), nonce: pattern(re.nonce) }));
}

/** A strict object: a key the contract does not know is an error, not silently dropped. */
export function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: missingOr('invalid') });
}
