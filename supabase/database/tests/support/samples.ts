// Valid samples of a schema, built by walking it as the property tests do
// (schema-walk.ts): every required field gets a plain valid value (a list's first
// choice, a flag's false, the smallest number, words from the field's name), and
// optional ones are left out. What a test or an example relies on is given as
// `answers`, merged in; whatever the schema asks that they do not say is filled
// in, so a new required question needs no test data written by hand.
import { nodeOf, type Node } from './schema-walk';

type Answers = Record<string, unknown>;
const isRecord = (v: unknown): v is Answers =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `safe_times_note` → `Safe times note`, cut to fit. */
const words = (name: string, max = 200) =>
  (name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ')).slice(0, max);

function stringSample(node: Extract<Node, { type: 'string' }>, name: string): string {
  switch (node.kind) {
    case 'uuid':
      return '3f6c2a9e-8d41-4b7a-9c15-2e0d7f4b6a83';
    case 'email':
      return 'someone@example.org';
    case 'phone':
      return '07700 900123';
    case 'date':
      return '2012-03-09';
    case 'instant':
      return '2026-11-20T18:04:05.123Z';
    case 'token':
    case 'pattern':
      throw new Error(`${name}: no sample for a ${node.kind}; give one in the answers`);
    case 'text':
      return words(name, node.max);
  }
}

function build(schema: unknown, given: unknown, name: string): unknown {
  const node = nodeOf(schema);
  switch (node.type) {
    case 'optional':
      return given === undefined ? undefined : build(node.inner, given, name);
    case 'object': {
      if (given !== undefined && !isRecord(given)) return given;
      const answers = given ?? {};
      const unknown = Object.keys(answers).filter((key) => !(key in node.shape));
      if (unknown.length) throw new Error(`${name}: no question ${unknown.join(', ')}`);
      // The answers' order first (an example reads as it was written), then the rest.
      const keys = [...new Set([...Object.keys(answers), ...Object.keys(node.shape)])];
      const built = keys.map((key) => [key, build(node.shape[key], answers[key], key)] as const);
      return Object.fromEntries(built.filter(([, value]) => value !== undefined));
    }
    case 'union': {
      // The option whose literals the answers match, or the first.
      const fits = (option: unknown) => {
        const shape = nodeOf(option);
        if (shape.type !== 'object' || !isRecord(given)) return false;
        return Object.entries(shape.shape).every(([key, field]) => {
          const f = nodeOf(field);
          return f.type !== 'literal' || given[key] === undefined || f.values.includes(given[key]);
        });
      };
      return build(node.options.find(fits) ?? node.options[0], given, name);
    }
    case 'array': {
      if (given !== undefined) {
        if (!Array.isArray(given) || node.choices) return given;
        return given.map((item) => build(node.element, item, name));
      }
      const count = node.min ?? 0;
      if (node.choices) return node.choices.slice(0, count);
      return Array.from({ length: count }, () => build(node.element, undefined, name));
    }
    default:
      if (given !== undefined) return given;
      switch (node.type) {
        case 'literal':
          return node.values[0];
        case 'enum':
          return node.values[0];
        case 'boolean':
          return false;
        case 'number':
          return node.min ?? 0;
        case 'string':
          return stringSample(node, name);
      }
  }
}

interface Parses<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/**
 * A valid value of `schema` with `answers` in it. Refuses answers naming no
 * question, and a result the schema refuses (a rule across fields the answers
 * must meet), saying why.
 */
export function sample<T>(schema: Parses<T>, answers: Answers = {}): T {
  const built = build(schema, structuredClone(answers), 'sample');
  const checked = schema.safeParse(built);
  if (!checked.success)
    throw new Error(
      `not a valid sample: ${JSON.stringify(checked.error)}\n${JSON.stringify(built)}`,
    );
  return built as T;
}
