-- Chapter 09's triggers on PostgreSQL: the same two rules the application-side hooks apply, written in PL/pgSQL.
-- Run after events.sql. H2 has no PL/pgSQL: its triggers are Java classes (events-trigger-h2.sql).
-- Each function body is quoted with $$ and holds semicolons; the kit's script runner keeps such a block whole.

-- Before the row is written: trim the name and upper-case its first letter, or refuse a null or blank one. A BEFORE
-- trigger may change the row it returns; the INSERT then writes the changed row. PostgreSQL runs BEFORE triggers
-- before it checks NOT NULL, so a null name reaches this function. upper() follows a collation: the ICU root one
-- (und-x-icu) is Unicode's full mapping without a language's rules, as Java's toUpperCase(Locale.ROOT), whatever the
-- database's default collation ("ß" becomes "SS", "ı" becomes "I"; a libc collation would keep "ß").
create or replace function students_normalise_name() returns trigger language plpgsql as $$
begin
    new.name := btrim(new.name, ' ');
    if new.name is null or new.name = '' then
        raise exception 'A student needs a name';
    end if;
    new.name := upper(left(new.name, 1) collate "und-x-icu") || substr(new.name, 2);
    return new;
end;
$$;

-- After the row is written (and checked): one audit row, in the same transaction as the INSERT.
create or replace function students_audit_insert() returns trigger language plpgsql as $$
begin
    insert into student_audit (student_id, action, audited_at) values (new.id, 'INSERT', current_timestamp);
    return null;
end;
$$;

create trigger students_normalise_name before insert on students
    for each row execute function students_normalise_name();

create trigger students_audit_insert after insert on students
    for each row execute function students_audit_insert();
