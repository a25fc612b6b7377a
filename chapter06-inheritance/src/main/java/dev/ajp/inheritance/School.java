package dev.ajp.inheritance;

import dev.ajp.kit.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The chapter's data: persons (ids 1, 2, 3... in list order) and the courses they give, written by {@link #insert}
 * with plain JDBC batches into all three layouts at once, so that every strategy holds the same persons under the
 * same ids.
 *
 * @param persons the persons, the one with id {@code i} at index {@code i - 1}
 * @param courses the courses, each naming the id of the person who gives it
 */
public record School(List<Person> persons, List<Course> courses) {

    /** A course and the id of the person who teaches it. */
    public record Course(long id, String name, long teacherId) {}

    public School {
        persons = List.copyOf(persons);
        courses = List.copyOf(courses);
        for (var i = 0; i < persons.size(); i++) {
            if (persons.get(i).id() != i + 1) {
                throw new IllegalArgumentException("The person at index " + i + " must have the id " + (i + 1)
                        + ", not " + persons.get(i).id());
            }
        }
    }

    /**
     * The tutorial's students with the grades of the earlier chapters, two teachers, and Frank, a visiting artist who
     * is neither: a plain person. Students and teachers alternate in id order, so an answer that is sorted per table
     * is visibly not sorted by id. Frank teaches Art: a course's teacher is any person.
     */
    public static School canonical() {
        return new School(
                List.of(
                        new GradedStudent(1L, "Alice", "A"),
                        new Teacher(2L, "Ada", "Mathematics"),
                        new GradedStudent(3L, "Bob", "B"),
                        new GradedStudent(4L, "Carol", "A"),
                        new Teacher(5L, "Marie", "Physics"),
                        new GradedStudent(6L, "Dave", "C"),
                        new GradedStudent(7L, "Eve", "A"),
                        new PlainPerson(8L, "Frank")),
                List.of(new Course(1, "Mathematics", 2), new Course(2, "Physics", 5), new Course(3, "Art", 8)));
    }

    /**
     * {@code count} persons for tests and benchmarks: one in ten a teacher, one in fifty a plain person, the others
     * students; the same count always gives the same persons. No courses.
     */
    public static School generated(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        var subjects = List.of("Mathematics", "Physics", "Chemistry", "History", "Art");
        var persons = new ArrayList<Person>(count);
        for (var i = 0; i < count; i++) {
            var id = i + 1L;
            if (i % 10 == 3) {
                persons.add(new Teacher(id, String.format("Teacher %05d", id), subjects.get(i / 10 % subjects.size())));
            } else if (i % 50 == 7) {
                persons.add(new PlainPerson(id, String.format("Person %05d", id)));
            } else {
                persons.add(
                        new GradedStudent(id, String.format("Student %05d", id), String.valueOf("ABCD".charAt(i % 4))));
            }
        }
        return new School(persons, List.of());
    }

    /**
     * Writes this school into the empty tables of a database opened with the chapter's schema: the step a test or a
     * benchmark adds to {@link ChapterDatabase#setup()} ({@code .then(school::load)}).
     */
    public void load(Database db) {
        insert(db.dataSource(), this);
    }

    /** The persons of one class, in id order. */
    public <P extends Person> List<P> only(Class<P> kind) {
        return persons.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The value of the {@code type} column for a person of this class: what {@code @DiscriminatorValue} says. */
    public static String type(Person person) {
        if (person instanceof Teacher) {
            return "teacher";
        }
        return person instanceof GradedStudent ? "student" : "person";
    }

    /**
     * Writes the school into empty tables of all three layouts, in one transaction, and moves each hierarchy's
     * sequence past the ids used, so that a person persisted afterwards takes the next free id.
     */
    public static void insert(DataSource dataSource, School school) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertSingleTable(connection, school);
                insertJoined(connection, school);
                insertTablePerClass(connection, school);
                insertCourses(connection, school);
                try (var sequences = connection.createStatement()) {
                    var next = school.persons().size() + 50;
                    for (var sequence : List.of("persons_seq", "joined_persons_seq", "per_class_persons_seq")) {
                        sequences.execute("alter sequence " + sequence + " restart with " + next);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert the school: " + e.getMessage(), e);
        }
    }

    private static void insertSingleTable(Connection connection, School school) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into persons (id, type, name, subject, grade) values (?, ?, ?, ?, ?)")) {
            for (var person : school.persons()) {
                insert.setLong(1, person.id());
                insert.setString(2, type(person));
                insert.setString(3, person.name());
                insert.setString(4, person instanceof Teacher t ? t.subject() : null);
                insert.setString(5, person instanceof GradedStudent s ? s.grade() : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertJoined(Connection connection, School school) throws SQLException {
        try (var persons = connection.prepareStatement("insert into joined_persons (id, type, name) values (?, ?, ?)");
                var teachers = connection.prepareStatement("insert into joined_teachers (id, subject) values (?, ?)");
                var students = connection.prepareStatement("insert into joined_students (id, grade) values (?, ?)")) {
            for (var person : school.persons()) {
                persons.setLong(1, person.id());
                persons.setString(2, type(person));
                persons.setString(3, person.name());
                persons.addBatch();
                if (person instanceof Teacher t) {
                    teachers.setLong(1, t.id());
                    teachers.setString(2, t.subject());
                    teachers.addBatch();
                } else if (person instanceof GradedStudent s) {
                    students.setLong(1, s.id());
                    students.setString(2, s.grade());
                    students.addBatch();
                }
            }
            persons.executeBatch();
            teachers.executeBatch();
            students.executeBatch();
        }
    }

    private static void insertTablePerClass(Connection connection, School school) throws SQLException {
        try (var persons = connection.prepareStatement("insert into per_class_persons (id, name) values (?, ?)");
                var teachers = connection.prepareStatement(
                        "insert into per_class_teachers (id, name, subject) values (?, ?, ?)");
                var students = connection.prepareStatement(
                        "insert into per_class_students (id, name, grade) values (?, ?, ?)")) {
            for (var person : school.persons()) {
                if (person instanceof Teacher t) {
                    teachers.setLong(1, t.id());
                    teachers.setString(2, t.name());
                    teachers.setString(3, t.subject());
                    teachers.addBatch();
                } else if (person instanceof GradedStudent s) {
                    students.setLong(1, s.id());
                    students.setString(2, s.name());
                    students.setString(3, s.grade());
                    students.addBatch();
                } else {
                    persons.setLong(1, person.id());
                    persons.setString(2, person.name());
                    persons.addBatch();
                }
            }
            persons.executeBatch();
            teachers.executeBatch();
            students.executeBatch();
        }
    }

    private static void insertCourses(Connection connection, School school) throws SQLException {
        for (var table : List.of("single_table_courses", "joined_courses")) {
            try (var insert =
                    connection.prepareStatement("insert into " + table + " (id, name, teacher_id) values (?, ?, ?)")) {
                for (var course : school.courses()) {
                    insert.setLong(1, course.id());
                    insert.setString(2, course.name());
                    insert.setLong(3, course.teacherId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
