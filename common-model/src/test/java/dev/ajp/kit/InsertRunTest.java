package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InsertRunTest {

    /** A parent and a child that references it: H2 cannot TRUNCATE the parent, PostgreSQL needs CASCADE. */
    private static Database.Setup parentAndChild() {
        return Database.setup()
                .then(db -> db.frameworks().jdbi().useHandle(handle -> {
                    handle.execute("create table parent (id int primary key)");
                    handle.execute(
                            "create table child (id int primary key, parent_id int not null references parent (id))");
                }));
    }

    /** Inserts one parent and one child with ids that collide when the tables were not emptied. */
    private static Supplier<Integer> insertPair(Database db) {
        return () -> db.frameworks().jdbi().inTransaction(handle -> {
            handle.execute("insert into parent (id) values (1)");
            handle.execute("insert into child (id, parent_id) values (1, 1)");
            return 2;
        });
    }

    private static int rows(Database db, String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(handle -> handle.createQuery("select count(*) from " + table)
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void emptiesEveryTableBetweenInserts() {
        var opened = new AtomicReference<Database>();
        try (var run = InsertRun.open(
                "pair",
                parentAndChild(),
                List.of("child", "parent"),
                db -> {
                    opened.set(db);
                    return insertPair(db);
                },
                Integer::intValue,
                2)) {
            var db = opened.get();
            assertThat(run.insert()).isEqualTo(2);
            assertThat(rows(db, "parent")).isEqualTo(1);
            assertThat(rows(db, "child")).isEqualTo(1);

            run.emptyTables();
            assertThat(rows(db, "parent")).isZero();
            assertThat(rows(db, "child")).isZero();

            // The same ids again: this fails on a primary key unless both tables were emptied.
            assertThat(run.insert()).isEqualTo(2);
            assertThat(rows(db, "parent")).isEqualTo(1);
        }
    }

    @Test
    void anInsertThatFallsShortIsAnError() {
        try (var run = InsertRun.open(
                "HALF", parentAndChild(), List.of("child", "parent"), InsertRunTest::insertPair, count -> 1, 2)) {
            assertThatThrownBy(run::insert)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("HALF inserted 1 of 2 rows");
        }
    }

    @Test
    void aFailingApproachIsReported() {
        assertThatThrownBy(() -> InsertRun.<Integer>open(
                        "BROKEN",
                        parentAndChild(),
                        List.of("parent"),
                        db -> {
                            throw new IllegalStateException("cannot start");
                        },
                        Integer::intValue,
                        1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot start");
    }

    @Test
    void tableNamesAreCheckedBeforeAnythingOpens() {
        assertThatThrownBy(() -> InsertRun.open(
                        "X",
                        parentAndChild(),
                        List.of("parent; drop table child"),
                        InsertRunTest::insertPair,
                        n -> n,
                        2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a table name: parent; drop table child");
        assertThatThrownBy(() -> InsertRun.open("X", parentAndChild(), List.of(), InsertRunTest::insertPair, n -> n, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
