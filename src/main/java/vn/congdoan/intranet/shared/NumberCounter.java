package vn.congdoan.intranet.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named counter in the database, read under a row lock, for numbers people keep (member card numbers) that must
 * be unique and gap-free across concurrent transactions and cluster nodes alike.
 */
@Entity
@Table(name = "number_counter")
public class NumberCounter {

    public static final String MEMBER_CARD = "member_card";

    @Id
    @Column(length = 40)
    private String name;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "next_val", nullable = false)
    private long nextValue;

    protected NumberCounter() {
    }

    /**
     * Reserves {@code count} consecutive numbers and returns the first. The row stays locked until the caller's
     * transaction ends, so a second admission waits instead of taking the same number.
     */
    public static long reserve(EntityManager em, String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        NumberCounter counter = em.find(NumberCounter.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("no number counter " + name);
        }
        long first = counter.nextValue;
        counter.nextValue += count;
        return first;
    }
}
