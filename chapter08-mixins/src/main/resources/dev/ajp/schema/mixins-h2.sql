-- H2 moves a column for each row an UPDATE really changes, unless the UPDATE set that column itself: ON UPDATE, a
-- column clause. (PostgreSQL needs a trigger for the same: mixins-postgres.sql.)
alter table db_clock_students alter column updated_at set on update current_timestamp;
alter table db_clock_courses alter column updated_at set on update current_timestamp;
