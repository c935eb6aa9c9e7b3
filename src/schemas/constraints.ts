// What a form control says natively about its question (`maxlength`, `required`),
// read from the schema itself so a form cannot drift from the contract. Only
// what a field asks of itself: a question that becomes required through a rule
// spanning fields (a phone number once a phone channel is chosen) says so where
// the rule is.
import type * as z from 'zod/mini';

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}
const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

export interface Constraints {
  maxLength?: number;
  required?: boolean;
}

/** The constraints of the field at a dotted path of an object schema; none for anything else. */
export function constraintsAt(schema: z.ZodMiniType, path: string): Constraints {
  let def = defOf(schema);
  let required = true;
  for (const key of path.split('.')) {
    if (def.type === 'optional' && def.innerType) def = defOf(def.innerType);
    const next = def.type === 'object' ? def.shape?.[key] : undefined;
    if (!next) return {};
    def = defOf(next);
  }
  if (def.type === 'optional' && def.innerType) {
    required = false;
    def = defOf(def.innerType);
  }
  if (def.type !== 'string') return {};
  const maxLength = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  return required ? { maxLength, required } : { maxLength };
}
