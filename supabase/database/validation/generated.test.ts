// The generated migrations hold what the schemas and the storage declaration
// generate today. A schema that changed without `npm run db:generate` fails here;
// the command writes a new migration holding only the units that changed
// (migrations are history, so an applied one is never rewritten).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import * as f from '../../../src/schemas/fields';
import * as c from '../../../src/schemas/choices';
import { benchPayloads } from '../bench/payloads';
import { choiceDomainUnits } from './domains';
import { fieldChecksFunction, type Schema } from './generate';
import {
  contract,
  forgetUnit,
  generatedMigration,
  pendingMigration,
  questionsOf,
} from './migration';
import { countedModule, declaredQuestions, type StorageDeclaration } from './storage';
import { changedUnits, replay } from './units';

const dir = new URL('../../migrations/', import.meta.url);

test('the generated migrations hold what the schemas and the storage declaration generate', () => {
  const { changed, name, sql } = pendingMigration();
  if (process.env.UPDATE_GENERATED === '1' && changed.length) {
    writeFileSync(new URL(name, dir), sql);
    return;
  }
  expect(
    changed.map((unit) => unit.name),
    'the generated migrations are stale: run npm run db:generate and commit the new migration',
  ).toEqual([]);
});

test('the report counts what the storage declaration counts (supabase/report/counted.mjs)', async () => {
  const file = new URL('../../report/counted.mjs', import.meta.url);
  const options = await prettier.resolveConfig(file.pathname);
  const wanted = await prettier.format(countedModule(questionsOf(contract)), {
    ...options,
    filepath: file.pathname,
  });
  if (process.env.UPDATE_GENERATED === '1') writeFileSync(file, wanted);
  expect(readFileSync(file, 'utf8'), 'stale: run npm run db:generate').toBe(wanted);
});

test('the benchmarks send samples of today’s schemas (supabase/database/bench/payloads.json)', async () => {
  const file = new URL('../bench/payloads.json', import.meta.url);
  const wanted = await prettier.format(JSON.stringify(benchPayloads()), {
    ...(await prettier.resolveConfig(file.pathname)),
    filepath: file.pathname,
  });
  if (process.env.UPDATE_GENERATED === '1') writeFileSync(file, wanted);
  expect(readFileSync(file, 'utf8'), 'stale: run npm run db:generate').toBe(wanted);
});

test('a field the generator has no check for stops the generation, by path', () => {
  const schema = z.strictObject({ score: z.number() }) as unknown as Parameters<
    typeof fieldChecksFunction
  >[1];
  expect(() => fieldChecksFunction('demo', schema)).toThrow(
    /no database check for the number at 'score'/,
  );
});

test('each kind of field becomes its check, with the limits from the schema', () => {
  const schema = f.object({
    name: f.text(12),
    note: f.optionalText(34),
    pick: f.choice(['a', 'b'] as const),
    picks: f.choices(['x', 'y'] as const, 1),
    age: z.optional(f.int(5, 17)),
    ok: f.flag(),
    inner: z.optional(f.object({ phone: f.phone(20) })),
  }) as unknown as Schema;
  const sql = fieldChecksFunction('demo', schema);
  expect(sql).toContain(
    "private.check_object(p, '', array['name', 'note', 'pick', 'picks', 'age', 'ok', 'inner'], true)",
  );
  expect(sql).toContain("private.check_text(p -> 'name', 'name', 12, true)");
  expect(sql).toContain("private.check_text(p -> 'note', 'note', 34, false)");
  expect(sql).toContain("private.check_choice(p -> 'pick', 'pick', array['a', 'b'], true)");
  expect(sql).toContain("private.check_choices(p -> 'picks', 'picks', array['x', 'y'], 1)");
  expect(sql).toContain("private.check_int(p -> 'age', 'age', 5, 17, false)");
  expect(sql).toContain("private.check_flag(p -> 'ok', 'ok')");
  expect(sql).toContain("private.check_object(p -> 'inner', 'inner', array['phone'], false)");
  expect(sql).toContain("private.check_phone(p -> 'inner' -> 'phone', 'inner.phone', 20, true)");
});

test('each closed list becomes a domain, and a list of several answers a text[] domain too', () => {
  const schema = f.object({
    pick: f.choice(c.yesNo),
    picks: f.choices(c.days),
  }) as unknown as Schema;
  const sql = choiceDomainUnits([schema])
    .map((unit) => unit.sql)
    .join('\n');
  expect(sql).toContain(
    "alter domain private.yes_no add constraint yes_no_values check (value in ('yes', 'no'));",
  );
  expect(sql).toContain('create domain private.days_list as text[]');
  expect(sql).not.toContain('create domain private.yes_no_list');
});

test('a question is named by its path unless declared; what cannot be stored so is refused', () => {
  const referrals = contract.payloads.slice(0, 3).map(([, schema]) => schema);
  const declare = (storage: StorageDeclaration['storage']) =>
    declaredQuestions(referrals, { ...contract.storage, storage }, contract.choices);
  const byPath = (storage: StorageDeclaration['storage']) =>
    Object.fromEntries(declare(storage).map((q) => [q.path, q]));
  const plain = byPath({});
  expect(plain['what_happened.when']).toMatchObject({
    table: 'referrals',
    column: 'what_happened_when',
    type: 'private.happened_when',
  });
  expect(plain['what_happened.details']).toMatchObject({
    type: 'text',
    check: 'length($) <= 4000',
  });
  expect(plain['contact.safe_days']).toMatchObject({
    table: 'contact_preferences',
    column: 'safe_days',
    type: 'private.days_list',
    check: 'cardinality($) between 0 and 7',
  });
  expect(plain['contact.safe_adult']).toBeUndefined();
  const labels = { victim: 'Victim', witness: 'Witness', both: 'Both' };
  expect(
    byPath({ 'what_happened.involvement': { counted: { title: 'T', section: 'what', labels } } })[
      'what_happened.involvement'
    ]?.counted,
  ).toMatchObject({
    column: 'what_happened_involvement',
    key: 'what_happened_involvement',
    values: ['victim', 'witness', 'both'],
    partition: true,
  });
  expect(() => declare({ 'what_happened.nowhere': {} })).toThrow(/in no stored section/);
  expect(() =>
    declare({
      'what_happened.involvement': {
        counted: { title: 'T', section: 'what', labels: { victim: 'Victim' } },
      },
    }),
  ).toThrow(/must name exactly victim, witness, both/);
  expect(() =>
    declare({ 'what_happened.details': { counted: { title: 'T', section: 'what', labels } } }),
  ).toThrow(/only closed lists and flags are counted/);
  expect(() => declare({ 'safety.safe_now': { column: 'source' } })).toThrow(/filled by hand/);
});

test('replayed units: the last text wins; a question gone is forgotten once; a column never changes', () => {
  const first = generatedMigration([
    { name: 'domain private.a', sql: 'create domain a;' },
    { name: 'column private.referrals.x', sql: 'alter table add x;' },
    { name: 'question s.x', sql: "select private.declare_question('s.x');" },
    { name: 'question s.y', sql: "select private.declare_question('s.y');" },
  ]);
  const second = generatedMigration([{ name: 'domain private.a', sql: 'create domain a2;' }]);
  const state = replay([first, second]);
  expect(state.get('domain private.a')).toBe('create domain a2;');
  const wanted = [
    { name: 'domain private.a', sql: 'create domain a2;' },
    { name: 'column private.referrals.x', sql: 'alter table add x;' },
    { name: 'question s.x', sql: "select private.declare_question('s.x');" },
  ];
  const gone = changedUnits(wanted, state, forgetUnit);
  expect(gone).toEqual([{ name: 'question s.y', sql: "select private.forget_question('s.y');" }]);
  const after = replay([first, second, generatedMigration(gone)]);
  expect(changedUnits(wanted, after, forgetUnit)).toEqual([]);
  const retyped = { name: 'column private.referrals.x', sql: 'alter table add x2;' };
  expect(() => changedUnits([retyped], after, forgetUnit)).toThrow(
    /column private\.referrals\.x changed/,
  );
});
