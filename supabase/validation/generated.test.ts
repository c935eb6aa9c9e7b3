// The generated field checks are what the zod schemas generate today. A schema
// that changed without `npm run db:generate` fails here; the command writes a new
// migration (migrations are history, so an applied one is never rewritten).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import * as f from '../../src/schemas/fields';
import * as c from '../../src/schemas/choices';
import { choiceDomains } from './domains';
import { fieldChecksFunction, type Schema } from './generate';
import { generatedMigration, generatedName } from './migration';

const dir = new URL('../migrations/', import.meta.url);

test('the newest generated migration is what the schemas generate', () => {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(`_${generatedName}.sql`))
    .sort();
  const newest = files.at(-1);
  const current = newest ? readFileSync(new URL(newest, dir), 'utf8') : '';
  const wanted = generatedMigration();
  if (process.env.UPDATE_GENERATED === '1' && current !== wanted) {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    writeFileSync(new URL(`${stamp}_${generatedName}.sql`, dir), wanted);
    return;
  }
  expect(
    current,
    `the field checks are stale: run npm run db:generate and commit the new migration`,
  ).toBe(wanted);
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
  const sql = choiceDomains([schema]).join('\n');
  expect(sql).toContain(
    "alter domain private.yes_no add constraint yes_no_values check (value in ('yes', 'no'));",
  );
  expect(sql).toContain('create domain private.days_list as text[]');
  expect(sql).not.toContain('create domain private.yes_no_list');
});
