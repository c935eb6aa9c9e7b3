// What the generated migrations must hold, as units (units.ts): the closed lists
// as domains, each payload's field checks, the payload limits, the referral
// document's version, and every declared question of src/schemas/storage.ts with
// the columns it needs. Each is re-runnable: a domain or a function replaces the
// one before, a question's row is written again.
import * as srcSchemas from '../../../src/schemas';
import * as choices from '../../../src/schemas/choices';
import * as storageDeclaration from '../../../src/schemas/storage';
import { referralDocumentVersion } from '../../intake/document-schema';
import { readMigrations } from '../../local/migrate.mjs';
import { choiceDomainUnits } from './domains';
import { fieldChecksFunctions, type Schema } from './generate';
import { limitsOf } from './payload-limits';
import { literal } from './sql';
import { declaredQuestions, type Question, type StorageDeclaration } from './storage';
import { changedUnits, generatedHeader, renderUnits, replay, type Unit } from './units';

/** Everything the generated migrations are made from; tests change a copy of it. */
export interface Contract {
  /** Each payload's field-check function, by name; the first three are the referral's. */
  payloads: [string, Schema][];
  choices: Record<string, readonly string[]>;
  storage: StorageDeclaration;
  limits: Record<string, { bytes: number; depth: number; values: number }>;
  documentVersion: { version: number; minor: number };
}

/** The contract of src/schemas, or of a test's edited copy of its modules. */
export function contractFrom(
  schemas: typeof srcSchemas,
  choiceLists: Contract['choices'],
  storage: StorageDeclaration,
): Contract {
  const payloads = {
    young_person_referral_fields: schemas.youngPersonReferralSchema,
    parent_carer_referral_fields: schemas.parentCarerReferralSchema,
    professional_referral_fields: schemas.professionalReferralSchema,
    feedback_fields: schemas.feedbackSchema,
    adult_feedback_fields: schemas.adultFeedbackSchema,
    panel_fields: schemas.panelSchema,
    monitoring_fields: schemas.monitoringSchema,
  };
  return {
    payloads: Object.entries(payloads).map(([name, schema]) => [name, schema as unknown as Schema]),
    choices: choiceLists,
    storage,
    limits: limitsOf(schemas),
    documentVersion: referralDocumentVersion,
  };
}

export const contract = contractFrom(srcSchemas, choices, storageDeclaration);

export const questionsOf = (c: Contract): Question[] =>
  declaredQuestions(
    c.payloads.slice(0, 3).map(([, schema]) => schema),
    c.storage,
    c.choices,
  );

/** How big, deep and full a payload may be (payload-limits.ts). */
function payloadLimitsFunction(limits: Contract['limits']): string {
  const cases = Object.entries(limits).map(
    ([form, { bytes, depth, values }]) =>
      `    when '${form}' then '${JSON.stringify({ bytes, depth, values })}'::jsonb`,
  );
  return [
    '-- How big, deep and full a payload may be (src: payload-limits.ts).',
    'create or replace function private.payload_limits(form text) returns jsonb',
    "language sql immutable set search_path = ''",
    'as $$',
    '  select case form',
    ...cases,
    '  end',
    '$$;',
  ].join('\n');
}

/** The version a referral document states (supabase/intake/document-schema.ts). */
function documentVersionFunction({ version, minor }: Contract['documentVersion']): string {
  const stated = { version, ...(minor ? { minor_version: minor } : {}) };
  return [
    '-- The version a referral document states (src: supabase/intake/document-schema.ts).',
    'create or replace function private.referral_document_version() returns jsonb',
    "language sql immutable set search_path = ''",
    `as $$ select '${JSON.stringify(stated)}'::jsonb $$;`,
  ].join('\n');
}

const withColumn = (sql: string, column: string) => sql.replaceAll('$', column);

/**
 * A declared question's units: its row, and the columns (with their checks) that
 * no hand-written migration creates. `existing` holds `table.column` names.
 */
function questionUnits(q: Question, existing: Set<string>): Unit[] {
  const units: Unit[] = [];
  const add = (table: string, column: string, type: string, check?: string) => {
    if (existing.has(`${table}.${column}`)) return;
    const name = `private.${table}.${column}`;
    units.push({
      name: `column ${name}`,
      sql: `alter table private.${table} add column ${column} ${type};`,
    });
    if (check)
      units.push({
        name: `check ${name}`,
        sql: [
          `alter table private.${table} drop constraint if exists ${table}_${column}_check;`,
          `alter table private.${table} add constraint ${table}_${column}_check check (${withColumn(check, column)});`,
        ].join('\n'),
      });
  };
  add(q.table, q.column, q.type, q.check);
  if (q.counted) add('referral_statistics', q.counted.column, q.type);
  const args = [q.path, q.table, q.column, ...(q.counted ? [q.counted.column, q.counted.key] : [])];
  units.push({
    name: `question ${q.path}`,
    sql: `select private.declare_question(${args.map(literal).join(', ')});`,
  });
  return units;
}

/** A question no longer declared: its row goes, its column stays (it holds history). */
export function forgetUnit(name: string): Unit | null {
  if (!name.startsWith('question ')) return null;
  const path = name.slice('question '.length);
  return { name, sql: `select private.forget_question(${literal(path)});` };
}

/**
 * Every unit the generated migrations must hold, in the order a migration
 * applies them. `existing`: the columns the hand-written migrations create.
 */
function wantedUnits(existing: Set<string>, c: Contract): Unit[] {
  const schemas = c.payloads.map(([, schema]) => schema);
  const functions = fieldChecksFunctions(c.payloads).map((sql) => ({
    name: `function private.${/function private\.(\w+)/.exec(sql)![1]}`,
    sql,
  }));
  return [
    ...choiceDomainUnits(schemas, c.choices),
    { name: 'function private.payload_limits', sql: payloadLimitsFunction(c.limits) },
    {
      name: 'function private.referral_document_version',
      sql: documentVersionFunction(c.documentVersion),
    },
    ...functions,
    ...questionsOf(c).flatMap((q) => questionUnits(q, existing)),
  ];
}

/** The columns a set of hand-written migrations create, as `table.column` (private schema). */
function handWrittenColumns(migrations: string[]): Set<string> {
  const found = new Set<string>();
  const keywords = new Set(['check', 'primary', 'unique', 'constraint', 'foreign', 'exclude']);
  for (const sql of migrations) {
    for (const [, table, body] of sql.matchAll(/create table private\.(\w+) \(\n([\s\S]*?)\n\);/g))
      for (const [, column] of body!.matchAll(/^ {2}([a-z_][a-z0-9_]*) /gm))
        if (!keywords.has(column!)) found.add(`${table}.${column}`);
    for (const [, table, body] of sql.matchAll(/alter table private\.(\w+)\s([^;]*);/g))
      for (const [, column] of body!.matchAll(/add column (?:if not exists )?([a-z_][a-z0-9_]*)/g))
        found.add(`${table}.${column}`);
  }
  return found;
}

/** A generated migration holding `units`: only what changed since the ones before it. */
export function generatedMigration(units: Unit[]): string {
  const header = [
    `${generatedHeader} from src/schemas: do not edit.`,
    '-- Only what changed since the generated migrations before it (supabase/README.md,',
    '-- "Generated migrations"):',
    ...units.map((u) => `--   ${u.name}`),
  ];
  return renderUnits(header, units);
}

/** A migration's name later than every other and than now: yyyymmddhhmmss. */
function nextStamp(names: string[], now = new Date()) {
  const latest = Math.max(...names.map((name) => Number(name.slice(0, 14))));
  const stamp = Number(now.toISOString().replace(/\D/g, '').slice(0, 14));
  return String(Math.max(stamp, latest + 1));
}

/**
 * What `npm run db:generate` writes for `c`: the units that changed since the
 * generated migrations of supabase/migrations, as one new migration and its name.
 */
export function pendingMigration(c: Contract = contract) {
  const files = readMigrations();
  const generated = files.filter((f) => f.sql.startsWith(generatedHeader)).map((f) => f.sql);
  const handWritten = files.filter((f) => !f.sql.startsWith(generatedHeader)).map((f) => f.sql);
  const changed = changedUnits(
    wantedUnits(handWrittenColumns(handWritten), c),
    replay(generated),
    forgetUnit,
  );
  return {
    changed,
    name: `${nextStamp(files.map((f) => f.file))}_generated_changes.sql`,
    sql: generatedMigration(changed),
  };
}
