package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import org.junit.jupiter.api.Test;

/** The recorder counts the connections taken from its DataSources, per recording. */
class SqlRecorderConnectionsTest {

    private static int countStudents(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from students")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void everyConnectionTakenFromTheDataSourceIsCountedUntilTheNextClear() {
        try (var db = Database.loaded(SampleData.canonical())) {
            var recorder = db.recorder();

            var twoHandles = recorder.record(() -> countStudents(db) + countStudents(db));
            assertThat(twoHandles.count()).isEqualTo(2);
            assertThat(recorder.connectionsAcquired()).isEqualTo(2); // a Jdbi handle takes one connection

            var oneHandle = recorder.record(() -> db.frameworks().jdbi().withHandle(h -> {
                h.createQuery("select count(*) from students")
                        .mapTo(Integer.class)
                        .one();
                return h.createQuery("select count(*) from courses")
                        .mapTo(Integer.class)
                        .one();
            }));
            assertThat(oneHandle.count()).isEqualTo(2);
            assertThat(recorder.connectionsAcquired()).isEqualTo(1); // two statements, one connection

            recorder.clear();
            assertThat(recorder.connectionsAcquired()).isZero();
        }
    }

    @Test
    void startingAFactoryInsideARecordingTakesNoCountedConnection() {
        try (var db = Database.loaded(SampleData.canonical())) {
            var frameworks = db.frameworks(Student.class, Course.class);

            var start = db.recorder()
                    .record(() -> frameworks.hibernate().isOpen()
                            && frameworks.eclipseLink().isOpen());

            assertThat(start.result()).isTrue();
            assertThat(start.entries()).isEmpty();
            assertThat(db.recorder().connectionsAcquired()).isZero();
        }
    }
}
