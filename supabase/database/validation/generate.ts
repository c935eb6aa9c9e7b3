// The database's field checks, generated from the zod schemas in src/schemas: one
// plpgsql function per payload, checking every field's type, closed list, length
// (in code points, as zod counts), pattern, whether it is required, and unknown
// keys, with the same {path, code} errors the forms map. Rules that span fields
// are written by hand in SQL, in the referral and feedback migrations, beside
// their zod refinements. Run `npm run db:generate` after changing a schema.
import * as re from '../../../src/schemas/patterns';
import { literal } from './sql';

/** What the generator reads of a zod schema: its definition, loosely typed. */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  error?: (issue: object) => unknown;
}
interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  error?: (issue: object) => unknown;
}
export interface Schema {
  _zod: { def: Def };
}

const defOf = (schema: { _zod: { def: Def } }) => schema._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);
const codeOf = (check: { error?: (issue: object) => unknown }, fallback: string) =>
  String(check.error?.({ input: null }) ?? fallback);

const textArray = (values: readonly string[]) => `array[${values.map(literal).join(', ')}]`;

/** Where a value is in the payload, as SQL: a JSON value and its dotted path. */
interface Place {
  value: string;
  path: string;
}
const isLiteral = (sql: string) => /^'[^']*'$/.test(sql);
const child = (at: Place, key: string | { loop: string }): Place => {
  if (typeof key !== 'string') {
    return { value: `${at.value} -> ${key.loop}`, path: `${at.path} || '.' || ${key.loop}` };
  }
  const path =
    at.path === "''"
      ? literal(key)
      : isLiteral(at.path)
        ? literal(`${at.path.slice(1, -1)}.${key}`)
        : `${at.path} || ${literal(`.${key}`)}`;
  return { value: `${at.value} -> ${literal(key)}`, path };
};

/** The check for one string field, named by the patterns the schema applies. */
function stringCheck(def: Def, at: Place, required: boolean): string {
  const checks = checksOf(def);
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  const patterns = checks.filter((c) => c.check === 'string_format' && c.pattern);
  const has = (regex: RegExp) => patterns.some((c) => c.pattern?.source === regex.source);
  const args = `${at.value}, ${at.path}`;
  if (has(re.email)) return `private.check_email(${args}, ${max}, ${required})`;
  if (has(re.phoneChars)) return `private.check_phone(${args}, ${max}, ${required})`;
  if (has(re.isoDate)) return `private.check_date(${args}, ${required})`;
  if (has(re.isoInstant) && required) return `private.check_instant(${args})`;
  const others = patterns.filter((c) => c.pattern?.source !== re.storable.source);
  if (has(re.notBlank) && required && max !== undefined && others.length === 1) {
    return `private.check_text(${args}, ${max}, true)`;
  }
  if (others.length === 0 && !required && max !== undefined) {
    return `private.check_text(${args}, ${max}, false)`;
  }
  const [pattern] = others;
  if (others.length === 1 && pattern?.pattern && max === undefined) {
    const code = codeOf(pattern, 'invalid_format');
    return `private.check_pattern(${args}, ${literal(pattern.pattern.source)}, ${literal(code)}, ${required})`;
  }
  throw new Error(`no database check for the string at ${at.path}: add one to the generator`);
}

/** Lines of plpgsql that add the errors of `def` at `at` to `errs`. */
function emit(def: Def, at: Place, required: boolean, loops: string[]): string[] {
  const add = (check: string) => [`errs := errs || ${check};`];
  switch (def.type) {
    case 'optional':
      return emit(defOf(def.innerType!), at, false, loops);
    case 'string':
      return add(stringCheck(def, at, required));
    case 'enum':
      return add(
        `private.check_choice(${at.value}, ${at.path}, ${textArray(Object.values(def.entries!))}, ${required})`,
      );
    case 'number': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'greater_than' && c.inclusive)?.value;
      const max = checks.find((c) => c.check === 'less_than' && c.inclusive)?.value;
      if (def.format !== 'safeint' || min === undefined || max === undefined) {
        throw new Error(`no database check for the number at ${at.path}: add one to the generator`);
      }
      return add(`private.check_int(${at.value}, ${at.path}, ${min}, ${max}, ${required})`);
    }
    case 'boolean':
      if (!required) throw new Error(`an optional flag at ${at.path}: add one to the generator`);
      return add(`private.check_flag(${at.value}, ${at.path})`);
    case 'literal': {
      // `source` chooses which payload this is and is judged before these checks.
      if (at.path === literal('source')) return [];
      const [value] = def.values ?? [];
      if (value !== true) throw new Error(`no database check for the literal at ${at.path}`);
      const code = codeOf(def, 'invalid');
      return add(
        `case when ${at.value} = 'true'::jsonb then '[]'::jsonb else private.field_error(${at.path}, ${literal(code)}) end`,
      );
    }
    case 'array':
      return emitArray(def, at, required, loops);
    case 'object': {
      const shape = def.shape!;
      const lines = add(
        `private.check_object(${at.value}, ${at.path}, ${textArray(Object.keys(shape))}, ${required})`,
      );
      const inner = Object.entries(shape).flatMap(([key, field]) =>
        emit(defOf(field), child(at, key), true, loops),
      );
      if (at.value === 'p') return [...lines, ...inner];
      return [
        ...lines,
        `if jsonb_typeof(${at.value}) = 'object' then`,
        ...inner.map((l) => `  ${l}`),
        'end if;',
      ];
    }
    default:
      throw new Error(
        `no database check for a ${def.type} at ${at.path}: add one to the generator`,
      );
  }
}

function emitArray(def: Def, at: Place, required: boolean, loops: string[]): string[] {
  const element = defOf(def.element!);
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (!required) throw new Error(`an optional list at ${at.path}: add one to the generator`);
  if (element.type === 'enum') {
    const values = Object.values(element.entries!);
    if (max !== values.length) throw new Error(`a list at ${at.path} must allow each choice once`);
    return [
      `errs := errs || private.check_choices(${at.value}, ${at.path}, ${textArray(values)}, ${min});`,
    ];
  }
  if (element.type !== 'object' || max === undefined) {
    throw new Error(`no database check for the list at ${at.path}: add one to the generator`);
  }
  const n = `n${loops.length}`;
  loops.push(n);
  const item = child(at, { loop: n });
  return [
    `errs := errs || private.check_list(${at.value}, ${at.path}, ${min}, ${max});`,
    // A list longer than it may be is refused whole: its items are not looked at.
    `if jsonb_typeof(${at.value}) = 'array' and jsonb_array_length(${at.value}) <= ${max} then`,
    `  for ${n} in 0 .. jsonb_array_length(${at.value}) - 1 loop`,
    ...emit(element, item, true, loops).map((l) => `    ${l}`),
    '  end loop;',
    'end if;',
  ];
}

function plpgsqlFunction(name: string, param: string, body: string[], loops: string[]): string {
  const declarations = ["  errs jsonb := '[]';", ...loops.map((n) => `  ${n} integer;`)];
  return [
    `create or replace function private.${name}(${param} jsonb) returns jsonb`,
    `language plpgsql immutable set search_path = ''`,
    'as $$',
    'declare',
    ...declarations,
    'begin',
    ...body.map((l) => `  ${l}`),
    '  return errs;',
    'end $$;',
  ].join('\n');
}

/** One `create or replace function private.<name>(p jsonb)` for a payload, every check inline. */
export function fieldChecksFunction(name: string, schema: Schema): string {
  const loops: string[] = [];
  const body = emit(defOf(schema), { value: 'p', path: "''" }, true, loops);
  return plpgsqlFunction(name, 'p', body, loops);
}

/**
 * The field checks of several payloads (each a strict object). Sections that are
 * objects or lists get a function of their own, shared by every payload whose
 * section checks the same: `<section>_fields` when all payloads check it alike,
 * `<first payload>_<section>_fields` for each variant when they do not.
 */
export function fieldChecksFunctions(payloads: [string, Schema][]): string[] {
  interface Section {
    key: string;
    body: string[];
    loops: string[];
    users: string[];
  }
  const sections = new Map<string, Section>(); // keyed by section name and checks
  const isSection = (def: Def) => {
    const inner = def.type === 'optional' ? defOf(def.innerType!) : def;
    return (
      inner.type === 'object' || (inner.type === 'array' && defOf(inner.element!).type === 'object')
    );
  };
  const sectionOf = (payload: string, key: string, def: Def): Section => {
    const loops: string[] = [];
    const body = emit(def, { value: 'v', path: literal(key) }, true, loops);
    const id = `${key}\n${body.join('\n')}`;
    const section = sections.get(id) ?? { key, body, loops, users: [] };
    section.users.push(payload);
    sections.set(id, section);
    return section;
  };
  const nameOf = (section: Section) => {
    const variants = [...sections.values()].filter((other) => other.key === section.key);
    return variants.length === 1
      ? `${section.key}_fields`
      : `${section.users[0]}_${section.key}_fields`;
  };

  const payloadBodies = payloads.map(([name, schema]) => {
    const shape = defOf(schema).shape!;
    const loops: string[] = [];
    const lines: (string | Section)[] = [
      `errs := errs || private.check_object(p, '', ${textArray(Object.keys(shape))}, true);`,
      ...Object.entries(shape).flatMap(([key, field]): (string | Section)[] =>
        isSection(defOf(field))
          ? [sectionOf(name.replace(/_fields$/, ''), key, defOf(field))]
          : emit(defOf(field), child({ value: 'p', path: "''" }, key), true, loops),
      ),
    ];
    return { name, lines, loops };
  });

  const sectionFunctions = [...sections.values()].map(
    (section) =>
      `-- Used by ${section.users.join(', ')}.\n` +
      plpgsqlFunction(nameOf(section), 'v', section.body, section.loops),
  );
  const payloadFunctions = payloadBodies.map(({ name, lines, loops }) => {
    const body = lines.map((line) =>
      typeof line === 'string'
        ? line
        : `errs := errs || private.${nameOf(line)}(p -> ${literal(line.key)});`,
    );
    return plpgsqlFunction(name, 'p', body, loops);
  });
  return [...sectionFunctions, ...payloadFunctions];
}
