package vn.congdoan.intranet.membership.movement;

import java.io.Serializable;

/**
 * One line of the quarterly movements: a unit (with everything below it) and its counts. Members at the start are
 * those whose period covers the day before the quarter; at the end, those whose period covers its last day; the
 * movements in between are the periods that began or ended within the quarter. So
 * {@code atEnd = atStart + admitted + transferredIn + recorded - transferredOut - left}.
 */
public final class UnitMovements implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long unitId;
    private final String unitName;
    private final boolean grassroots;
    private long atStart;
    private long admitted;
    private long transferredIn;
    private long recorded;
    private long transferredOut;
    private long left;
    private long atEnd;

    UnitMovements(Long unitId, String unitName, boolean grassroots) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.grassroots = grassroots;
    }

    /** Adds counts in the order of {@link MovementService}'s query columns. */
    void add(long[] counts) {
        atStart += counts[0];
        admitted += counts[1];
        transferredIn += counts[2];
        recorded += counts[3];
        transferredOut += counts[4];
        left += counts[5];
        atEnd += counts[6];
    }

    void add(UnitMovements other) {
        add(new long[] {other.atStart, other.admitted, other.transferredIn, other.recorded, other.transferredOut,
                        other.left, other.atEnd});
    }

    public boolean isEmpty() {
        return atStart + admitted + transferredIn + recorded + transferredOut + left + atEnd == 0;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isGrassroots() {
        return grassroots;
    }

    public long getAtStart() {
        return atStart;
    }

    public long getAdmitted() {
        return admitted;
    }

    public long getTransferredIn() {
        return transferredIn;
    }

    public long getRecorded() {
        return recorded;
    }

    public long getTransferredOut() {
        return transferredOut;
    }

    public long getLeft() {
        return left;
    }

    public long getAtEnd() {
        return atEnd;
    }

    @Override
    public String toString() {
        return unitName + "[start " + atStart + ", admitted " + admitted + ", in " + transferredIn + ", recorded "
                + recorded + ", out " + transferredOut + ", left " + left + ", end " + atEnd + "]";
    }
}
