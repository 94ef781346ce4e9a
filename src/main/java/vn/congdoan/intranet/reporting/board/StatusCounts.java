package vn.congdoan.intranet.reporting.board;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** How many reports stand in each board status, and how many of those handed in came after the deadline. */
public record StatusCounts(Map<BoardStatus, Long> counts, long handedInLate) implements Serializable {

    public static final StatusCounts NONE = new StatusCounts(Map.of(), 0);

    public StatusCounts {
        EnumMap<BoardStatus, Long> copy = new EnumMap<>(BoardStatus.class);
        for (BoardStatus status : BoardStatus.values()) {
            copy.put(status, counts.getOrDefault(status, 0L));
        }
        counts = Map.copyOf(copy);
    }

    public long count(BoardStatus status) {
        return counts.get(status);
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Handed in: submitted or approved. */
    public long getHandedIn() {
        return count(BoardStatus.SUBMITTED) + count(BoardStatus.APPROVED);
    }

    /** The share of all reports in that status, in percent with one decimal (0 when there are none). */
    public double percent(BoardStatus status) {
        long total = getTotal();
        return total == 0 ? 0 : Math.round(count(status) * 1000.0 / total) / 10.0;
    }

    public StatusCounts plus(StatusCounts other) {
        EnumMap<BoardStatus, Long> sum = new EnumMap<>(BoardStatus.class);
        for (BoardStatus status : BoardStatus.values()) {
            sum.put(status, count(status) + other.count(status));
        }
        return new StatusCounts(sum, handedInLate + other.handedInLate);
    }
}
