-- PostgreSQL has no ON UPDATE clause: a BEFORE UPDATE trigger moves updated_at, for each row an UPDATE really changes
-- and unless the UPDATE set updated_at itself. That is what H2's ON UPDATE does (mixins-h2.sql): an UPDATE that writes
-- the values a row already has leaves its updated_at alone on both databases.
create or replace function touch_updated_at() returns trigger language plpgsql as $$
begin
    if new is distinct from old and new.updated_at is not distinct from old.updated_at then
        new.updated_at := current_timestamp;
    end if;
    return new;
end
$$;

create trigger db_clock_students_touch before update on db_clock_students
    for each row execute function touch_updated_at();
create trigger db_clock_courses_touch before update on db_clock_courses
    for each row execute function touch_updated_at();
