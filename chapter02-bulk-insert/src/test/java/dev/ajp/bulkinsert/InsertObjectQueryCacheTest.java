package dev.ajp.bulkinsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import org.eclipse.persistence.queries.InsertObjectQuery;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link EclipseLinkInsertQuery} saves: EclipseLink's native {@code InsertObjectQuery} on a client session has no
 * unit of work, yet still puts every object it inserts into the session's identity map, unless told
 * {@code dontMaintainCache()}.
 */
class InsertObjectQueryCacheTest {

    @ParameterizedTest(name = "dontMaintainCache: {0}")
    @ValueSource(booleans = {false, true})
    void anInsertObjectQueryKeepsTheStudentInTheSessionUnlessToldNotTo(boolean dontMaintainCache) {
        try (var db = ChapterDatabase.open()) {
            var server = db.frameworks(Student.class, Course.class)
                    .eclipseLink(JpaBatchedPersist.batchSettings(JpaProvider.ECLIPSELINK))
                    .unwrap(Server.class);
            var session = server.acquireClientSession();
            try {
                session.beginTransaction();
                var george = new Student("George", 20, "A");
                var insert = new InsertObjectQuery(george);
                if (dontMaintainCache) {
                    insert.dontMaintainCache();
                }

                session.executeQuery(insert);

                assertThat(george.getId()).isNotNull(); // the sequence gave it its id either way
                assertThat(session.getIdentityMapAccessor().containsObjectInIdentityMap(george))
                        .isEqualTo(!dontMaintainCache);
                session.rollbackTransaction();
            } finally {
                session.release();
            }
        }
    }
}
