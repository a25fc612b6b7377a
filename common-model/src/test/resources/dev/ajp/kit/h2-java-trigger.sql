-- The same trigger as plpgsql-trigger.sql, for H2, whose triggers are Java classes found on the class path by name.
drop table if exists shouted cascade;

create table shouted (id integer not null, word varchar(20) not null, constraint shouted_pk primary key (id));

create trigger shouted_shout before insert on shouted for each row call 'dev.ajp.kit.ShoutTrigger';
