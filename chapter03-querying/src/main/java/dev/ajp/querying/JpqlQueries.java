package dev.ajp.querying;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * The queries in JPQL: a query language over entities and their associations, which the provider translates to
 * SQL. The same strings run on Hibernate and on EclipseLink.
 *
 * <p>{@code select new ...} (a constructor expression) makes each a DTO projection: the SQL selects only the columns
 * named, and the provider calls the record's constructor once per row; no entity is built, nothing enters the
 * persistence context. {@code join s.courses c} walks the mapped many-to-many, so the provider writes the two joins
 * through {@code student_courses}; it is an INNER join unless written {@code left join}. Parameters are named
 * ({@code :grade}) and always bound: the value never becomes part of the SQL text. Each method sends one SELECT.
 */
public final class JpqlQueries implements StudentQueries {

    private final EntityManagerFactory emf;

    public JpqlQueries(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThanWithGrade(int age, String grade) {
        try (var em = emf.createEntityManager()) {
            // tag::filter[]
            return em.createQuery("""
                            select new dev.ajp.querying.StudentRow(s.name, s.age, s.grade)
                              from Student s
                             where s.age > :age and s.grade = :grade
                             order by s.id""", StudentRow.class)
                    .setParameter("age", age)
                    .setParameter("grade", grade)
                    .getResultList();
            // end::filter[]
        }
    }

    @Override
    public List<StudentCoursePair> studentCoursePairs() {
        try (var em = emf.createEntityManager()) {
            // tag::join[]
            return em.createQuery("""
                            select new dev.ajp.querying.StudentCoursePair(s.name, c.courseName)
                              from Student s join s.courses c
                             order by s.id, c.id""", StudentCoursePair.class).getResultList();
            // end::join[]
        }
    }

    @Override
    public List<CourseCount> studentsPerCourse() {
        try (var em = emf.createEntityManager()) {
            // tag::count[]
            return em.createQuery("""
                            select new dev.ajp.querying.CourseCount(c.courseName, count(s.id))
                              from Student s join s.courses c
                             group by c.id, c.courseName
                             order by c.id""", CourseCount.class).getResultList();
            // end::count[]
        }
    }

    @Override
    public List<CourseCount> studentsPerCourseIncludingEmpty() {
        try (var em = emf.createEntityManager()) {
            // tag::left-join[]
            return em.createQuery("""
                            select new dev.ajp.querying.CourseCount(c.courseName, count(s.id))
                              from Course c left join c.students s
                             group by c.id, c.courseName
                             order by c.id""", CourseCount.class).getResultList();
            // end::left-join[]
        }
    }

    @Override
    public List<StudentCount> coursesPerStudent() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.querying.StudentCount(s.name, count(c.id))
                              from Student s left join s.courses c
                             group by s.id, s.name
                             order by s.id""", StudentCount.class).getResultList();
        }
    }

    @Override
    public List<CourseCount> popularCourses(long minStudents) {
        try (var em = emf.createEntityManager()) {
            // tag::having[]
            return em.createQuery("""
                            select new dev.ajp.querying.CourseCount(c.courseName, count(s.id))
                              from Student s join s.courses c
                             group by c.id, c.courseName
                            having count(s.id) >= :minStudents
                             order by count(s.id) desc, c.id""", CourseCount.class)
                    .setParameter("minStudents", minStudents)
                    .getResultList();
            // end::having[]
        }
    }

    @Override
    public List<StudentCoursePair> studentCoursePairsPage(int offset, int limit) {
        try (var em = emf.createEntityManager()) {
            // tag::page[]
            return em.createQuery("""
                            select new dev.ajp.querying.StudentCoursePair(s.name, c.courseName)
                              from Student s join s.courses c
                             order by s.id, c.id""", StudentCoursePair.class)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultList();
            // end::page[]
        }
    }
}
