package dev.ajp.events;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi's answer: no entity, so no entity lifecycle and no "before insert" event to hook into. What runs before an
 * insert is the code in front of it, in the DAO: normalise each name, batch the students, batch their audit rows, in
 * one transaction. Nothing is hidden, and nothing runs for an INSERT sent from anywhere else. (Jdbi's own extension
 * points see statements and handles, not students: {@link JdbiStatementHooks}.)
 */
public final class JdbiDao implements InsertStudents {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiDao(Jdbi jdbi, DatabaseSettings.Kind database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    @Override
    public List<InsertedStudent> insert(List<NewStudent> students) {
        try {
            return jdbi.inTransaction(handle -> {
                var inserted = new ArrayList<InsertedStudent>();
                try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                    // tag::dao[]
                    for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                        var rows = handle.prepareBatch(
                                "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)");
                        var audit = handle.prepareBatch("insert into student_audit (student_id, action, audited_at)"
                                + " values (:id, 'INSERT', :at)");
                        for (var student : students.subList(from, Math.min(from + BATCH_SIZE, students.size()))) {
                            var id = ids.next();
                            var name = StudentNames.normalise(student.name()); // the "before insert", in plain code
                            Timeline.app("About to insert " + name + " (the DAO's own code)");
                            rows.bind("id", id)
                                    .bind("name", name)
                                    .bind("age", student.age())
                                    .bind("grade", student.grade())
                                    .add();
                            audit.bind("id", id).bind("at", Instant.now()).add();
                            inserted.add(new InsertedStudent(id, name));
                        }
                        Timeline.app("execute() called");
                        rows.execute();
                        audit.execute();
                    }
                    // end::dao[]
                }
                Timeline.app("commit");
                return inserted;
            });
        } catch (Exception e) {
            throw new StudentInsertException(students.size(), e);
        }
    }
}
