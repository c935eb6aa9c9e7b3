// Rules that span questions. By default zod runs an object's refinements only
// once every answer in it is valid, so a person who left one question empty
// would fix it and only then learn that a phone number is needed for texts. Each
// rule here says which answers it reads and runs as soon as those are valid,
// whatever else is still empty, so a step shows every problem at once. The
// database's copy of each rule sits in supabase/migrations/*_referral.sql under
// the schema's name; the parity property tests hold the two together.
import * as z from 'zod/mini';
import type { ErrorCode } from './codes';
import { notBlank } from './patterns';

type Shape = Record<string, z.ZodMiniType>;

/**
 * What a rule sees: the answers it reads, parsed; anything else as it came, so
 * a rule may only ask whether another answer is there at all.
 */
export type Read<S extends Shape, K extends keyof S> = { [P in K]: z.output<S[P]> } & {
  [P in Exclude<keyof S, K>]?: unknown;
};

export type Report = (path: (string | number)[], code: ErrorCode) => void;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function rule<S extends Shape, const K extends keyof S & string>(
  shape: S,
  reads: readonly K[],
  check: (value: Read<S, K>, report: Report) => void,
) {
  return z.superRefine<unknown>(
    (value, ctx) =>
      check(value as Read<S, K>, (path, code) =>
        ctx.issues.push({ code: 'custom', input: value, path, message: code }),
      ),
    {
      when: ({ value }) =>
        isRecord(value) && reads.every((key) => z.safeParse(shape[key]!, value[key]).success),
    },
  );
}

/** A text answer that is there and not only spaces. */
export const answered = (value: unknown) => typeof value === 'string' && notBlank.test(value);
