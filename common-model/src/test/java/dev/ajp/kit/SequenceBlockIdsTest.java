package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ids of {@link SequenceBlockIds} on the database the build selects (H2, or PostgreSQL with DB=postgres). */
class SequenceBlockIdsTest {

    private Database db;

    @BeforeEach
    void openADatabaseWithASequenceOfBlocks() {
        db = Database.open();
        // As the schema's sequences: the first call returns 50, the top of the block 1 ... 50.
        db.frameworks()
                .jdbi()
                .useHandle(handle -> handle.execute("create sequence blocks_seq start with 50 increment by 50"));
        db.recorder().clear();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void oneSequenceCallHandsOutTheFiftyIdsUpToItsValue() throws SQLException {
        var ids = new ArrayList<Long>();
        var recording = db.recorder().record(() -> {
            try (var connection = db.dataSource().getConnection();
                    var blocks = new SequenceBlockIds(connection, "blocks_seq")) {
                for (var i = 0; i < 120; i++) {
                    ids.add(blocks.next());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(ids)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 120).boxed().toList());
        // 120 ids are three blocks: 1-50, 51-100, 101-150; one statement per block, nothing else.
        assertThat(recording.sequenceCalls()).isEqualTo(3);
        assertThat(recording.statements()).hasSize(3);
        assertThat(recording.statements().get(0).sql())
                .isEqualTo(
                        switch (db.settings().kind()) {
                            case H2 -> "select next value for blocks_seq";
                            case POSTGRES -> "select nextval('blocks_seq')";
                        });
        // The sequence stands at the top of the third block: the next caller starts after it.
        long after = db.frameworks()
                .jdbi()
                .withHandle(handle ->
                        handle.createQuery(nextValue()).mapTo(Long.class).one());
        assertThat(after).isEqualTo(200);
    }

    @Test
    void twoTakersNeverShareAnId() {
        var first = new ArrayList<Long>();
        var second = new ArrayList<Long>();
        db.frameworks().jdbi().useHandle(handle -> {
            var a = SequenceBlockIds.on(handle, "blocks_seq");
            var b = SequenceBlockIds.on(handle, "blocks_seq");
            for (var i = 0; i < 60; i++) {
                first.add(a.next());
                second.add(b.next());
            }
        });

        // a takes 1-50, b 51-100, a 101-150, b 151-200.
        assertThat(first)
                .containsExactlyElementsOf(
                        LongStream.concat(LongStream.rangeClosed(1, 50), LongStream.rangeClosed(101, 110))
                                .boxed()
                                .toList());
        assertThat(second)
                .containsExactlyElementsOf(
                        LongStream.concat(LongStream.rangeClosed(51, 100), LongStream.rangeClosed(151, 160))
                                .boxed()
                                .toList());
    }

    @Test
    void theUnboundFormCallsTheSequenceOnTheConnectionOfEachCall() {
        var ids = new SequenceBlockIds("blocks_seq");
        var taken = new ArrayList<Long>();
        var recording = db.recorder().record(() -> {
            for (var i = 0; i < 3; i++) {
                // A connection of its own each time: the block goes on across them.
                try (var connection = db.dataSource().getConnection()) {
                    for (var j = 0; j < 20; j++) {
                        taken.add(ids.next(connection));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThat(taken)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 60).boxed().toList());
        assertThat(recording.sequenceCalls()).isEqualTo(2);
        assertThatThrownBy(ids::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a connection");
    }

    @Test
    void theIteratorIsEndlessAndTakesTheSameIds() {
        List<Long> ids = db.frameworks().jdbi().withHandle(handle -> {
            var iterator = SequenceBlockIds.on(handle, "blocks_seq").iterator();
            var taken = new ArrayList<Long>();
            for (var i = 0; i < 51; i++) {
                assertThat(iterator.hasNext()).isTrue();
                taken.add(iterator.next());
            }
            return taken;
        });

        assertThat(ids)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 51).boxed().toList());
    }

    @Test
    void aMissingSequenceIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> db.frameworks()
                        .jdbi()
                        .useHandle(handle ->
                                SequenceBlockIds.on(handle, "no_such_seq").next()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no_such_seq")
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void aNameThatIsNoIdentifierIsRefusedBeforeAnySql() {
        assertThatThrownBy(() -> new SequenceBlockIds("students_seq'); drop table students; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a sequence name");
        assertThat(db.recorder().statements()).isEmpty();
    }

    private String nextValue() {
        return switch (db.settings().kind()) {
            case H2 -> "select next value for blocks_seq";
            case POSTGRES -> "select nextval('blocks_seq')";
        };
    }
}
