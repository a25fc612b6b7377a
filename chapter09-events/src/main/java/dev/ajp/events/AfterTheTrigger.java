package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Map;

/**
 * What each framework sees after the BEFORE trigger changed the name it inserted: Kevin goes in as {@code "  kevin "},
 * the database writes {@code "Kevin"}. Run on a database with the triggers ({@link ChapterDatabase#installTriggers}).
 */
public final class AfterTheTrigger {

    private AfterTheTrigger() {}

    /**
     * The name the way a JPA application can look at it, right after the commit, in the same EntityManager.
     *
     * @param inMemory the persisted object's name
     * @param found what {@code find} returns in the same EntityManager
     * @param findStatements the statements {@code find} sent
     * @param inDatabase what the row holds (read with Jdbi)
     * @param refreshed the object's name after {@code refresh}
     * @param refreshStatements the statements {@code refresh} sent
     */
    public record Seen(
            long id,
            String inMemory,
            String found,
            int findStatements,
            String inDatabase,
            String refreshed,
            int refreshStatements) {}

    /** Persists Kevin with the shared {@code Student}, commits, and looks. */
    public static Seen jpa(Database db, JpaProvider provider) {
        var factory = db.frameworks(Student.class, Course.class).jpa(provider);
        try (var em = factory.createEntityManager()) {
            // tag::stale[]
            var kevin = new Student("  kevin ", 23, "B");
            em.getTransaction().begin();
            em.persist(kevin);
            em.getTransaction().commit(); // the trigger wrote "Kevin"
            var inMemory = kevin.getName(); // "  kevin ": nobody told the object
            var find = db.recorder()
                    .record(() -> em.find(Student.class, kevin.getId()).getName()); // the same object
            var refresh = db.recorder().record(() -> em.refresh(kevin)); // a SELECT: now "Kevin"
            // end::stale[]
            return new Seen(
                    kevin.getId(),
                    inMemory,
                    find.result(),
                    find.count(),
                    nameInTheDatabase(db, kevin.getId()),
                    kevin.getName(),
                    refresh.count());
        }
    }

    /**
     * The name as {@code find} returns it in a new EntityManager, and the statements it sent, after Kevin was persisted
     * and committed in another one with the same factory settings.
     */
    public static Found findInANewEntityManager(Database db, JpaProvider provider, Map<String, ?> settings) {
        var factory = db.frameworks(Student.class, Course.class).jpa(provider, settings);
        long id;
        try (var em = factory.createEntityManager()) {
            var kevin = new Student("  kevin ", 23, "B");
            em.getTransaction().begin();
            em.persist(kevin);
            em.getTransaction().commit();
            id = kevin.getId();
        }
        try (var em = factory.createEntityManager()) {
            var find = db.recorder().record(() -> em.find(Student.class, id));
            return new Found(find.result().getName(), find.count());
        }
    }

    /** A name found, and how many statements finding it took. */
    public record Found(String name, int statements) {}

    /**
     * Inserts Kevin with Jdbi (id 1001), asking for the columns the row ended up with, and returns the name that came
     * back. (A plain {@code execute()} returns a row count: the name the code holds is the one it sent.)
     */
    public static String jdbiReturnedName(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(
                        handle ->
                                // tag::jdbi-returning[]
                                handle.createUpdate(
                                                "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)")
                                        .bind("id", 1001)
                                        .bindMethods(NewStudent.kevin())
                                        .executeAndReturnGeneratedKeys("id", "name") // the row as the trigger left it
                                        .map((row, ctx) -> row.getString("name"))
                                        .one()
                        // end::jdbi-returning[]
                        );
    }

    /** The name in the row, read with a query of its own. */
    public static String nameInTheDatabase(Database db, long id) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }
}
