package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import dev.ajp.model.Student_;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pitfalls the README names, each shown on the tutorial's data. */
class PitfallsTest {

    private static final DataCase DATA = DataCase.CANONICAL;

    @Test
    void countStarOnALeftJoinCountsACourseNobodyTakesAsOne() {
        try (var db = DATA.open()) {
            var sql = """
                    select c.course_name, count(%s) as students
                      from courses c
                      left join student_courses sc on sc.course_id = c.id
                     group by c.id, c.course_name
                     order by c.id""";
            var jdbi = db.jdbi();

            var star = jdbi.withHandle(h -> h.createQuery(sql.formatted("*"))
                    .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                    .list());
            var column = jdbi.withHandle(h -> h.createQuery(sql.formatted("sc.student_id"))
                    .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                    .list());

            // COUNT(*) counts the row the outer join made up for Art; COUNT(column) skips its NULL.
            var expected = Expected.studentsPerCourseIncludingEmpty(DATA.data());
            assertThat(column).isEqualTo(expected);
            assertThat(star)
                    .isEqualTo(expected.stream()
                            .map(c -> c.students() == 0 ? new CourseCount(c.courseName(), 1) : c)
                            .toList());
            assertThat(star).contains(new CourseCount("Art", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void inJpqlCountingTheOuterSideOfALeftJoinCountsACourseNobodyTakesAsOne(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = Frameworks.on(db).jpa(provider);
            try (var em = emf.createEntityManager()) {
                var counted = em.createQuery("""
                                select new dev.ajp.querying.CourseCount(c.courseName, count(c))
                                  from Course c left join c.students s
                                 group by c.id, c.courseName
                                 order by c.id""", CourseCount.class).getResultList();

                assertThat(counted).contains(new CourseCount("Art", 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void jpqlJoinOverACollectionIsAnInnerJoinAndLeftJoinKeepsDaveWithNull(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = Frameworks.on(db).jpa(provider);
            var jpql = """
                    select new dev.ajp.querying.Enrollment(s.name, c.courseName)
                      from Student s %s s.courses c
                     order by s.id, c.id""";
            try (var em = emf.createEntityManager()) {
                var inner =
                        em.createQuery(jpql.formatted("join"), Enrollment.class).getResultList();
                var outer = em.createQuery(jpql.formatted("left join"), Enrollment.class)
                        .getResultList();

                assertThat(inner).isEqualTo(Expected.enrollments(DATA.data()));
                assertThat(inner).extracting(Enrollment::studentName).doesNotContain("Dave");
                assertThat(outer).hasSize(inner.size() + 1).contains(new Enrollment("Dave", null));
            }
        }
    }

    /**
     * Without ORDER BY a database returns rows in whatever order its plan reads them, and a page is then whatever
     * comes first. H2 reads this table in primary key order, so the bug hides there. PostgreSQL reads it in storage
     * order, and an UPDATE writes a new version of the row at the end: the same page then holds other students.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aPageWithoutOrderByIsWhateverTheDatabaseReadsFirst(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = Frameworks.on(db).jpa(provider);
            var unordered = "select s.name from Student s";
            var ordered = "select s.name from Student s order by s.id";
            var before = firstPage(emf, unordered);

            // Alice's grade is set to the value it has: nothing changes but the row's place on disk.
            db.jdbi().useHandle(h -> h.execute("update students set grade = grade where name = 'Alice'"));

            var after = firstPage(emf, unordered);
            assertThat(firstPage(emf, ordered)).containsExactly("Alice", "Bob");
            if (db.settings().kind() == Kind.POSTGRES) {
                assertThat(before).containsExactly("Alice", "Bob");
                assertThat(after).containsExactly("Bob", "Carol");
            } else {
                assertThat(after).isEqualTo(before).containsExactly("Alice", "Bob");
            }
        }
    }

    /**
     * A native query hands back what the JDBC driver chose for each column; JPQL fixes the types (COUNT and SUM of
     * an integer are Long, AVG is Double) on every database. Here COUNT and SUM agree, AVG does not.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void nativeAggregatesHaveTheDriversTypesAndJpqlAggregatesHaveTheSpecsTypes(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = Frameworks.on(db).jpa(provider);
            try (var em = emf.createEntityManager()) {
                var nativeRow = (Object[]) em.createNativeQuery("select count(*), sum(age), avg(age) from students")
                        .getSingleResult();
                var jpqlRow = em.createQuery("select count(s), sum(s.age), avg(s.age) from Student s", Object[].class)
                        .getSingleResult();

                var avgType = db.settings().kind() == Kind.POSTGRES ? BigDecimal.class : Double.class;
                assertThat(nativeRow).extracting(Object::getClass).containsExactly(Long.class, Long.class, avgType);
                assertThat(jpqlRow).extracting(Object::getClass).containsExactly(Long.class, Long.class, Double.class);
                // Read as a Number and converted, the values agree whatever the types.
                assertThat(((Number) nativeRow[2]).doubleValue()).isEqualTo((Double) jpqlRow[2]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aResultClassOrTupleForANativeQueryWorksOnHibernateOnly(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = Frameworks.on(db).jpa(provider);
            var sql = """
                    select c.course_name, count(sc.student_id) as students
                      from courses c
                      join student_courses sc on sc.course_id = c.id
                     group by c.id, c.course_name
                     order by c.id""";
            try (var em = emf.createEntityManager()) {
                if (provider == JpaProvider.HIBERNATE) {
                    List<?> records =
                            em.createNativeQuery(sql, CourseCount.class).getResultList();
                    List<?> tuples = em.createNativeQuery(sql, Tuple.class).getResultList();

                    assertThat(records).isEqualTo(Expected.studentsPerCourse(DATA.data()));
                    assertThat(tuples)
                            .first()
                            .satisfies(
                                    t -> assertThat(((Tuple) t).get("students")).isEqualTo(3L));
                } else {
                    // EclipseLink treats any result class as an entity it must have a descriptor for.
                    assertThatThrownBy(() ->
                                    em.createNativeQuery(sql, CourseCount.class).getResultList())
                            .isInstanceOf(PersistenceException.class)
                            .hasMessageContaining("Missing descriptor");
                    assertThatThrownBy(
                                    () -> em.createNativeQuery(sql, Tuple.class).getResultList())
                            .isInstanceOf(PersistenceException.class)
                            .hasMessageContaining("Missing descriptor");
                }
            }
        }
    }

    /**
     * {@code Student_.name} and its siblings are static fields that each provider fills with its own objects when it
     * starts. Started last, EclipseLink's are there, and Hibernate's Criteria cannot use them. {@link Frameworks#on}
     * starts EclipseLink first for this reason; starting Hibernate again at the end puts its objects back for the
     * tests that run after this one in the same JVM.
     */
    @Test
    void theStaticMetamodelHoldsTheObjectsOfTheProviderThatStartedLast() {
        try (var db = DATA.open()) {
            var hibernate = db.entityManagerFactory(JpaProvider.HIBERNATE, Student.class, Course.class);
            assertThat(Student_.name.getClass().getName()).startsWith("org.hibernate.");

            db.entityManagerFactory(JpaProvider.ECLIPSELINK, Student.class, Course.class)
                    .getMetamodel();
            assertThat(Student_.name.getClass().getName()).startsWith("org.eclipse.persistence.");

            assertThatThrownBy(() -> new CriteriaQueries(hibernate).enrollments())
                    .isInstanceOf(ClassCastException.class)
                    .hasMessageContaining("org.eclipse.persistence");

            var frameworks = Frameworks.on(db);
            assertThat(Student_.name.getClass().getName()).startsWith("org.hibernate.");
            assertThat(new CriteriaQueries(frameworks.hibernate()).enrollments())
                    .isEqualTo(new CriteriaQueries(frameworks.eclipseLink()).enrollments())
                    .isEqualTo(Expected.enrollments(DATA.data()));
        }
    }

    private static List<String> firstPage(jakarta.persistence.EntityManagerFactory emf, String jpql) {
        try (var em = emf.createEntityManager()) {
            return em.createQuery(jpql, String.class).setMaxResults(2).getResultList();
        }
    }
}
