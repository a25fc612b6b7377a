-- Chapter 08's own tables, next to the shared schema: students and courses that carry created_at and updated_at.
-- Written for H2 2.x and PostgreSQL 15; it drops what it creates first. The on-update part of the database-clock
-- tables differs between the two databases: it is in mixins-h2.sql and mixins-postgres.sql, run after this one.

drop table if exists stamped_students cascade;
drop table if exists stamped_courses cascade;
drop table if exists db_clock_students cascade;
drop table if exists db_clock_courses cascade;
drop table if exists moments cascade;
drop sequence if exists stamped_students_seq;
drop sequence if exists stamped_courses_seq;
drop sequence if exists db_clock_students_seq;
drop sequence if exists db_clock_courses_seq;
drop sequence if exists moments_seq;

create sequence stamped_students_seq start with 50 increment by 50;
create sequence stamped_courses_seq start with 50 increment by 50;
create sequence db_clock_students_seq start with 50 increment by 50;
create sequence db_clock_courses_seq start with 50 increment by 50;
create sequence moments_seq start with 50 increment by 50;

-- The application's clock: whoever writes a row writes both timestamps (JPA callbacks, Hibernate's generators,
-- Jdbi's SQL). TIMESTAMP WITH TIME ZONE: the column holds an instant, whatever zone the writer's JVM is in.
-- Precision 6 (microseconds) on both databases, the most either keeps.
create table stamped_students (
    id         bigint                      not null,
    name       varchar(100)                not null,
    age        integer                     not null,
    grade      varchar(2)                  not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint stamped_students_pk primary key (id),
    constraint stamped_students_age_not_negative check (age >= 0)
);

create table stamped_courses (
    id          bigint                      not null,
    course_name varchar(100)                not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint stamped_courses_pk primary key (id),
    constraint stamped_courses_name_unique unique (course_name)
);

-- The database's clock: an INSERT that leaves the columns out gets the transaction's CURRENT_TIMESTAMP, and every
-- UPDATE moves updated_at (H2: a column clause; PostgreSQL: a trigger). The application only reads them.
create table db_clock_students (
    id         bigint                      not null,
    name       varchar(100)                not null,
    age        integer                     not null,
    grade      varchar(2)                  not null,
    created_at timestamp(6) with time zone default current_timestamp not null,
    updated_at timestamp(6) with time zone default current_timestamp not null,
    constraint db_clock_students_pk primary key (id),
    constraint db_clock_students_age_not_negative check (age >= 0)
);

create table db_clock_courses (
    id          bigint                      not null,
    course_name varchar(100)                not null,
    created_at  timestamp(6) with time zone default current_timestamp not null,
    updated_at  timestamp(6) with time zone default current_timestamp not null,
    constraint db_clock_courses_pk primary key (id),
    constraint db_clock_courses_name_unique unique (course_name)
);

-- For the lessons on types and precision: one instant in a column with time zone, in one without (what EclipseLink's
-- own DDL makes of an Instant), and an OffsetDateTime.
create table moments (
    id            bigint                      not null,
    instant_tz    timestamp(6) with time zone,
    instant_local timestamp(6),
    offset_tz     timestamp(6) with time zone,
    constraint moments_pk primary key (id)
);
