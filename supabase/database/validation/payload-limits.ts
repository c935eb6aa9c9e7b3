// How big, how deep and how many values a payload can ever be, worked out from the
// zod schemas, and the limits the gateway and the submit functions hold a request
// to. A request past them is refused before any per-field work, so junk costs the
// same little whatever is in it. `npm run db:generate` writes them to
// payload-limits.json (for the local gateway) and into the generated migration.
import * as schemas from '../../../src/schemas';
import type { Schema } from './generate';

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}
export interface Size {
  /** Bytes of the payload as JSON.stringify writes it. */
  bytes: number;
  /** Levels below the top value, as jsonpath's `.**{n}` counts them. */
  depth: number;
  /** Every value, containers included. */
  values: number;
}
export interface Limits extends Size {
  largest: Size;
}

// JSON.stringify writes a control character as \u00XX: six bytes for one character.
const BYTES_PER_CHARACTER = 6;
// The strings with no maximum are the patterned ones (dates, keys, tokens), all shorter.
const PATTERNED_STRING = 64;

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;
const maximum = (def: Def) =>
  def.checks?.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;
const scalar = (bytes: number): Size => ({ bytes, depth: 0, values: 1 });

/** The largest a value of this schema can be, on each measure at once. */
export function largest(schema: Schema): Size {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return largest(def.innerType!);
    case 'string':
      return scalar(2 + BYTES_PER_CHARACTER * (maximum(def) ?? PATTERNED_STRING));
    case 'enum':
      return scalar(2 + Math.max(...Object.values(def.entries!).map((v) => v.length)));
    case 'number':
      return scalar(24);
    case 'boolean':
      return scalar(5);
    case 'literal':
      return scalar(JSON.stringify(def.values?.[0]).length);
    case 'union': {
      const sizes = def.options!.map(largest);
      return {
        bytes: Math.max(...sizes.map((s) => s.bytes)),
        depth: Math.max(...sizes.map((s) => s.depth)),
        values: Math.max(...sizes.map((s) => s.values)),
      };
    }
    case 'array': {
      const element = defOf(def.element!);
      const count = maximum(def) ?? Object.keys(element.entries ?? {}).length;
      if (!count) throw new Error('a list with no maximum length has no largest size');
      const item = largest(def.element!);
      return {
        bytes: 2 + count * (item.bytes + 1),
        depth: 1 + item.depth,
        values: 1 + count * item.values,
      };
    }
    case 'object': {
      const fields = Object.entries(def.shape!).map(
        ([key, field]) => [key, largest(field)] as const,
      );
      return {
        bytes: 2 + fields.reduce((sum, [key, s]) => sum + key.length + 4 + s.bytes, 0),
        depth: 1 + Math.max(0, ...fields.map(([, s]) => s.depth)),
        values: 1 + fields.reduce((sum, [, s]) => sum + s.values, 0),
      };
    }
    default:
      throw new Error(`no size for a ${def.type}: add it to payload-limits.ts`);
  }
}

/**
 * The limits for one payload: a quarter more bytes than the largest valid one, in
 * whole kilobytes, and two levels and a few values of room, so a client a version
 * behind gets field errors rather than a refusal for one new key.
 */
export function limitsFor(schema: Schema): Limits {
  const size = largest(schema);
  return {
    bytes: Math.ceil((size.bytes * 1.25) / 1024) * 1024,
    depth: size.depth + 2,
    values: size.values + 16,
    largest: size,
  };
}

/** Each form's limits, from src/schemas or a test's edited copy of it. */
export const limitsOf = (s: typeof schemas) => ({
  referral: limitsFor(s.referralSchema as unknown as Schema),
  feedback: limitsFor(s.feedbackSchema as unknown as Schema),
  adult_feedback: limitsFor(s.adultFeedbackSchema as unknown as Schema),
  panel: limitsFor(s.panelSchema as unknown as Schema),
  monitoring: limitsFor(s.monitoringSchema as unknown as Schema),
});

export const payloadLimits = limitsOf(schemas);
