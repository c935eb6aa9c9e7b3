// A question added where a developer adds one flows through everything generated.
// In a copy of src/schemas, `what_happened.where` (a closed list of 5) is added to
// the closed lists, to whatHappenedSchema and, counted for the report, to the
// storage declaration, and nowhere else. The generator then writes one small
// migration; on the real migrations plus that one, a referral that answers it is
// refused without it, stored in its own column, sent in the case document under
// its path and counted in report_statistics under its key. Test data needs no
// edit either: the fixture without the question is answered by the sample builder.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  contractFrom,
  pendingMigration,
  questionsOf,
  type Contract,
} from '../validation/migration';
import { countedModule } from '../validation/storage';
import type { Unit } from '../validation/units';
import { contractError, submitReferral } from './support/db';
import * as fx from './support/fixtures';
import { sample } from './support/samples';
import { forEachDb } from './support/suites';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const places = ['home', 'school', 'online', 'outside', 'somewhere_else'];

/** The three hand edits, each a line added to a file of src/schemas. */
const edits: Record<string, [string, string]> = {
  'choices.ts': [
    'export const yesNoNotSure =',
    `export const wherePlaces = ${JSON.stringify(places)} as const;\nexport const yesNoNotSure =`,
  ],
  'referral-parts.ts': [
    '  when: f.choice(c.happenedWhen),\n',
    '  when: f.choice(c.happenedWhen),\n  where: f.choice(c.wherePlaces),\n',
  ],
  'storage.ts': [
    "  'what_happened.when': { column: 'happened_when' },\n",
    "  'what_happened.when': { column: 'happened_when' },\n" +
      "  'what_happened.where': { counted: { title: 'Where it happened', section: 'what', labels: " +
      JSON.stringify(Object.fromEntries(places.map((p) => [p, p.replace('_', ' ')]))) +
      ' } },\n',
  ],
};

let work: string;
let changed: Unit[];
let migration: string;
let edited: Contract;
let schemas: typeof import('../../../src/schemas');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'new-question-'));
  // The copy resolves zod from the project's own node_modules.
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  cpSync(join(root, 'src/schemas'), join(work, 'schemas'), { recursive: true });
  for (const [file, [from, to]] of Object.entries(edits)) {
    const path = join(work, 'schemas', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} no longer has ${from.trim()}`);
    if (/wherePlaces|what_happened\.where'|^ {2}where:/m.test(text))
      throw new Error(`${file} already asks where it happened: add another question here`);
    writeFileSync(path, text.replace(from, to));
  }
  schemas = (await import(join(work, 'schemas/index.ts'))) as typeof schemas;
  edited = contractFrom(
    schemas,
    await import(join(work, 'schemas/choices.ts')),
    await import(join(work, 'schemas/storage.ts')),
  );
  // What `npm run db:generate` does: the units that changed, as one new migration.
  const pending = pendingMigration(edited);
  changed = pending.changed;
  migration = pending.sql;
  const dir = join(work, 'migrations');
  cpSync(join(root, 'supabase/migrations'), dir, { recursive: true });
  writeFileSync(join(dir, pending.name), migration);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the generator writes only the new list, its columns, its row and the checks it changes', () => {
  expect(changed.map((unit) => unit.name)).toEqual([
    'domain private.where_places',
    'function private.payload_limits',
    'function private.what_happened_fields',
    'column private.referrals.what_happened_where',
    'column private.referral_statistics.what_happened_where',
    'question what_happened.where',
  ]);
  expect(migration).toContain(
    'alter table private.referrals add column what_happened_where private.where_places;',
  );
  expect(migration).toContain(
    "select private.declare_question('what_happened.where', 'referrals', 'what_happened_where', 'what_happened_where', 'what_happened_where');",
  );
  // Small enough to review: no function of the referral's storage is copied.
  expect(migration.split('\n').length).toBeLessThan(80);
  expect(migration).not.toMatch(/store_referral|referral_document|count_referral/);
});

test('the report gets its table, heading and words from the declaration', () => {
  const module = countedModule(questionsOf(edited));
  expect(module).toContain('"key": "what_happened_where"');
  expect(module).toContain('"title": "Where it happened"');
  expect(module).toContain('"somewhere_else": "somewhere else"');
});

forEachDb(
  'a new question',
  (openDb) => {
    test('is checked, stored in its column, sent under its path and counted under its key', async () => {
      const db = openDb();
      const without = fx.youngPersonReferral();
      // Not answered: refused by the generated checks, as the new schema refuses it.
      const refused = await submitReferral(db, without).catch(contractError);
      expect(refused).toMatchObject({
        status: 400,
        details: [{ path: 'what_happened.where', code: 'required' }],
      });
      // The fixture, answered by the sample builder (its first choice), and one at school.
      const filled = sample(schemas.youngPersonReferralSchema, without);
      expect(filled.what_happened).toMatchObject({ where: 'home' });
      const atSchool = sample(schemas.youngPersonReferralSchema, {
        ...fx.youngPersonReferral(),
        what_happened: { ...without.what_happened, where: 'school' },
      });
      const refs = [await submitReferral(db, filled), await submitReferral(db, atSchool)];
      expect(
        await db.query(
          'select what_happened_where from private.referrals where reference = any($1) order by id',
          [refs],
        ),
      ).toEqual([{ what_happened_where: 'home' }, { what_happened_where: 'school' }]);
      const docs = await db.query<{ doc: { what_happened: { where: string } } }>(
        'select private.referral_document(id) as doc from private.referrals where reference = any($1) order by id',
        [refs],
      );
      expect(docs.map((d) => d.doc.what_happened.where)).toEqual(['home', 'school']);
      const [month] = await db.query<{ m: string }>(
        'select private.service_month(now())::text as m',
      );
      const [report] = await db.as<{ r: { referrals: Record<string, unknown> } }>(
        'service_role',
        `select public.report_statistics($1::date, ($1::date + interval '1 month - 1 day')::date) as r`,
        [month!.m],
      );
      expect(report!.r.referrals).toMatchObject({
        total: 2,
        what_happened_where: { home: 1, school: 1 },
      });
    });
  },
  { migrations: () => join(work, 'migrations') },
);
