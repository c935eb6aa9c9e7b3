// How the test data reads a zod schema: one step at a time, each definition as a
// node with what matters for making values (its kind of string and patterns, its
// limits, its choices). The property tests' arbitraries (arbitraries.ts), the
// valid-sample builder (samples.ts) and the browser tests' first choices
// (tests/e2e/referral/first-choice.ts) all read schemas with this, so they agree
// on what every field is.
import * as re from '../../../../src/schemas/patterns';
import type { Loose } from './fixtures';

// Zod's internal definitions, read-only; typed loosely on purpose.
type Def = Loose;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Def[] => (def.checks ?? []).map((check: unknown) => defOf(check));

/** What a string holds, told by the patterns it is checked against. */
export type StringKind =
  'uuid' | 'email' | 'phone' | 'date' | 'instant' | 'token' | 'pattern' | 'text';

export type Node =
  | { type: 'optional'; inner: unknown }
  | { type: 'object'; shape: Record<string, unknown> }
  | { type: 'union'; options: unknown[] }
  | { type: 'literal'; values: unknown[] }
  | { type: 'enum'; values: string[] }
  | { type: 'boolean' }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'string'; kind: StringKind; max?: number; notBlank: boolean; pattern?: RegExp }
  | { type: 'array'; element: unknown; min?: number; max?: number; choices?: string[] };

function stringNode(def: Def): Node {
  const checks = checksOf(def);
  const max: number | undefined = checks.find((c) => c.check === 'max_length')?.maximum;
  const patterns: RegExp[] = checks.filter((c) => c.format === 'regex').map((c) => c.pattern);
  const has = (pattern: RegExp) => patterns.some((p) => p.source === pattern.source);
  const notBlank = has(re.notBlank);
  const kinds: [RegExp, StringKind][] = [
    [re.uuid, 'uuid'],
    [re.email, 'email'],
    [re.phoneChars, 'phone'],
    [re.isoDate, 'date'],
    [re.isoInstant, 'instant'],
    [re.feedbackToken, 'token'],
  ];
  const kind = kinds.find(([pattern]) => has(pattern))?.[1];
  if (kind) return { type: 'string', kind, max, notBlank };
  const pattern = patterns.find(
    (p) => p.source !== re.storable.source && p.source !== re.notBlank.source,
  );
  if (pattern) return { type: 'string', kind: 'pattern', max, notBlank, pattern };
  return { type: 'string', kind: 'text', max, notBlank };
}

/** One step of a schema: its node, whose children are schemas to walk in turn. */
export function nodeOf(schema: unknown): Node {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return { type: 'optional', inner: def.innerType };
    case 'object':
      return { type: 'object', shape: def.shape };
    case 'union':
      return { type: 'union', options: def.options };
    case 'literal':
      return { type: 'literal', values: def.values };
    case 'enum':
      return { type: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const checks = checksOf(def);
      return {
        type: 'number',
        min: checks.find((c) => c.check === 'greater_than')?.value,
        max: checks.find((c) => c.check === 'less_than')?.value,
      };
    }
    case 'string':
      return stringNode(def);
    case 'array': {
      const checks = checksOf(def);
      const element = defOf(def.element);
      return {
        type: 'array',
        element: def.element,
        min: checks.find((c) => c.check === 'min_length')?.minimum,
        max: checks.find((c) => c.check === 'max_length')?.maximum,
        ...(element.type === 'enum'
          ? { choices: Object.values(element.entries as Record<string, string>) }
          : {}),
      };
    }
    default:
      throw new Error(`no test data for zod type ${def.type}`);
  }
}
