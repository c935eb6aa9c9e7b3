// The security lints (support/security-lints.ts) against the migrated database:
// any finding fails, named. The control proves each lint can find what it looks
// for, on probes made and rolled back in one transaction.
import { expect, test } from 'vitest';
import { securityLints } from './support/security-lints';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('security lints', 'schema');

const probes = [
  'create table public.lint_probe (id int)',
  'grant select on public.lint_probe to anon',
  'create view public.lint_probe_view as select 1 as one',
  `create function public.lint_probe_fn() returns int security definer language sql as 'select 1'`,
  'grant execute on function public.lint_probe_fn() to public',
];
const expectedFindings: Record<string, string> = {
  rls_disabled: 'public.lint_probe',
  security_definer_view: 'public.lint_probe_view',
  function_search_path_mutable: 'public.lint_probe_fn()',
  api_role_table_grant: 'anon on public.lint_probe',
  function_executable_by_public: 'public.lint_probe_fn()',
};

forEachDb('security lints', (db) => {
  test.each(securityLints.map((lint) => [lint.name, lint] as const))(
    '%s: no findings',
    async (_name, lint) => {
      const findings = await db().query<{ finding: string }>(lint.sql);
      expect(
        findings.map((f) => f.finding),
        lint.why,
      ).toEqual([]);
    },
  );

  test('each lint finds a probe made to break it', async () => {
    const found = await db().rolledBack(async (query) => {
      for (const sql of probes) await query(sql);
      const result: Record<string, unknown[]> = {};
      for (const lint of securityLints)
        result[lint.name] = (await query(lint.sql)).map((row) => row.finding);
      return result;
    });
    expect(Object.keys(found).sort()).toEqual(Object.keys(expectedFindings).sort());
    for (const [name, finding] of Object.entries(expectedFindings))
      expect(found[name], name).toContain(finding);
  });
});
