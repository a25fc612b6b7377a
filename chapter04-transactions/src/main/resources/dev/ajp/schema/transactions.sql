-- Chapter 04's own table, next to the shared schema (run that one first). The tutorial's examples write to the
-- shared students table, whose CHECK (age >= 0) rejects the "Invalid Student"; this table is for the concurrent
-- writers: the seats taken in a course, with the version column that optimistic locking compares.
-- Written for H2 2.x and PostgreSQL 15; it drops what it creates first.

drop table if exists course_seats cascade;

create table course_seats (
    id          bigint       not null,
    course_name varchar(100) not null,
    seats_taken integer      not null,
    -- The JPA @Version: every UPDATE sets version = version + 1 where the version is still the one it read.
    version     bigint       not null,
    constraint course_seats_pk primary key (id),
    constraint course_seats_taken_not_negative check (seats_taken >= 0)
);
