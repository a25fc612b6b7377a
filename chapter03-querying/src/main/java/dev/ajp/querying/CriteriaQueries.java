package dev.ajp.querying;

import dev.ajp.model.Course;
import dev.ajp.model.Course_;
import dev.ajp.model.Student;
import dev.ajp.model.Student_;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.JoinType;
import java.util.List;

/**
 * The queries with the Criteria API and the static metamodel ({@code Student_}, {@code Course_}, generated from the
 * entities at compile time by hibernate-processor). The query is a tree of Java objects instead of a string: a
 * misspelt attribute does not compile, nor does {@code cb.gt} of an age against a string. The same code runs on
 * Hibernate and on EclipseLink.
 *
 * <p>The SQL is nearly that of the matching JPQL query: EclipseLink spells out {@code ASC}, and Hibernate refers to
 * a grouped or ordered expression that is also selected by its select-list alias or position ({@code group by c0},
 * {@code order by 2 desc}); the README shows both. {@code cb.construct} is the constructor expression;
 * {@code cb.parameter} declares a parameter that is bound, never written into the SQL. Each method sends one SELECT.
 *
 * <p>Mind the metamodel's fields: they are static, shared by every factory in the JVM, and a provider fills them
 * with its own attribute objects when it starts. Hibernate's Criteria accepts only Hibernate's (it fails with a
 * ClassCastException on EclipseLink's); EclipseLink's accepts either. With both providers in one JVM, EclipseLink must
 * not overwrite what Hibernate wrote. The kit's factories see to it ({@link dev.ajp.kit.JpaProvider}), so here they
 * may start in any order; an EclipseLink factory started some other way, after Hibernate, breaks Hibernate's
 * Criteria queries.
 */
public final class CriteriaQueries implements StudentQueries {

    private final EntityManagerFactory emf;

    public CriteriaQueries(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThanWithGrade(int age, String grade) {
        try (var em = emf.createEntityManager()) {
            // tag::filter[]
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(StudentRow.class);
            var student = query.from(Student.class);
            var minAge = cb.parameter(Integer.class);
            var wantedGrade = cb.parameter(String.class);
            query.select(cb.construct(
                            StudentRow.class,
                            student.get(Student_.name),
                            student.get(Student_.age),
                            student.get(Student_.grade)))
                    .where(cb.gt(student.get(Student_.age), minAge), cb.equal(student.get(Student_.grade), wantedGrade))
                    .orderBy(cb.asc(student.get(Student_.id)));
            return em.createQuery(query)
                    .setParameter(minAge, age)
                    .setParameter(wantedGrade, grade)
                    .getResultList();
            // end::filter[]
        }
    }

    @Override
    public List<StudentCoursePair> studentCoursePairs() {
        try (var em = emf.createEntityManager()) {
            // tag::join[]
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(StudentCoursePair.class);
            var student = query.from(Student.class);
            var course = student.join(Student_.courses);
            query.select(cb.construct(
                            StudentCoursePair.class, student.get(Student_.name), course.get(Course_.courseName)))
                    .orderBy(cb.asc(student.get(Student_.id)), cb.asc(course.get(Course_.id)));
            return em.createQuery(query).getResultList();
            // end::join[]
        }
    }

    @Override
    public List<CourseCount> studentsPerCourse() {
        try (var em = emf.createEntityManager()) {
            // tag::count[]
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(CourseCount.class);
            var student = query.from(Student.class);
            var course = student.join(Student_.courses);
            query.select(cb.construct(
                            CourseCount.class, course.get(Course_.courseName), cb.count(student.get(Student_.id))))
                    .groupBy(course.get(Course_.id), course.get(Course_.courseName))
                    .orderBy(cb.asc(course.get(Course_.id)));
            return em.createQuery(query).getResultList();
            // end::count[]
        }
    }

    @Override
    public List<CourseCount> studentsPerCourseIncludingEmpty() {
        try (var em = emf.createEntityManager()) {
            // tag::left-join[]
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(CourseCount.class);
            var course = query.from(Course.class);
            var student = course.join(Course_.students, JoinType.LEFT);
            query.select(cb.construct(
                            CourseCount.class, course.get(Course_.courseName), cb.count(student.get(Student_.id))))
                    .groupBy(course.get(Course_.id), course.get(Course_.courseName))
                    .orderBy(cb.asc(course.get(Course_.id)));
            return em.createQuery(query).getResultList();
            // end::left-join[]
        }
    }

    @Override
    public List<StudentCount> coursesPerStudent() {
        try (var em = emf.createEntityManager()) {
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(StudentCount.class);
            var student = query.from(Student.class);
            var course = student.join(Student_.courses, JoinType.LEFT);
            query.select(cb.construct(StudentCount.class, student.get(Student_.name), cb.count(course.get(Course_.id))))
                    .groupBy(student.get(Student_.id), student.get(Student_.name))
                    .orderBy(cb.asc(student.get(Student_.id)));
            return em.createQuery(query).getResultList();
        }
    }

    @Override
    public List<CourseCount> popularCourses(long minStudents) {
        try (var em = emf.createEntityManager()) {
            // tag::having[]
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(CourseCount.class);
            var student = query.from(Student.class);
            var course = student.join(Student_.courses);
            var students = cb.count(student.get(Student_.id));
            var atLeast = cb.parameter(Long.class);
            query.select(cb.construct(CourseCount.class, course.get(Course_.courseName), students))
                    .groupBy(course.get(Course_.id), course.get(Course_.courseName))
                    .having(cb.ge(students, atLeast))
                    .orderBy(cb.desc(students), cb.asc(course.get(Course_.id)));
            return em.createQuery(query).setParameter(atLeast, minStudents).getResultList();
            // end::having[]
        }
    }

    @Override
    public List<StudentCoursePair> studentCoursePairsPage(int offset, int limit) {
        try (var em = emf.createEntityManager()) {
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(StudentCoursePair.class);
            var student = query.from(Student.class);
            var course = student.join(Student_.courses);
            query.select(cb.construct(
                            StudentCoursePair.class, student.get(Student_.name), course.get(Course_.courseName)))
                    .orderBy(cb.asc(student.get(Student_.id)), cb.asc(course.get(Course_.id)));
            return em.createQuery(query)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultList();
        }
    }
}
