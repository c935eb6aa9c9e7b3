// One shape for field errors, whether they come from the schema in the browser or
// from the database function behind the API.
import type * as z from 'zod/mini';
import { isErrorCode, type FieldError } from './codes';

type Issue = z.core.$ZodIssue;

/** Zod issues → contract errors. Unknown keys become one `unknown_field` per key. */
export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), code: 'unknown_field' }));
    }
    return [{ path: path.join('.'), code: isErrorCode(issue.message) ? issue.message : 'invalid' }];
  });
}

/**
 * Validate with a schema and answer in contract terms: `[]` means valid. A form
 * checking one step passes the step's place in the payload as `prefix`
 * (`validate(contactSchema, answers.contact, 'contact')`), so its paths match the
 * ones the server would send for the whole payload.
 */
export function validate(schema: z.ZodMiniType, value: unknown, prefix = ''): FieldError[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const errors = toFieldErrors(result.error.issues);
  return prefix
    ? errors.map((e) => ({ ...e, path: e.path ? `${prefix}.${e.path}` : prefix }))
    : errors;
}

/** The body PostgREST sends for a contract error (`invalid_payload`, `idempotency_conflict`, `rate_limited`). */
export interface ServerError {
  code: string;
  message: string;
  details: string | null;
  hint: string | null;
}

/** The field errors inside a 400 `invalid_payload` answer; `[]` for any other error. */
export function serverFieldErrors(error: Partial<ServerError> | null | undefined): FieldError[] {
  if (error?.code !== 'invalid_payload' || typeof error.details !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(error.details);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is FieldError =>
        typeof e === 'object' && e !== null && typeof e.path === 'string' && isErrorCode(e.code),
    );
  } catch {
    return [];
  }
}
