package dev.ajp.inheritance;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import java.util.List;
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
 * Which strategy wins which question: the time to load every person, each as their class (the polymorphic query),
 * and to load the students only, for every approach, over 10,000 persons (8,800 students, 1,000 teachers, 200 plain
 * persons, as {@link School#generated} makes them).
 *
 * <p>Each call reads from the database (a new EntityManager or Jdbi handle, read-only JPA loads, EclipseLink's shared
 * cache off) and builds one record per person, so what differs is the SQL each strategy needs and what the framework
 * does with its rows. What to expect: single table reads one table either way; JOINED pays its joins on every
 * question, and EclipseLink's JOINED without ORDER BY pays 1 + 3 round trips; TABLE_PER_CLASS reads one table for the
 * students, and a union (Hibernate, Jdbi) or three SELECTs (EclipseLink) for everybody. The {@code -projection}
 * approaches read the same tables in as many statements (EclipseLink's table per class: one SELECT over a union
 * instead of three) but build the records without entities, as Jdbi does: each provider in its best read-only form.
 *
 * <p>One size, 16 approaches, 2 questions: 32 combinations, about 20 minutes per database with the kit's settings (the
 * 20 combinations before the projections took about 12).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@State(Scope.Benchmark)
public class InheritanceBenchmark {

    /** Every approach of the chapter. */
    @Param
    public Approach approach;

    /** The number of persons in each layout. */
    @Param({"10000"})
    public int persons;

    private Database db;
    private People people;

    @Setup(Level.Trial)
    public void loadTheSchoolAndStartTheFramework() {
        Bench.label(approach, approach.label());
        var school = School.generated(persons);
        // H2 would hand out a query's last result again (the same parameters, unchanged tables): switched off, every
        // query is read, as a server reads it. No query of the chapter has a subquery (see withoutResultReuse).
        db = ChapterDatabase.setup()
                .unrecorded()
                .withoutResultReuse()
                .then(school::load) // JDBC batches into all three layouts
                .open();
        people = approach.on(db);
        if (!people.all().equals(school.persons()) || !people.students().equals(school.only(GradedStudent.class))) {
            throw new IllegalStateException(approach + " does not load the " + persons + " persons it should");
        }
    }

    @Benchmark
    public List<Person> loadAll() {
        return people.all();
    }

    @Benchmark
    public List<GradedStudent> loadStudents() {
        return people.students();
    }

    @TearDown(Level.Trial)
    public void closeTheDatabase() {
        db.close();
    }
}
