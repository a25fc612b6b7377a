-- Chapter 05's own table, next to the shared schema (run that one first): the tutorial's enrollments, an
-- association with a date of its own, keyed by the pair (student_id, course_id).
-- Written for H2 2.x and PostgreSQL 15; it drops what it creates first.

drop table if exists enrollments cascade;

create table enrollments (
    student_id      bigint not null,
    course_id       bigint not null,
    -- A DATE, not the tutorial's string: the database checks that it is a date, compares and sorts it as one, and
    -- every framework reads it as a java.time.LocalDate (a day: no time, no zone).
    enrollment_date date   not null,
    -- Student first: the enrollments of one student are one range of the key's index.
    constraint enrollments_pk primary key (student_id, course_id)
);

-- The key cannot serve a lookup by its second column: the students of one course need an index of their own.
create index enrollments_course_idx on enrollments (course_id);

-- The foreign keys come after that index: H2 gives a foreign key an index on exactly its columns unless one exists,
-- so this order spares H2 a second index on course_id (it still adds one on student_id). PostgreSQL adds none.
-- Constraint names are unique per schema on H2, so these cannot reuse student_courses' names.
alter table enrollments add constraint enrollments_student_fk foreign key (student_id) references students (id);
alter table enrollments add constraint enrollments_course_fk foreign key (course_id) references courses (id);
