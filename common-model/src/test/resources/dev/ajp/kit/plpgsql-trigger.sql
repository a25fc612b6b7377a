-- A PL/pgSQL trigger function, for SqlScriptTriggerTest: its body is quoted with $$ and holds semicolons, which the
-- script runner must keep inside one statement. PostgreSQL only: H2 has no PL/pgSQL.
drop table if exists shouted cascade;

create table shouted (id integer not null, word varchar(20) not null, constraint shouted_pk primary key (id));

create function shout() returns trigger language plpgsql as $$
begin
    new.word := upper(new.word);
    return new;
end;
$$;

create trigger shouted_shout before insert on shouted for each row execute function shout();
