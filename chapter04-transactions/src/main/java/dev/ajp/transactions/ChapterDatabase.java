package dev.ajp.transactions;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import java.util.List;

/** The database the chapter works on: the tutorial's five students, and the chapter's own table. */
public final class ChapterDatabase {

    /** The chapter's schema script, run after the shared one. */
    public static final String SCHEMA = "/dev/ajp/schema/transactions.sql";

    private ChapterDatabase() {}

    /** A fresh, recorded database with the tutorial's data and the chapter's table. */
    public static Database open() {
        return setup().data(SampleData.canonical()).open();
    }

    /** The kit's setup with the chapter's schema: a test or a benchmark adds its data, {@code unrecorded()}, settings. */
    public static Database.Setup setup() {
        return Database.setup().sharedSchema().scripts(SCHEMA);
    }

    /** The frameworks on the shared entities, as the tutorial's examples use them. */
    public static Frameworks students(Database db) {
        return db.frameworks(Student.class, Course.class);
    }

    /** The names in the students table, by id. */
    public static List<String> names(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students order by id")
                        .mapTo(String.class)
                        .list());
    }

    /** Back to the tutorial's five students: removes every student added since (ids after 5). */
    public static void reset(Database db) {
        db.frameworks()
                .jdbi()
                .useHandle(h -> h.execute(
                        "delete from students where id > ?",
                        SampleData.canonical().students().size()));
    }
}
