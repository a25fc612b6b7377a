package dev.ajp.transactions.concurrency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * {@link CourseSeats} without the {@code @Version}: the same table, but the UPDATE is {@code update course_seats set
 * seats_taken = ? where id = ?}, whatever happened to the row since it was read. Two transactions that both read 0
 * and both write 1 lose one of the two seats without an error: the lost update that {@code @Version} prevents.
 */
@Entity
@Table(name = "course_seats")
public class UnversionedCourseSeats {

    @Id
    private Long id;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    protected UnversionedCourseSeats() {}

    public Long getId() {
        return id;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public void takeSeat() {
        seatsTaken++;
    }
}
