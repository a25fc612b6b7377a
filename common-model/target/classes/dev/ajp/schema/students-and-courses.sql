-- The shared schema: students, courses and the many-to-many between them.
-- Written once for every framework and both databases (H2 2.x and PostgreSQL 15); no provider generates DDL.
-- It drops what it creates first, so running it again gives the same empty tables.

drop table if exists student_courses cascade;
drop table if exists students cascade;
drop table if exists courses cascade;
drop sequence if exists students_seq;
drop sequence if exists courses_seq;

-- Pooled sequences: one call hands out a block of 50 ids. Both JPA providers read the value v as the top of
-- the block v-49..v, so the first call (50) yields ids 1..50 on Hibernate and on EclipseLink alike.
create sequence students_seq start with 50 increment by 50;
create sequence courses_seq start with 50 increment by 50;

create table students (
    id    bigint       not null,
    name  varchar(100) not null,
    age   integer      not null,
    grade varchar(2)   not null,
    constraint students_pk primary key (id),
    constraint students_age_not_negative check (age >= 0)
);

create table courses (
    id          bigint       not null,
    course_name varchar(100) not null,
    constraint courses_pk primary key (id),
    constraint courses_name_unique unique (course_name)
);

create table student_courses (
    student_id bigint not null,
    course_id  bigint not null,
    constraint student_courses_pk primary key (student_id, course_id),
    constraint student_courses_student_fk foreign key (student_id) references students (id) on delete cascade,
    constraint student_courses_course_fk foreign key (course_id) references courses (id) on delete cascade
);

-- The primary key serves "courses of a student"; this index serves "students of a course".
create index student_courses_course_idx on student_courses (course_id);
