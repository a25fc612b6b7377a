package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import dev.ajp.model.Student_;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The pitfalls the README names, each shown on the tutorial's data. */
class PitfallsTest {

    private static final DataCase DATA = DataCase.CANONICAL;

    /**
     * Courses LEFT JOIN student_courses: courses is the preserved side (every course keeps a row), student_courses the
     * null-supplying side (NULL in Art's one row, as nobody takes it).
     */
    @Test
    void countStarOnALeftJoinCountsACourseNobodyTakesAsOne() {
        try (var db = DATA.open()) {
            var sql = """
                    select c.course_name, count(%s) as students
                      from courses c
                      left join student_courses sc on sc.course_id = c.id
                     group by c.id, c.course_name
                     order by c.id""";
            var jdbi = db.frameworks().jdbi();

            var star = jdbi.withHandle(h -> h.createQuery(sql.formatted("*"))
                    .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                    .list());
            var column = jdbi.withHandle(h -> h.createQuery(sql.formatted("sc.student_id"))
                    .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                    .list());

            // COUNT(*) counts Art's row; COUNT(sc.student_id), a column of the null-supplying side, skips its NULL.
            var expected = ExpectedResults.studentsPerCourseIncludingEmpty(DATA.data());
            assertThat(column).isEqualTo(expected);
            assertThat(star)
                    .isEqualTo(expected.stream()
                            .map(c -> c.students() == 0 ? new CourseCount(c.courseName(), 1) : c)
                            .toList());
            assertThat(star).contains(new CourseCount("Art", 1));
        }
    }

    /**
     * {@code count(c)} counts the course, the preserved side of {@code Course c left join c.students s}, which is never
     * NULL: Art's one row counts as 1. Counting the null-supplying side, {@code count(s.id)}, gives it 0.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void inJpqlCountingThePreservedSideOfALeftJoinCountsACourseNobodyTakesAsOne(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
            var jpql = """
                    select new dev.ajp.querying.CourseCount(c.courseName, count(%s))
                      from Course c left join c.students s
                     group by c.id, c.courseName
                     order by c.id""";
            try (var em = emf.createEntityManager()) {
                var preserved =
                        em.createQuery(jpql.formatted("c"), CourseCount.class).getResultList();
                var nullSupplying = em.createQuery(jpql.formatted("s.id"), CourseCount.class)
                        .getResultList();

                assertThat(preserved).contains(new CourseCount("Art", 1));
                assertThat(nullSupplying).isEqualTo(ExpectedResults.studentsPerCourseIncludingEmpty(DATA.data()));
                assertThat(nullSupplying).contains(new CourseCount("Art", 0));
            }
        }
    }

    /**
     * {@code join s.courses c} drops Dave, who has no course. With {@code left join}, Student is the preserved side:
     * Dave stays, and the null-supplying side, the course, gives him a null course name.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void jpqlJoinOverACollectionIsAnInnerJoinAndLeftJoinKeepsDaveWithNull(JpaProvider provider) {
        try (var db = DATA.open()) {
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
            var jpql = """
                    select new dev.ajp.querying.StudentCoursePair(s.name, c.courseName)
                      from Student s %s s.courses c
                     order by s.id, c.id""";
            try (var em = emf.createEntityManager()) {
                var inner = em.createQuery(jpql.formatted("join"), StudentCoursePair.class)
                        .getResultList();
                var outer = em.createQuery(jpql.formatted("left join"), StudentCoursePair.class)
                        .getResultList();

                assertThat(inner).isEqualTo(ExpectedResults.studentCoursePairs(DATA.data()));
                assertThat(inner).extracting(StudentCoursePair::studentName).doesNotContain("Dave");
                assertThat(outer).hasSize(inner.size() + 1).contains(new StudentCoursePair("Dave", null));
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
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
            var unordered = "select s.name from Student s";
            var ordered = "select s.name from Student s order by s.id";
            var before = firstPage(emf, unordered);

            // Alice's grade is set to the value it has: nothing changes but the row's place on disk.
            db.frameworks().jdbi().useHandle(h -> h.execute("update students set grade = grade where name = 'Alice'"));

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
     * OFFSET counts rows; keyset remembers a key. A student added before the reader's position pushes every row after
     * it one place on, so the next OFFSET page starts with the row that ended the page before: Bob, seen twice. The
     * keyset page starts after Bob's id, as it would have anyway. The new student has id 0 here, a stand-in for any
     * row that sorts before the pages already read (a name early in the alphabet in a list by name, every new row in
     * a list newest first); with ids from a sequence and pages by id, new rows land at the end and do no harm.
     */
    @ParameterizedTest
    @MethodSource("dev.ajp.querying.Approach#queryForms")
    void aRowInsertedBeforeThePositionMakesTheNextOffsetPageRepeatARowButNotTheKeysetPage(Approach form) {
        try (var db = DATA.open()) {
            var queries = form.on(db.frameworks(Student.class, Course.class));
            var first = Paging.OFFSET.page(queries, PagePosition.START, 2);
            var position = PagePosition.START.after(first);
            assertThat(first).extracting(ListedStudent::name).containsExactly("Alice", "Bob");

            // Between the two pages, another transaction adds a student who sorts before the reader's position.
            db.frameworks()
                    .jdbi()
                    .useHandle(
                            h -> h.execute("insert into students (id, name, age, grade) values (0, 'Aaron', 19, 'B')"));

            var byOffset = Paging.OFFSET.page(queries, position, 2);
            var byKeyset = Paging.KEYSET.page(queries, position, 2);
            assertThat(byOffset).extracting(ListedStudent::name).containsExactly("Bob", "Carol");
            assertThat(byOffset.get(0)).isEqualTo(first.get(1));
            assertThat(byKeyset).extracting(ListedStudent::name).containsExactly("Carol", "Dave");
        }
    }

    /** The same shift the other way: a student removed before the position makes OFFSET skip Carol; keyset does not. */
    @ParameterizedTest
    @MethodSource("dev.ajp.querying.Approach#queryForms")
    void aRowDeletedBeforeThePositionMakesTheNextOffsetPageSkipARowButNotTheKeysetPage(Approach form) {
        try (var db = DATA.open()) {
            var queries = form.on(db.frameworks(Student.class, Course.class));
            var first = Paging.OFFSET.page(queries, PagePosition.START, 2);
            var position = PagePosition.START.after(first);
            assertThat(first).extracting(ListedStudent::name).containsExactly("Alice", "Bob");

            db.frameworks().jdbi().useHandle(h -> h.execute("delete from students where name = 'Alice'"));

            assertThat(Paging.OFFSET.page(queries, position, 2))
                    .extracting(ListedStudent::name)
                    .containsExactly("Dave", "Eve");
            assertThat(Paging.KEYSET.page(queries, position, 2))
                    .extracting(ListedStudent::name)
                    .containsExactly("Carol", "Dave");
        }
    }

    /**
     * Keyset pagination goes on after the last key read, so the key must be unique. Paged by grade alone, two pages
     * of two: the first holds two of the three A students (which two, the database chooses), the next asks for the
     * grades after A, and the third A student is never seen. Made unique with the id, compared as one row value
     * ({@code (grade, id) > (?, ?)}, which H2 and PostgreSQL both accept), the walk sees every student, in order.
     */
    @Test
    void keysetOnAKeyThatIsNotUniqueLosesTheRowsThatTieWithTheLastOneRead() {
        try (var db = DATA.open()) {
            var byGradeAlone = new ArrayList<ListedStudent>();
            List<ListedStudent> page;
            var lastGrade = ""; // sorts before every grade
            do {
                var after = lastGrade;
                page = db.frameworks()
                        .jdbi()
                        .withHandle(h -> h.createQuery("""
                                select id, name, age, grade
                                  from students
                                 where grade > :grade
                                 order by grade
                                 limit 2""")
                                .bind("grade", after)
                                .map(ConstructorMapper.of(ListedStudent.class))
                                .list());
                byGradeAlone.addAll(page);
                lastGrade =
                        page.isEmpty() ? lastGrade : page.get(page.size() - 1).grade();
            } while (page.size() == 2);

            var byGradeAndId = new ArrayList<ListedStudent>();
            var last = new ListedStudent(0, "", 0, "");
            do {
                var after = last;
                page = db.frameworks()
                        .jdbi()
                        .withHandle(h -> h.createQuery("""
                                select id, name, age, grade
                                  from students
                                 where (grade, id) > (:grade, :id)
                                 order by grade, id
                                 limit 2""")
                                .bind("grade", after.grade())
                                .bind("id", after.id())
                                .map(ConstructorMapper.of(ListedStudent.class))
                                .list());
                byGradeAndId.addAll(page);
                last = page.isEmpty() ? last : page.get(page.size() - 1);
            } while (page.size() == 2);

            var everyone = ExpectedResults.listedStudents(DATA.data());
            var aStudents = everyone.stream().filter(s -> s.grade().equals("A")).toList();
            assertThat(byGradeAlone).hasSize(everyone.size() - 1).doesNotHaveDuplicates();
            assertThat(everyone)
                    .filteredOn(s -> !byGradeAlone.contains(s))
                    .singleElement()
                    .isIn(aStudents);
            assertThat(byGradeAndId)
                    .extracting(ListedStudent::name)
                    .containsExactly("Alice", "Carol", "Eve", "Bob", "Dave");
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
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
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
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
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

                    assertThat(records).isEqualTo(ExpectedResults.studentsPerCourse(DATA.data()));
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
     * {@code Student_.name} and its siblings are static fields, and a provider fills them with its own objects when it
     * starts, so the one that started last wins. Hibernate's Criteria cannot use EclipseLink's. The kit's EclipseLink
     * factories leave the fields alone once someone has filled them; an EclipseLink factory started without the kit,
     * after Hibernate, overwrites them, and from then on Hibernate's Criteria queries fail.
     */
    @Test
    void theStaticMetamodelHoldsTheObjectsOfTheProviderThatStartedLast() {
        var pairs = ExpectedResults.studentCoursePairs(DATA.data());
        try (var db = DATA.open()) {
            var frameworks = db.frameworks(Student.class, Course.class);
            // Through the kit, in the order that sets the trap: Hibernate first, EclipseLink last.
            var hibernate = frameworks.hibernate();
            var eclipseLink = frameworks.eclipseLink();

            assertThat(Student_.name.getClass().getName()).startsWith("org.hibernate.");
            assertThat(new CriteriaQueries(hibernate).studentCoursePairs()).isEqualTo(pairs);
            assertThat(new CriteriaQueries(eclipseLink).studentCoursePairs()).isEqualTo(pairs);

            var outsideTheKit = eclipseLinkWithoutTheKit(db);
            try {
                assertThat(Student_.name.getClass().getName()).startsWith("org.eclipse.persistence.");
                assertThatThrownBy(() -> new CriteriaQueries(hibernate).studentCoursePairs())
                        .isInstanceOf(ClassCastException.class)
                        .hasMessageContaining("org.eclipse.persistence");
                // EclipseLink's Criteria works with whichever objects are there.
                assertThat(new CriteriaQueries(outsideTheKit).studentCoursePairs())
                        .isEqualTo(new CriteriaQueries(eclipseLink).studentCoursePairs())
                        .isEqualTo(pairs);
            } finally {
                outsideTheKit.close();
                // Hibernate's objects back, for this test's last check and the tests after it in this JVM.
                try (var another = DATA.open()) {
                    another.frameworks(Student.class, Course.class).hibernate();
                }
            }

            assertThat(Student_.name.getClass().getName()).startsWith("org.hibernate.");
            assertThat(new CriteriaQueries(hibernate).studentCoursePairs()).isEqualTo(pairs);
        }
    }

    /**
     * EclipseLink as an application would start it, straight from its provider, on the same DataSource and woven
     * entities: none of the kit's settings, so nothing keeps it from writing the static metamodel.
     */
    private static EntityManagerFactory eclipseLinkWithoutTheKit(Database db) {
        var configuration = new PersistenceConfiguration("eclipselink-without-the-kit")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(Student.class)
                .managedClass(Course.class)
                .property("jakarta.persistence.nonJtaDataSource", db.dataSource())
                .property("jakarta.persistence.schema-generation.database.action", "none")
                .property("eclipselink.weaving", "static")
                .property("eclipselink.logging.logger", "JavaLogger");
        var emf = new org.eclipse.persistence.jpa.PersistenceProvider().createEntityManagerFactory(configuration);
        // EclipseLink deploys, and fills the metamodel, on its first EntityManager.
        emf.createEntityManager().close();
        return emf;
    }

    private static List<String> firstPage(EntityManagerFactory emf, String jpql) {
        try (var em = emf.createEntityManager()) {
            return em.createQuery(jpql, String.class).setMaxResults(2).getResultList();
        }
    }
}
