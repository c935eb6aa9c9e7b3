// The closed lists of src/schemas/choices.ts as SQL domains, so a table says
// `safe_now private.yes_no_not_sure` rather than repeating the list: a list
// changes in choices.ts, `npm run db:generate` follows, and every column holding
// one of its values refuses anything else. A list the schemas use for several
// answers at once also gets `<name>_list`, a domain over text[].
import * as choices from '../../../src/schemas/choices';
import type { Schema } from './generate';
import { literal, snake } from './sql';
import type { Unit } from './units';

type Node = { _zod: { def: { type: string; [key: string]: unknown } } };

/** Re-runnable: a regenerated migration replaces the list a domain allows. */
function domain(name: string, base: string, check: string): string {
  return [
    `do $$ begin create domain private.${name} as ${base}; exception when duplicate_object then null; end $$;`,
    `alter domain private.${name} drop constraint if exists ${name}_values;`,
    `alter domain private.${name} add constraint ${name}_values check (${check});`,
  ].join('\n');
}

/** The value lists the schemas ask for as several answers (an array of one closed list). */
function listsOfMany(schemas: Schema[]): Set<string> {
  const found = new Set<string>();
  const walk = (node: Node) => {
    const def = node._zod.def;
    const children = [def.innerType, def.element, ...Object.values(def.shape ?? {})];
    const element = def.element as Node | undefined;
    if (def.type === 'array' && element?._zod.def.type === 'enum')
      found.add(Object.values(element._zod.def.entries as object).join('\n'));
    for (const next of children) if (next) walk(next as Node);
  };
  for (const schema of schemas) walk(schema as Node);
  return found;
}

/** One unit per domain: `private.<list>`, and `private.<list>_list` for a list of several answers. */
export function choiceDomainUnits(
  schemas: Schema[],
  lists: Record<string, readonly string[]> = choices,
): Unit[] {
  const many = listsOfMany(schemas);
  return Object.entries(lists).flatMap(([name, values]) => {
    const list = values.map(literal).join(', ');
    const one = snake(name);
    const units = [
      { name: `domain private.${one}`, sql: domain(one, 'text', `value in (${list})`) },
    ];
    if (many.has(values.join('\n')))
      units.push({
        name: `domain private.${one}_list`,
        sql: domain(`${one}_list`, 'text[]', `value <@ array[${list}]::text[]`),
      });
    return units;
  });
}
