package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.joined.JoinedCourse;
import dev.ajp.inheritance.joined.JoinedPerson;
import dev.ajp.inheritance.joined.UntypedJoinedPerson;
import dev.ajp.inheritance.joined.UntypedJoinedStudent;
import dev.ajp.inheritance.joined.UntypedJoinedTeacher;
import dev.ajp.kit.Database;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.Recording;
import dev.ajp.kit.StatementKind;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is what the frameworks send (test-support's {@link ReadmeSql} explains the markers): a
 * label {@code QUESTION: APPROACH} asks that question of the approach on the school's data ({@code add}: the statements
 * after the sequence calls), and a few labels run what the README shows beyond the questions. EclipseLink's order of
 * subclasses is its own and not fixed: its blocks say {@code (any order)}. The schema blocks are {@code file ...
 * (part)} ones.
 */
class ReadmeSqlTest {

    static final Map<String, Function<People, Object>> QUESTIONS = Map.of(
            "all",
            People::all,
            "teachers",
            People::teachers,
            "students",
            People::students,
            "find-teacher",
            people -> people.find(2),
            "find-person",
            people -> people.find(8),
            "add",
            people -> people.add(PeopleTest.NEW_PERSONS));

    @Test
    void everySqlBlockIsWhatTheNamedApproachesSend() {
        try (var db = ChapterDatabase.open()) {
            var labels = new LinkedHashMap<String, Operation>();
            QUESTIONS.forEach((question, ask) -> {
                for (var approach : Approach.values()) {
                    labels.put(question + ": " + approach.label(), () -> {
                        var people = approach.on(db); // started outside the recording
                        var recording = db.recorder().record(() -> ask.apply(people));
                        return Sent.statements(recording.statements().stream()
                                .filter(s -> !question.equals("add") || s.kind() != StatementKind.SEQUENCE)
                                .map(s -> s.sql())
                                .toList());
                    });
                }
            });
            extras(db).forEach((label, work) -> labels.put(label, () -> Sent.of(work.get())));
            var report = ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
            assertThat(report.checked()).isGreaterThan(15);
        }
    }

    /** What the README shows that is not one of the questions asked of an approach, by its label. */
    private static Map<String, java.util.function.Supplier<Recording<?>>> extras(Database db) {
        var untyped = db.frameworks(UntypedJoinedPerson.class, UntypedJoinedTeacher.class, UntypedJoinedStudent.class)
                .hibernate();
        var joined = db.frameworks(JpaJoined.ENTITIES.toArray(Class<?>[]::new));
        var hibernateJoined = joined.hibernate();
        var eclipseLinkJoined = joined.eclipseLink();
        return Map.of(
                "all: Hibernate/joined-without-discriminator",
                () -> db.recorder()
                        .record(() -> list(
                                untyped,
                                UntypedJoinedPerson.class,
                                "select p from UntypedJoinedPerson p order by p.id",
                                Map.of())),
                "all: EclipseLink/joined-with-outer-join-hint",
                () -> db.recorder()
                        .record(() -> list(
                                eclipseLinkJoined,
                                JoinedPerson.class,
                                "select p from JoinedPerson p",
                                Map.<String, Object>of(QueryHints.INHERITANCE_OUTER_JOIN, "true"))),
                "find-course: Hibernate/joined",
                () -> db.recorder().record(() -> {
                    try (var em = hibernateJoined.createEntityManager()) {
                        return em.find(JoinedCourse.class, 1L).getTeacher().getClass();
                    }
                }));
    }

    private static List<?> list(EntityManagerFactory emf, Class<?> root, String jpql, Map<String, Object> hints) {
        try (var em = emf.createEntityManager()) {
            var query = em.createQuery(jpql, root);
            hints.forEach(query::setHint);
            return query.getResultList().stream().map(Object::getClass).toList();
        }
    }
}
