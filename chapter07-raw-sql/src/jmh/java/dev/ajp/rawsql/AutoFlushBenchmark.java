package dev.ajp.rawsql;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the flush before a native query costs: one small native query ({@code select count(*) ... where age > ?}) in
 * a transaction whose persistence context holds {@code managed} students, loaded and unchanged, with the flush mode
 * AUTO (the default: flush before every native query in a transaction) or COMMIT (flush only at commit).
 *
 * <p>Nothing is ever written: the flush finds no change (AutoFlushBenchmarkTest). What it costs is finding that out.
 * What to expect: Hibernate compares every managed entity with the snapshot it took at load, so its cost grows with
 * the persistence context; EclipseLink's woven entities report their own changes as they happen, which leaves its
 * flush less to compare. With COMMIT neither looks before the query. The transaction stays open for the whole trial and is rolled back at its
 * end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
public class AutoFlushBenchmark {

    /** The students in the table: as many as the largest persistence context loads. */
    static final int STUDENTS = 1_000;

    @Param
    public JpaProvider approach;

    @Param({"AUTO", "COMMIT"})
    public FlushModeType flushMode;

    @Param({"0", "1000"})
    public int managed;

    private Database db;
    private EntityManager em;

    @Setup(Level.Trial)
    public void beginATransactionWithManagedStudents() {
        Bench.label(approach, approach.toString());
        db = ChapterDatabase.setup()
                .unrecorded()
                .withoutResultReuse() // H2 would hand out the count's last result again: the query is measured
                .data(SampleData.generated(STUDENTS, 0))
                .open();
        em = transactionWithManagedStudents(
                db.frameworks(Student.class, Course.class).jpa(approach), flushMode, managed);
    }

    @Benchmark
    public long nativeCount() {
        return countOlderThan20(em);
    }

    @TearDown(Level.Trial)
    public void rollBackAndClose() {
        em.getTransaction().rollback();
        em.close();
        db.close();
    }

    /** An EntityManager in an open transaction, with this flush mode and the first {@code managed} students loaded. */
    static EntityManager transactionWithManagedStudents(
            EntityManagerFactory emf, FlushModeType flushMode, int managed) {
        var em = emf.createEntityManager();
        em.setFlushMode(flushMode);
        em.getTransaction().begin();
        if (managed > 0) {
            var loaded = em.createQuery("select s from Student s order by s.id", Student.class)
                    .setMaxResults(managed)
                    .getResultList();
            if (loaded.size() != managed) {
                throw new IllegalStateException("Loaded " + loaded.size() + " students, not " + managed);
            }
        }
        // EclipseLink begins the transaction on its connection at the first native query in it: do that here, so
        // that every measured call finds the same state.
        countOlderThan20(em);
        return em;
    }

    /** The measured query: small, so that what precedes it shows. */
    static long countOlderThan20(EntityManager em) {
        return ((Number) em.createNativeQuery("select count(*) from students where age > ?1")
                        .setParameter(1, 20)
                        .getSingleResult())
                .longValue();
    }
}
