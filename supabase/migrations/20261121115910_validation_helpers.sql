-- The building blocks of payload validation. Each check_* function looks at one
-- value and returns a JSON array of {path, code} errors (empty when fine), in the
-- same terms as the zod schemas in src/schemas, so the forms can put a server
-- error on the right field. The generated field checks call them with the limits
-- and closed lists of the schemas; the patterns below are copies of
-- src/schemas/patterns.ts, and the parity tests keep them equal.

-- ===========================================================================
-- helpers
-- ===========================================================================

-- Lengths count characters (Unicode code points), as zod's maxLength and
-- PostgreSQL's length() both do: an emoji is one character on both sides.
create function private.field_error(path text, code text) returns jsonb
language sql immutable set search_path = ''
as $$ select jsonb_build_array(jsonb_build_object('path', path, 'code', code)) $$;

-- The same "has something other than whitespace" test as src/schemas/patterns.ts.
create function private.is_blank(value text) returns boolean
language sql immutable set search_path = ''
as $$ select value !~ '[^ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]' $$;

create function private.is_calendar_date(value text) returns boolean
language plpgsql immutable set search_path = ''
as $$
declare
  y integer; m integer; d integer;
begin
  if value !~ '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}' then return false; end if;
  y := substr(value, 1, 4)::integer; m := substr(value, 6, 2)::integer; d := substr(value, 9, 2)::integer;
  if m not between 1 and 12 or d < 1 then return false; end if;
  return d <= extract(day from make_date(y, m, 1) + interval '1 month - 1 day');
end $$;

-- Whole years from a date of birth to today in UTC, as ageOn() does in the browser.
create function private.age_on_today(dob date) returns integer
language sql stable set search_path = ''
as $$
  select extract(year from t)::integer - extract(year from dob)::integer
    - case when (extract(month from t), extract(day from t)) < (extract(month from dob), extract(day from dob)) then 1 else 0 end
  from (select (now() at time zone 'utc')::date as t) today
$$;

create function private.check_text(v jsonb, path text, max integer, required boolean) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := '[]';
begin
  if v is null then return case when required then private.field_error(path, 'required') else '[]' end; end if;
  if jsonb_typeof(v) <> 'string' then return private.field_error(path, 'invalid'); end if;
  if length(v #>> '{}') > max then errs := errs || private.field_error(path, 'too_long'); end if;
  if required and private.is_blank(v #>> '{}') then errs := errs || private.field_error(path, 'required'); end if;
  return errs;
end $$;

create function private.check_choice(v jsonb, path text, allowed text[], required boolean) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null then case when required then private.field_error(path, 'required') else '[]' end
    when jsonb_typeof(v) = 'string' and (v #>> '{}') = any (allowed) then '[]'
    else private.field_error(path, 'invalid_choice')
  end
$$;

-- An ordered list of distinct choices; `min` > 0 makes an empty list `required`.
create function private.check_choices(v jsonb, path text, allowed text[], min integer) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := '[]';
  n integer;
begin
  if v is null then return private.field_error(path, 'required'); end if;
  if jsonb_typeof(v) <> 'array' then return private.field_error(path, 'invalid'); end if;
  -- Longer than the list it chooses from: refused whole, its items not looked at.
  if jsonb_array_length(v) > cardinality(allowed) then return private.field_error(path, 'too_many'); end if;
  for n in 0 .. jsonb_array_length(v) - 1 loop
    errs := errs || private.check_choice(v -> n, path || '.' || n, allowed, true);
  end loop;
  if jsonb_array_length(v) < min then errs := errs || private.field_error(path, 'required'); end if;
  if (select count(distinct e) from jsonb_array_elements(v) e) < jsonb_array_length(v) then
    errs := errs || private.field_error(path, 'duplicate');
  end if;
  return errs;
end $$;

-- A list of objects: each item is checked where it stands (by the generated checks).
create function private.check_list(v jsonb, path text, min integer, max integer) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null then private.field_error(path, 'required')
    when jsonb_typeof(v) <> 'array' then private.field_error(path, 'invalid')
    when jsonb_array_length(v) < min then private.field_error(path, 'required')
    when jsonb_array_length(v) > max then private.field_error(path, 'too_many')
    else '[]'
  end
$$;

create function private.check_int(v jsonb, path text, min integer, max integer, required boolean) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null then case when required then private.field_error(path, 'required') else '[]' end
    when jsonb_typeof(v) <> 'number' or (v #>> '{}')::numeric <> trunc((v #>> '{}')::numeric) then private.field_error(path, 'invalid')
    when (v #>> '{}')::numeric not between min and max then private.field_error(path, 'out_of_range')
    else '[]'
  end
$$;

create function private.check_flag(v jsonb, path text) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null then private.field_error(path, 'required')
    when jsonb_typeof(v) <> 'boolean' then private.field_error(path, 'invalid')
    else '[]'
  end
$$;

create function private.check_pattern(v jsonb, path text, pattern text, code text, required boolean) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null then case when required then private.field_error(path, 'required') else '[]' end
    when jsonb_typeof(v) <> 'string' then private.field_error(path, 'invalid')
    when (v #>> '{}') !~ pattern then private.field_error(path, code)
    else '[]'
  end
$$;

create function private.check_email(v jsonb, path text, max integer, required boolean) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := '[]';
begin
  if v is null or jsonb_typeof(v) <> 'string' then return private.check_text(v, path, max, required); end if;
  if length(v #>> '{}') > max then errs := errs || private.field_error(path, 'too_long'); end if;
  if (v #>> '{}') !~ '^[A-Za-z0-9._%+''-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$' then
    errs := errs || private.field_error(path, 'invalid_email');
  end if;
  return errs;
end $$;

create function private.check_phone(v jsonb, path text, max integer, required boolean) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  errs jsonb := '[]';
  s text;
begin
  if v is null or jsonb_typeof(v) <> 'string' then return private.check_text(v, path, max, required); end if;
  s := v #>> '{}';
  if length(s) > max then errs := errs || private.field_error(path, 'too_long'); end if;
  if s !~ '^\+?[0-9 ()-]+$' or regexp_replace(s, '[^0-9]', '', 'g') !~ '^(0[0-9]{9,10}|44[0-9]{9,10})$' then
    errs := errs || private.field_error(path, 'invalid_phone');
  end if;
  return errs;
end $$;

create function private.check_date(v jsonb, path text, required boolean) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) <> 'string' then private.check_text(v, path, 10, required)
    when (v #>> '{}') ~ '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$' and private.is_calendar_date(v #>> '{}') then '[]'
    else private.field_error(path, 'invalid_date')
  end
$$;

-- Exactly what `new Date().toISOString()` writes, so it can be stored as a
-- timestamp and given back character for character.
create function private.check_instant(v jsonb, path text) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  s text := v #>> '{}';
begin
  if v is null or jsonb_typeof(v) <> 'string' then return private.check_text(v, path, 24, true); end if;
  if s ~ '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$' and private.is_calendar_date(s) then
    if substr(s, 12, 2)::integer <= 23 and substr(s, 15, 2)::integer <= 59 and substr(s, 18, 2)::integer <= 59 then
      return '[]';
    end if;
  end if;
  return private.field_error(path, 'invalid_date');
end $$;

-- A JSON object that may hold only `allowed` keys; each other key is `unknown_field`.
create function private.check_object(v jsonb, path text, allowed text[], required boolean) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when v is null then case when required then private.field_error(path, 'required') else '[]' end
    when jsonb_typeof(v) <> 'object' then private.field_error(path, 'invalid')
    else coalesce((
      select jsonb_agg(jsonb_build_object('path', case when path = '' then k else path || '.' || k end, 'code', 'unknown_field') order by k)
      from jsonb_object_keys(v) k
      where k <> all (allowed)
    ), '[]')
  end
$$;

-- ===========================================================================
-- declared questions
-- ===========================================================================

-- The questions of a referral that src/schemas/storage.ts declares, one row each,
-- written by the generated migrations: where each answer is stored and, for the
-- commissioner's report, whether and under which names it is counted. Storing,
-- the case document, the statistics and the report read these rows
-- (private.store_referral, referral_document, count_referral, report_statistics),
-- so a new question is a row and a column, never a copy of those functions.
create table private.referral_questions (
  -- Its path in the payload and in the case document: section.question.
  path text primary key check (path ~ '^[a-z_]+\.[a-z_]+$'),
  table_name text not null check (table_name in ('referrals', 'contact_preferences')),
  column_name text not null check (column_name ~ '^[a-z_][a-z0-9_]*$'),
  -- Counted: its column in private.referral_statistics, its key in report_statistics.
  statistics_column text unique check (statistics_column ~ '^[a-z_][a-z0-9_]*$'),
  report_key text unique check (report_key ~ '^[a-z_][a-z0-9_]*$' and report_key not in (
    'total', 'month', 'source', 'age_band', 'county', 'priority', 'organisation_type', 'pickup', 'take_up', 'closure_reason')),
  unique (table_name, column_name),
  check ((statistics_column is null) = (report_key is null))
);

create function private.declare_question(path text, table_name text, column_name text,
                                         statistics_column text default null, report_key text default null) returns void
language sql volatile set search_path = ''
as $$
  insert into private.referral_questions values (path, table_name, column_name, statistics_column, report_key)
  on conflict on constraint referral_questions_pkey do update
  set table_name = excluded.table_name, column_name = excluded.column_name,
      statistics_column = excluded.statistics_column, report_key = excluded.report_key
$$;

-- A question no longer asked: nothing more is stored or counted for it. Its column
-- stays, with the answers given before.
create function private.forget_question(path text) returns void
language sql volatile set search_path = ''
as $$ delete from private.referral_questions q where q.path = forget_question.path $$;

alter table private.referral_questions enable row level security;
revoke all on private.referral_questions from public, anon, authenticated, service_role;
