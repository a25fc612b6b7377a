-- Chapter 06's tables: one hierarchy of persons (a person, a teacher with a subject, a student with a grade) laid
-- out three ways, one per JPA inheritance strategy, and a course whose teacher is any person, for two of them.
-- Run after the shared schema. Written once for every framework and both databases (H2 2.x and PostgreSQL 15); no
-- provider generates DDL, and Hibernate validates its mappings against these tables. It drops what it creates first.
-- H2 wants constraint names unique per schema: every name below carries its table's name.

drop table if exists single_table_courses cascade;
drop table if exists joined_courses cascade;
drop table if exists persons cascade;
drop table if exists joined_students cascade;
drop table if exists joined_teachers cascade;
drop table if exists joined_persons cascade;
drop table if exists per_class_students cascade;
drop table if exists per_class_teachers cascade;
drop table if exists per_class_persons cascade;
drop sequence if exists persons_seq;
drop sequence if exists joined_persons_seq;
drop sequence if exists per_class_persons_seq;

-- One pooled sequence per hierarchy (increment 50, as in the shared schema): every table of a hierarchy takes its
-- ids from it, so that an id names one person whatever their subclass.
create sequence persons_seq start with 50 increment by 50;
create sequence joined_persons_seq start with 50 increment by 50;
create sequence per_class_persons_seq start with 50 increment by 50;

-- SINGLE_TABLE, the tutorial's layout: every person in one table, `type` says which class a row is.
-- subject and grade belong to one subclass each, so they must allow NULL: a NOT NULL on subject would reject every
-- student. The CHECKs keep the rule per type instead: a teacher has a subject, a student has a grade.
-- Nothing checks the values of `type`: a row that another program writes with a value no class maps is the
-- chapter's bad input.
create table persons (
    id      bigint       not null,
    type    varchar(31)  not null,
    name    varchar(100) not null,
    subject varchar(100),
    grade   varchar(2),
    constraint persons_pk primary key (id),
    constraint persons_teacher_has_subject check (type <> 'teacher' or subject is not null),
    constraint persons_student_has_grade check (type <> 'student' or grade is not null)
);

-- JOINED: the root's columns in one table, each subclass's own columns in a table of its own that shares the id.
-- Subclass columns can be NOT NULL here. `type` is the discriminator EclipseLink needs for JOINED (it reads it to
-- know which subclass tables to query); Hibernate writes it too, and could do without it.
create table joined_persons (
    id   bigint       not null,
    type varchar(31)  not null,
    name varchar(100) not null,
    constraint joined_persons_pk primary key (id)
);

create table joined_teachers (
    id      bigint       not null,
    subject varchar(100) not null,
    constraint joined_teachers_pk primary key (id),
    constraint joined_teachers_person_fk foreign key (id) references joined_persons (id) on delete cascade
);

create table joined_students (
    id    bigint     not null,
    grade varchar(2) not null,
    constraint joined_students_pk primary key (id),
    constraint joined_students_person_fk foreign key (id) references joined_persons (id) on delete cascade
);

-- TABLE_PER_CLASS: one complete table per concrete class, the root's columns repeated in each; no discriminator
-- (the table says the class). Nothing in the database keeps an id unique across the three tables: only the shared
-- sequence does. And no foreign key can point at "any person": there is no one table that holds them all.
create table per_class_persons (
    id   bigint       not null,
    name varchar(100) not null,
    constraint per_class_persons_pk primary key (id)
);

create table per_class_teachers (
    id      bigint       not null,
    name    varchar(100) not null,
    subject varchar(100) not null,
    constraint per_class_teachers_pk primary key (id)
);

create table per_class_students (
    id    bigint       not null,
    name  varchar(100) not null,
    grade varchar(2)   not null,
    constraint per_class_students_pk primary key (id)
);

-- A course and the person who teaches it: a many-to-one to the root of a hierarchy, since a course may be given by
-- a teacher or by anyone else (a visiting artist teaches Art). Ids are given by the data, not generated.
create table single_table_courses (
    id         bigint       not null,
    name       varchar(100) not null,
    teacher_id bigint       not null,
    constraint single_table_courses_pk primary key (id),
    constraint single_table_courses_teacher_fk foreign key (teacher_id) references persons (id)
);

create table joined_courses (
    id         bigint       not null,
    name       varchar(100) not null,
    teacher_id bigint       not null,
    constraint joined_courses_pk primary key (id),
    constraint joined_courses_teacher_fk foreign key (teacher_id) references joined_persons (id)
);
