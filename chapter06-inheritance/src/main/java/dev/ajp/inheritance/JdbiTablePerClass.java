package dev.ajp.inheritance;

import dev.ajp.kit.SequenceBlockIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * TABLE_PER_CLASS with Jdbi: the polymorphic query is a UNION ALL of the three tables, each branch naming its class
 * in a constant {@code type} column and filling the columns it lacks with NULL, sorted as a whole; Hibernate writes
 * the same. A subclass query reads one table. Adding persons is one sequence call and one JDBC batch per table that
 * receives rows.
 */
public final class JdbiTablePerClass implements People {

    // tag::union[]
    private static final String EVERY_PERSON = """
            select id, 'person' as type, name, null as subject, null as grade from per_class_persons
            union all
            select id, 'teacher', name, subject, null from per_class_teachers
            union all
            select id, 'student', name, null, grade from per_class_students""";
    // end::union[]

    private final Jdbi jdbi;

    public JdbiTablePerClass(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Person> all() {
        // tag::all[]
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select id, type, name, subject, grade from (" + EVERY_PERSON + ") p order by id")
                .map(new PersonMapper())
                .list());
        // end::all[]
    }

    @Override
    public List<Teacher> teachers() {
        return jdbi.withHandle(
                handle -> handle.createQuery("select id, name, subject from per_class_teachers order by id")
                        .map(PersonMapper.TEACHER)
                        .list());
    }

    @Override
    public List<GradedStudent> students() {
        return jdbi.withHandle(
                handle -> handle.createQuery("select id, name, grade from per_class_students order by id")
                        .map(PersonMapper.STUDENT)
                        .list());
    }

    @Override
    public Optional<Person> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select id, type, name, subject, grade from (" + EVERY_PERSON + ") p where id = :id")
                .bind("id", id)
                .map(new PersonMapper())
                .findOne());
    }

    @Override
    public List<Person> add(List<Person> persons) {
        try {
            return jdbi.inTransaction(handle -> {
                var ids = SequenceBlockIds.on(handle, "per_class_persons_seq");
                var plain = handle.prepareBatch("insert into per_class_persons (id, name) values (:id, :name)");
                var teachers = handle.prepareBatch(
                        "insert into per_class_teachers (id, name, subject) values (:id, :name, :subject)");
                var students = handle.prepareBatch(
                        "insert into per_class_students (id, name, grade) values (:id, :name, :grade)");
                var added = new ArrayList<Person>();
                for (var person : persons) {
                    var stored = person.withId(ids.next());
                    if (stored instanceof Teacher t) {
                        teachers.bind("id", t.id())
                                .bind("name", t.name())
                                .bind("subject", t.subject())
                                .add();
                    } else if (stored instanceof GradedStudent s) {
                        students.bind("id", s.id())
                                .bind("name", s.name())
                                .bind("grade", s.grade())
                                .add();
                    } else {
                        plain.bind("id", stored.id())
                                .bind("name", stored.name())
                                .add();
                    }
                    added.add(stored);
                }
                for (var batch : List.of(plain, teachers, students)) {
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
