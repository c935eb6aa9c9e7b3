-- What a hosted Supabase database already has before our migrations run, recreated
-- for the local stack only (never pushed): the API roles, the `authenticator` login
-- that PostgREST switches from, the `auth` helpers, the `extensions` schema, the
-- generous default grants in `public` that our migrations must undo, and the
-- migration history table the Supabase CLI keeps. Safe to run more than once.

-- Roles and their settings belong to the whole cluster, not to one database. Test
-- files migrate their own databases in one cluster at the same time, and two
-- sessions writing the same role's row at once fail with "tuple concurrently
-- updated"; so each is written only when it is not already as it should be, and a
-- second run writes nothing shared.
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
  if not exists (select from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit password 'local-only-authenticator';
  end if;
  if exists (select from unnest(array['anon', 'authenticated', 'service_role']) r(name)
             where not pg_has_role('authenticator', r.name, 'member')) then
    grant anon, authenticated, service_role to authenticator;
  end if;
  -- As on a hosted project: a request as anon stops after 3 seconds, as authenticated
  -- after 8, whatever it asked for. PostgREST applies these when it takes the role.
  if not exists (select from pg_db_role_setting where setdatabase = 0 and setrole = 'anon'::regrole
                 and 'statement_timeout=3s' = any (setconfig)) then
    alter role anon set statement_timeout = '3s';
  end if;
  if not exists (select from pg_db_role_setting where setdatabase = 0 and setrole = 'authenticated'::regrole
                 and 'statement_timeout=8s' = any (setconfig)) then
    alter role authenticated set statement_timeout = '8s';
  end if;
end $$;

create schema if not exists extensions;
create schema if not exists auth;
grant usage on schema public, extensions, auth to anon, authenticated, service_role;

create or replace function auth.jwt() returns jsonb
language sql stable
as $$ select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;

create or replace function auth.role() returns text
language sql stable
as $$ select auth.jwt() ->> 'role' $$;

create or replace function auth.uid() returns uuid
language sql stable
as $$ select nullif(auth.jwt() ->> 'sub', '')::uuid $$;

grant execute on function auth.jwt(), auth.role(), auth.uid() to anon, authenticated, service_role;

-- As on a hosted project: everything the postgres role creates in public is
-- granted to the API roles unless a migration says otherwise.
alter default privileges for role postgres in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on functions to anon, authenticated, service_role;

create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (
  version text primary key,
  name text,
  statements text[]
);
-- Local only: what each file was when it was applied, so an edit is noticed.
alter table supabase_migrations.schema_migrations add column if not exists checksum text;
