-- Chapter 09's triggers on H2: the same two rules as events-trigger-postgres.sql. H2 has no procedural SQL; a trigger
-- is a Java class implementing org.h2.api.Trigger, found on the class path by name. Run after events.sql.

-- Before the row is written: trim the name and upper-case its first letter, or refuse a blank one.
create trigger students_normalise_name before insert on students
    for each row call 'dev.ajp.events.H2NormaliseNameTrigger';

-- After the row is written (and checked): one audit row, in the same transaction as the INSERT.
create trigger students_audit_insert after insert on students
    for each row call 'dev.ajp.events.H2AuditInsertTrigger';
