package dev.ajp.inheritance;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;

/**
 * SINGLE_TABLE read without entities: each read is one SELECT of the columns the records need, and no entity is
 * built, tracked or snapshotted. {@code teachers()} and {@code students()} are JPQL constructor projections straight
 * into the records ({@code select new dev.ajp.inheritance.Teacher(t.id, t.name, t.subject) ...}), the same code on
 * both providers.
 *
 * <p>The polymorphic query needs each subclass's column on the root's rows, and there the providers part. Hibernate
 * takes {@code type(p)} and {@code treat(p as SingleTableTeacher).subject} in the SELECT clause, and its SQL is the
 * entity query's, one table, one SELECT ({@link #jpql}). EclipseLink 5.0 reads a {@code treat} in the SELECT clause as
 * a restriction: it adds {@code type = ?} for each class to the WHERE clause and returns no row at all, without an
 * error. Its best form is therefore a native query over {@code persons} ({@link #nativeSql}), the rows mapped by
 * hand as Jdbi's are.
 *
 * <p>{@code find} and {@code add} are not projections: they delegate to {@link JpaSingleTable}, the entity approach
 * of the same strategy.
 */
public final class JpaSingleTableProjection implements People {

    private static final String EVERY_PERSON_JPQL = """
            select new dev.ajp.inheritance.PersonRow(p.id, type(p), p.name,
                   treat(p as SingleTableTeacher).subject, treat(p as SingleTableStudent).grade)
              from SingleTablePerson p
             order by p.id""";

    private static final String EVERY_PERSON_SQL = "select id, type, name, subject, grade from persons order by id";

    private final EntityManagerFactory emf;
    private final boolean nativeSql;
    private final JpaSingleTable entities;

    private JpaSingleTableProjection(EntityManagerFactory emf, boolean nativeSql) {
        this.emf = emf;
        this.nativeSql = nativeSql;
        this.entities = new JpaSingleTable(emf);
    }

    /** The polymorphic query in JPQL, with {@code type(p)} and {@code treat}: Hibernate. */
    public static JpaSingleTableProjection jpql(EntityManagerFactory emf) {
        return new JpaSingleTableProjection(emf, false);
    }

    /** The polymorphic query in native SQL: EclipseLink, whose {@code treat} in a SELECT clause filters the rows. */
    public static JpaSingleTableProjection nativeSql(EntityManagerFactory emf) {
        return new JpaSingleTableProjection(emf, true);
    }

    @Override
    public List<Person> all() {
        try (var em = emf.createEntityManager()) {
            if (nativeSql) {
                List<?> rows = em.createNativeQuery(EVERY_PERSON_SQL).getResultList();
                return rows.stream()
                        .map(row -> PersonRow.of((Object[]) row).person())
                        .toList();
            }
            return em.createQuery(EVERY_PERSON_JPQL, PersonRow.class).getResultList().stream()
                    .map(PersonRow::person)
                    .toList();
        }
    }

    @Override
    public List<Teacher> teachers() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.inheritance.Teacher(t.id, t.name, t.subject)
                              from SingleTableTeacher t
                             order by t.id""", Teacher.class).getResultList();
        }
    }

    @Override
    public List<GradedStudent> students() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.inheritance.GradedStudent(s.id, s.name, s.grade)
                              from SingleTableStudent s
                             order by s.id""", GradedStudent.class).getResultList();
        }
    }

    @Override
    public Optional<Person> find(long id) {
        return entities.find(id);
    }

    @Override
    public List<Person> add(List<Person> persons) {
        return entities.add(persons);
    }
}
