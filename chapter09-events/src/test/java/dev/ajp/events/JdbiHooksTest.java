package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Jdbi's hooks around statements and handles, and what they do not see, on H2 and PostgreSQL. */
class JdbiHooksTest {

    @Test
    void jdbisHooksRunAroundEveryStatementItSendsButKnowNoStudent() {
        try (var db = ChapterDatabase.setup().open()) {
            var jdbi = Jdbi.create(db.dataSource()).installPlugin(new JdbiStatementHooks());
            var dao = new JdbiDao(jdbi, db.settings().kind());

            var recorded = Timeline.record(db.recorder(), () -> dao.insert(List.of(NewStudent.kevin())));

            assertThat(Rows.withTables(recorded))
                    .as(recorded.describe())
                    .containsExactly(
                            "JdbiPlugin.customizeHandle",
                            "setAutoCommit(false)",
                            // the ids come from plain JDBC on handle.getConnection(): no Jdbi hook sees that SELECT
                            "sequence",
                            "About to insert Kevin (the DAO's own code)",
                            "execute() called",
                            "StatementCustomizer.beforeExecution",
                            "insert students",
                            "SqlLogger.logAfterExecution: insert into students (id, name, age, grade) values (:id,"
                                    + " :name, :age, :grade)",
                            "StatementCustomizer.beforeExecution",
                            "insert student_audit",
                            "SqlLogger.logAfterExecution: insert into student_audit (student_id, action, audited_at)"
                                    + " values (:id, 'INSERT', :at)",
                            "commit",
                            "commit",
                            "setAutoCommit(true)",
                            "Handle cleanable: the handle closes");
            assertThat(Rows.students(db)).extracting(Rows.StudentRow::name).containsExactly("Kevin");
        }
    }
}
