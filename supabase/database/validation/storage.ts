// The storage declaration (src/schemas/storage.ts) read against the schemas: for
// each question of a stored section, its table, column and SQL type, and, when
// counted, its statistics column, report key and the words for its answers. The
// generated migrations and the report's generated module are written from this.
import type * as declaration from '../../../src/schemas/storage';
import type { ReportSection } from '../../../src/schemas/storage';
import type { Schema } from './generate';
import { snake } from './sql';

export interface Question {
  /** `what_happened.when`: its path in the payload and in the case document. */
  path: string;
  table: string;
  column: string;
  /** The column's type: a closed list's domain, `text`, `boolean` or `integer`. */
  type: string;
  /** What the column's CHECK holds it to, as the zod schema does (with `$` for the column). */
  check?: string;
  counted?: {
    column: string;
    key: string;
    title: string;
    section: ReportSection;
    /** The answers in the order the form offers them (`yes`, `no` for a flag). */
    values: string[];
    labels: Record<string, string>;
    /** One answer per referral, so its counts add up to the referrals. */
    partition: boolean;
  };
}

export type StorageDeclaration = Pick<
  typeof declaration,
  'storage' | 'storedSections' | 'storedByHand'
>;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  checks?: {
    _zod: { def: { check: string; maximum?: number; minimum?: number; value?: number } };
  }[];
}

/**
 * Columns the hand-written functions fill (store_referral, count_referral): a
 * declared question named like one would be overwritten by it, so none may be.
 */
const keptByHand: Record<string, string[]> = {
  referrals: (
    'id reference idempotency_key payload_hash received_at source age_band language ' +
    'parent_knows parent_safe_to_know parent_may_contact young_person_agreed ' +
    'parent_not_told_reason safeguarding_lead_told safeguarding_referral_made ' +
    'urgent held claimed_at claim_expires_at claimed_by acknowledged_at case_id ' +
    'statistics_id'
  ).split(' '),
  contact_preferences: ['referral_id'],
  referral_statistics: (
    'id referral_id received_month source age_band county urgent organisation_type ' +
    'pickup_minutes first_attempt_minutes contact_minutes assessed_minutes take_up ' +
    'take_up_minutes closed_minutes closure_reason'
  ).split(' '),
};
const refuseKeptByHand = (table: string, column: string, path: string) => {
  if (keptByHand[table]?.includes(column))
    throw new Error(`${path}: ${table}.${column} is filled by hand; name its column otherwise`);
};

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;
const check = (def: Def, name: string) =>
  def.checks?.map((c) => c._zod.def).find((c) => c.check === name);

/** The closed list of choices.ts that holds exactly these values, as its domain's name. */
function domainOf(values: string[], choices: Record<string, readonly string[]>, path: string) {
  const found = Object.entries(choices).find(([, list]) => list.join('\n') === values.join('\n'));
  if (!found) throw new Error(`${path}: its choices are no list of src/schemas/choices.ts`);
  return `private.${snake(found[0])}`;
}

function columnOf(def: Def, path: string, choices: Record<string, readonly string[]>) {
  switch (def.type) {
    case 'enum': {
      const values = Object.values(def.entries!);
      return { type: domainOf(values, choices, path), values, partition: true };
    }
    case 'array': {
      const element = defOf(def.element!);
      if (element.type !== 'enum') break;
      const values = Object.values(element.entries!);
      const min = check(def, 'min_length')?.minimum ?? 0;
      return {
        type: `${domainOf(values, choices, path)}_list`,
        check: `cardinality($) between ${min} and ${values.length}`,
        values,
        partition: false,
      };
    }
    case 'string': {
      const max = check(def, 'max_length')?.maximum;
      if (max === undefined) break;
      return { type: 'text', check: `length($) <= ${max}` };
    }
    case 'boolean':
      return { type: 'boolean', values: ['yes', 'no'], partition: true };
    case 'number': {
      const min = check(def, 'greater_than')?.value;
      const max = check(def, 'less_than')?.value;
      return { type: 'integer', check: `$ between ${min} and ${max}` };
    }
  }
  throw new Error(`${path}: no column for a ${def.type}; store it by hand (storedByHand)`);
}

/**
 * Every question of the stored sections, in the order of the schemas. The sections
 * must be the same schema in every payload that has them.
 */
export function declaredQuestions(
  payloads: Schema[],
  { storage, storedSections, storedByHand }: StorageDeclaration,
  choices: Record<string, readonly string[]>,
): Question[] {
  const questions: Question[] = [];
  const known = new Set<string>();
  for (const [section, { table, ...options }] of Object.entries(storedSections)) {
    const schemas = new Set(payloads.map((p) => defOf(p).shape?.[section]));
    const [schema] = [...schemas];
    if (schemas.size !== 1 || !schema)
      throw new Error(`${section}: not one and the same schema in every referral`);
    for (const [key, field] of Object.entries(defOf(schema).shape!)) {
      const path = `${section}.${key}`;
      known.add(path);
      if ((storedByHand as readonly string[]).includes(path)) continue;
      const declared = storage[path] ?? {};
      const def = defOf(field).type === 'optional' ? defOf(defOf(field).innerType!) : defOf(field);
      const { values, partition, ...column } = columnOf(def, path, choices);
      const named = `${section}_${key}`;
      const question: Question = {
        path,
        table,
        column: declared.column ?? ('ownTable' in options ? key : named),
        ...column,
      };
      if (declared.counted) {
        const { title, section: shownIn, labels } = declared.counted;
        if (!values) throw new Error(`${path}: only closed lists and flags are counted`);
        if (Object.keys(labels).sort().join() !== [...values].sort().join())
          throw new Error(`${path}: the report's labels must name exactly ${values.join(', ')}`);
        const statistics = declared.counted.column ?? named;
        question.counted = {
          column: statistics,
          key: declared.counted.key ?? statistics,
          title,
          section: shownIn,
          values,
          labels,
          partition: partition!,
        };
      }
      refuseKeptByHand(table, question.column, path);
      if (question.counted) refuseKeptByHand('referral_statistics', question.counted.column, path);
      questions.push(question);
    }
  }
  const stray = Object.keys(storage).filter((path) => !known.has(path));
  if (stray.length) throw new Error(`declared but in no stored section: ${stray.join(', ')}`);
  return questions;
}

/**
 * The report's module of counted questions (supabase/report/counted.mjs): each
 * one's key, heading, section, answers and words, in the declaration's order.
 */
export function countedModule(questions: Question[]): string {
  const counted = questions.flatMap(({ counted: c }) =>
    c
      ? [
          {
            key: c.key,
            title: c.title,
            section: c.section,
            partition: c.partition,
            values: c.values,
            labels: Object.fromEntries(c.values.map((v) => [v, c.labels[v]])),
          },
        ]
      : [],
  );
  return [
    '// Generated by `npm run db:generate` from src/schemas/storage.ts: do not edit.',
    '// The declared questions the report counts, as public.report_statistics returns',
    '// them under `referrals`: each one’s key, heading, section of the page, whether',
    '// each referral gives one answer (so its counts add up to the referrals), and',
    '// the words for each answer in the order the form offers them.',
    `export const counted = ${JSON.stringify(counted, null, 2)};`,
    '',
  ].join('\n');
}
