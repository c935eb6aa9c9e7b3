// Security lints in the manner of Supabase's database linter, as plain SQL so they
// run on PGlite and PostgreSQL alike. Each query lists its findings by name; a
// clean database finds nothing. They cover every schema but Postgres's own and
// the ones a hosted project manages itself, so a schema added later is linted too.

const ours = `n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'extensions', 'supabase_migrations')
  and n.nspname not like 'pg\\_%'`;

// regprocedure leaves out a schema on the search_path; findings always name it.
const functionName = `n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'`;

export interface Lint {
  name: string;
  why: string;
  sql: string;
}

export const securityLints: Lint[] = [
  {
    name: 'rls_disabled',
    why: 'a table without row-level security is open to any role that is ever granted it',
    sql: `select n.nspname || '.' || c.relname as finding
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relrowsecurity and ${ours}`,
  },
  {
    name: 'security_definer_view',
    why: 'a view runs as its owner unless it is security_invoker, which bypasses row-level security',
    sql: `select n.nspname || '.' || c.relname as finding
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('v', 'm') and ${ours}
        and not coalesce(c.reloptions && array['security_invoker=true', 'security_invoker=on'], false)`,
  },
  {
    name: 'function_search_path_mutable',
    why: 'a definer function that resolves names through the caller’s search_path can be made to run their objects',
    sql: `select ${functionName} as finding
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where p.prosecdef and ${ours}
        and not coalesce(p.proconfig @> array['search_path=""'], false)`,
  },
  {
    name: 'api_role_table_grant',
    why: 'anon and authenticated must reach data only through the submit functions',
    sql: `select r.role || ' on ' || n.nspname || '.' || c.relname as finding
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      cross join unnest(array['anon', 'authenticated']) r(role)
      where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and ${ours}
        and (case when c.relkind = 'S' then has_sequence_privilege(r.role, c.oid, 'USAGE, SELECT, UPDATE')
             else has_table_privilege(r.role, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') end)`,
  },
  {
    name: 'function_executable_by_public',
    why: 'EXECUTE for PUBLIC reaches every role, present and future, whatever a migration grants',
    // A null ACL means the default, which grants EXECUTE to PUBLIC.
    sql: `select ${functionName} as finding
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where ${ours}
        and (p.proacl is null or exists (
          select from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE'))`,
  },
];
