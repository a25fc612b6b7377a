package dev.ajp.transactions.concurrency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The seats taken in a course, a number that concurrent transactions increase: the chapter's example of optimistic
 * locking. {@link #version} makes every UPDATE conditional, {@code update course_seats set seats_taken = ?, version =
 * ? where id = ? and version = ?} with the version that was read: when another transaction has changed the row
 * since, no row matches, and the provider throws instead of overwriting that change.
 *
 * <p>The provider sets the version of a new row: Hibernate starts at 0, EclipseLink at 1.
 */
@Entity
@Table(name = "course_seats")
public class CourseSeats {

    @Id
    private Long id;

    @Column(name = "course_name", nullable = false, length = 100)
    private String courseName;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    // tag::version[]
    @Version
    private long version;
    // end::version[]

    protected CourseSeats() {}

    public CourseSeats(long id, String courseName) {
        this.id = id;
        this.courseName = courseName;
    }

    public Long getId() {
        return id;
    }

    public String getCourseName() {
        return courseName;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public void takeSeat() {
        seatsTaken++;
    }

    public long getVersion() {
        return version;
    }
}
