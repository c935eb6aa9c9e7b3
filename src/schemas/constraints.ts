// What a form control says natively about its question (`maxlength`, `required`,
// the kind of box and so the keyboard a phone shows),
// read from the schema itself so a form cannot drift from the contract. Only
// what a field asks of itself: a question that becomes required through a rule
// spanning fields (a phone number once a phone channel is chosen) says so where
// the rule is.
import type * as z from 'zod/mini';
import { inputTypes } from './fields';

interface Def {
  type: string;
  entries?: Record<string, string>;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}
const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

export interface Constraints {
  maxLength?: number;
  required?: boolean;
  type?: 'email' | 'tel';
}

/** The schema of the question at a dotted path of an object schema, and whether it may be left out. */
export function questionAt(schema: z.ZodMiniType, path: string) {
  let node = schema;
  for (const key of path.split('.')) {
    const def = defOf(node);
    const object = def.type === 'optional' && def.innerType ? defOf(def.innerType) : def;
    const next = object.type === 'object' ? object.shape?.[key] : undefined;
    if (!next) return undefined;
    node = next;
  }
  const outer = defOf(node);
  return outer.type === 'optional' && outer.innerType
    ? { node: outer.innerType, required: false }
    : { node, required: true };
}

/** The constraints of the field at a dotted path of an object schema; none for anything else. */
export function constraintsAt(schema: z.ZodMiniType, path: string): Constraints {
  const question = questionAt(schema, path);
  const def = question && defOf(question.node);
  if (!question || def?.type !== 'string') return {};
  const maxLength = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  const type = inputTypes.get(question.node)?.type;
  return { maxLength, ...(question.required && { required: true }), ...(type && { type }) };
}

/**
 * The answers a closed question allows (for a list, each item's), in the schema's
 * order; none for anything else.
 */
export function choicesAt(schema: z.ZodMiniType, path: string): readonly string[] {
  const question = questionAt(schema, path);
  let def = question && defOf(question.node);
  if (def?.type === 'array' && def.element) def = defOf(def.element);
  return def?.type === 'enum' && def.entries ? Object.values(def.entries) : [];
}

/**
 * Every question of an object schema, unanswered: text as '', a list as [], a
 * choice, flag or anything else as undefined. Nothing is ticked until the person
 * ticks it.
 */
export function blankAnswers(schema: z.ZodMiniType): unknown {
  const def = defOf(schema);
  if (def.type === 'optional' && def.innerType) return blankAnswers(def.innerType);
  if (def.type === 'string' || def.type === 'number') return '';
  if (def.type === 'array') return [];
  if (def.type !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(def.shape ?? {}).map(([key, field]) => [key, blankAnswers(field)]),
  );
}
