-- Format checks shared by both forms: email, UK phone, dates, instants, objects.
-- The patterns are copies of src/schemas/patterns.ts; the parity tests keep them equal.

-- ===========================================================================
-- helpers
-- ===========================================================================

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
