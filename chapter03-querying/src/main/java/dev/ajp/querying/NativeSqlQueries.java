package dev.ajp.querying;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The queries in plain SQL, sent through JPA with {@code createNativeQuery}: the same class on Hibernate and on
 * EclipseLink. The provider sends the text as written (one SELECT each) and hands back the columns as JDBC read
 * them, one {@code Object[]} per row.
 *
 * <p>Mapping those rows is this class's job, and the Java type of a column is the driver's choice, not JPA's: an
 * aggregate's type may differ between databases (AVG is a {@code Double} on H2 and a {@code BigDecimal} on
 * PostgreSQL) where JPQL would have fixed it. So every number is read as a {@link Number} and converted, never cast
 * to a wrapper class. The portable alternatives are limited: a result class or {@code Tuple} works on Hibernate
 * only, and {@code @SqlResultSetMapping} must sit on an entity.
 *
 * <p>Parameters are positional ({@code ?1}), the only kind JPA promises for native queries, and bound.
 */
public final class NativeSqlQueries implements StudentQueries {

    private final EntityManagerFactory emf;

    public NativeSqlQueries(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThanWithGrade(int age, String grade) {
        try (var em = emf.createEntityManager()) {
            // tag::filter[]
            var query = em.createNativeQuery("""
                            select name, age, grade
                              from students
                             where age > ?1 and grade = ?2
                             order by id""").setParameter(1, age).setParameter(2, grade);
            return rows(query).stream()
                    .map(row -> new StudentRow((String) row[0], ((Number) row[1]).intValue(), (String) row[2]))
                    .toList();
            // end::filter[]
        }
    }

    @Override
    public List<StudentCoursePair> studentCoursePairs() {
        try (var em = emf.createEntityManager()) {
            // tag::join[]
            var query = em.createNativeQuery("""
                    select s.name, c.course_name
                      from students s
                      join student_courses sc on sc.student_id = s.id
                      join courses c on c.id = sc.course_id
                     order by s.id, c.id""");
            return rows(query).stream()
                    .map(row -> new StudentCoursePair((String) row[0], (String) row[1]))
                    .toList();
            // end::join[]
        }
    }

    @Override
    public List<CourseCount> studentsPerCourse() {
        try (var em = emf.createEntityManager()) {
            // tag::count[]
            var query = em.createNativeQuery("""
                    select c.course_name, count(sc.student_id)
                      from courses c
                      join student_courses sc on sc.course_id = c.id
                     group by c.id, c.course_name
                     order by c.id""");
            return rows(query).stream()
                    .map(row -> new CourseCount((String) row[0], ((Number) row[1]).longValue()))
                    .toList();
            // end::count[]
        }
    }

    @Override
    public List<CourseCount> studentsPerCourseIncludingEmpty() {
        try (var em = emf.createEntityManager()) {
            // tag::left-join[]
            var query = em.createNativeQuery("""
                    select c.course_name, count(sc.student_id)
                      from courses c
                      left join student_courses sc on sc.course_id = c.id
                     group by c.id, c.course_name
                     order by c.id""");
            return rows(query).stream()
                    .map(row -> new CourseCount((String) row[0], ((Number) row[1]).longValue()))
                    .toList();
            // end::left-join[]
        }
    }

    @Override
    public List<StudentCount> coursesPerStudent() {
        try (var em = emf.createEntityManager()) {
            var query = em.createNativeQuery("""
                    select s.name, count(sc.course_id)
                      from students s
                      left join student_courses sc on sc.student_id = s.id
                     group by s.id, s.name
                     order by s.id""");
            return rows(query).stream()
                    .map(row -> new StudentCount((String) row[0], ((Number) row[1]).longValue()))
                    .toList();
        }
    }

    @Override
    public List<CourseCount> popularCourses(long minStudents) {
        try (var em = emf.createEntityManager()) {
            var query = em.createNativeQuery("""
                            select c.course_name, count(sc.student_id)
                              from courses c
                              join student_courses sc on sc.course_id = c.id
                             group by c.id, c.course_name
                            having count(sc.student_id) >= ?1
                             order by count(sc.student_id) desc, c.id""").setParameter(1, minStudents);
            return rows(query).stream()
                    .map(row -> new CourseCount((String) row[0], ((Number) row[1]).longValue()))
                    .toList();
        }
    }

    @Override
    public List<StudentCoursePair> studentCoursePairsPage(int offset, int limit) {
        try (var em = emf.createEntityManager()) {
            // tag::page[]
            var query = em.createNativeQuery("""
                            select s.name, c.course_name
                              from students s
                              join student_courses sc on sc.student_id = s.id
                              join courses c on c.id = sc.course_id
                             order by s.id, c.id
                             limit ?1 offset ?2""").setParameter(1, limit).setParameter(2, offset);
            return rows(query).stream()
                    .map(row -> new StudentCoursePair((String) row[0], (String) row[1]))
                    .toList();
            // end::page[]
        }
    }

    /** A native query of several columns returns one {@code Object[]} per row; JPA's API is untyped here. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
