package dev.ajp.inheritance;

import dev.ajp.kit.SequenceBlockIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * SINGLE_TABLE with Jdbi: the SQL an ORM would write, by hand. Every query is one SELECT on {@code persons}, and
 * {@link PersonMapper} turns each row into the class its {@code type} names. Adding persons is one sequence call and
 * one JDBC batch of INSERTs, whatever their classes: they all go to the same table.
 */
public final class JdbiSingleTable implements People {

    private final Jdbi jdbi;

    public JdbiSingleTable(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Person> all() {
        // tag::all[]
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select id, type, name, subject, grade
                          from persons
                         order by id""").map(new PersonMapper()).list());
        // end::all[]
    }

    @Override
    public List<Teacher> teachers() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select id, name, subject
                          from persons
                         where type = 'teacher'
                         order by id""").map(PersonMapper.TEACHER).list());
    }

    @Override
    public List<GradedStudent> students() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select id, name, grade
                          from persons
                         where type = 'student'
                         order by id""").map(PersonMapper.STUDENT).list());
    }

    @Override
    public Optional<Person> find(long id) {
        return jdbi.withHandle(handle ->
                handle.createQuery("""
                        select id, type, name, subject, grade
                          from persons
                         where id = :id""").bind("id", id).map(new PersonMapper()).findOne());
    }

    @Override
    public List<Person> add(List<Person> persons) {
        try {
            // tag::add[]
            return jdbi.inTransaction(handle -> {
                var ids = SequenceBlockIds.on(handle, "persons_seq");
                var insert = handle.prepareBatch("""
                        insert into persons (id, type, name, subject, grade)
                        values (:id, :type, :name, :subject, :grade)""");
                var added = new ArrayList<Person>();
                for (var person : persons) {
                    var stored = person.withId(ids.next());
                    insert.bind("id", stored.id())
                            .bind("type", School.type(stored))
                            .bind("name", stored.name())
                            .bind("subject", stored instanceof Teacher t ? t.subject() : null)
                            .bind("grade", stored instanceof GradedStudent s ? s.grade() : null)
                            .add();
                    added.add(stored);
                }
                insert.execute(); // one JDBC batch
                return added;
            });
            // end::add[]
        } catch (RuntimeException e) {
            throw new PersonsNotAddedException(persons.size(), e);
        }
    }
}
