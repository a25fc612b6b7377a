-- H2 moves a column on every UPDATE that does not set it itself: ON UPDATE, a column clause.
alter table db_clock_students alter column updated_at set on update current_timestamp;
alter table db_clock_courses alter column updated_at set on update current_timestamp;
