package dev.ajp.inheritance;

import dev.ajp.kit.SequenceBlockIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * JOINED with Jdbi: the polymorphic query LEFT JOINs both subclass tables to the root's, and a CASE over which of them
 * has the row gives {@link PersonMapper} its {@code type}, as Hibernate does when there is no discriminator column.
 * A subclass query is an inner join. Adding persons is one sequence call, then one JDBC batch per table:
 * {@code joined_persons} first, for the foreign keys of the others.
 */
public final class JdbiJoined implements People {

    private final Jdbi jdbi;

    public JdbiJoined(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Person> all() {
        // tag::all[]
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select p.id, p.name, t.subject, s.grade,
                               case when t.id is not null then 'teacher'
                                    when s.id is not null then 'student'
                                    else 'person' end as type
                          from joined_persons p
                          left join joined_teachers t on t.id = p.id
                          left join joined_students s on s.id = p.id
                         order by p.id""").map(new PersonMapper()).list());
        // end::all[]
    }

    @Override
    public List<Teacher> teachers() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select p.id, p.name, t.subject
                          from joined_persons p
                          join joined_teachers t on t.id = p.id
                         order by p.id""").map(PersonMapper.TEACHER).list());
    }

    @Override
    public List<GradedStudent> students() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        select p.id, p.name, s.grade
                          from joined_persons p
                          join joined_students s on s.id = p.id
                         order by p.id""").map(PersonMapper.STUDENT).list());
    }

    @Override
    public Optional<Person> find(long id) {
        return jdbi.withHandle(handle ->
                handle.createQuery("""
                        select p.id, p.name, t.subject, s.grade,
                               case when t.id is not null then 'teacher'
                                    when s.id is not null then 'student'
                                    else 'person' end as type
                          from joined_persons p
                          left join joined_teachers t on t.id = p.id
                          left join joined_students s on s.id = p.id
                         where p.id = :id""").bind("id", id).map(new PersonMapper()).findOne());
    }

    @Override
    public List<Person> add(List<Person> persons) {
        try {
            return jdbi.inTransaction(handle -> {
                var ids = SequenceBlockIds.on(handle, "joined_persons_seq");
                var roots =
                        handle.prepareBatch("insert into joined_persons (id, type, name) values (:id, :type, :name)");
                var teachers = handle.prepareBatch("insert into joined_teachers (id, subject) values (:id, :subject)");
                var students = handle.prepareBatch("insert into joined_students (id, grade) values (:id, :grade)");
                var added = new ArrayList<Person>();
                for (var person : persons) {
                    var stored = person.withId(ids.next());
                    // The discriminator too: EclipseLink reads it, and Hibernate maps it.
                    roots.bind("id", stored.id())
                            .bind("type", School.type(stored))
                            .bind("name", stored.name())
                            .add();
                    if (stored instanceof Teacher t) {
                        teachers.bind("id", t.id()).bind("subject", t.subject()).add();
                    } else if (stored instanceof GradedStudent s) {
                        students.bind("id", s.id()).bind("grade", s.grade()).add();
                    }
                    added.add(stored);
                }
                for (var batch : List.of(roots, teachers, students)) {
                    if (batch.size() > 0) { // a batch of no rows is no statement
                        batch.execute();
                    }
                }
                return added;
            });
        } catch (RuntimeException e) {
            throw new PersonsNotAddedException(persons.size(), e);
        }
    }
}
