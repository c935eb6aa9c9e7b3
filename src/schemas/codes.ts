// The validation contract shared by the forms and the database. Messages are codes,
// never words: a form maps (field, code) to text in the reader's language, and the
// database's `submit_*` functions answer a bad payload with the same paths and codes.

export const errorCodes = [
  'required',
  'invalid',
  'too_long',
  'out_of_range',
  'invalid_choice',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
  'invalid_format',
  'invalid_characters',
  'duplicate',
  'too_many',
  'unknown_field',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field. `path` joins keys and array indexes with dots: `contact.channels.1`. */
export interface FieldError {
  path: string;
  code: ErrorCode;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
