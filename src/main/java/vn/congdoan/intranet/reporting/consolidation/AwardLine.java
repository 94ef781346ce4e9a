package vn.congdoan.intranet.reporting.consolidation;

import java.io.Serializable;
import vn.congdoan.intranet.reporting.AwardKind;
import vn.congdoan.intranet.reporting.AwardLevel;

/** One level × kind of award, e.g. the provincial federation's Bằng khen. */
public record AwardLine(AwardLevel level, AwardKind kind) implements Serializable, Comparable<AwardLine> {

    @Override
    public int compareTo(AwardLine other) {
        int byLevel = level.compareTo(other.level);
        return byLevel != 0 ? byLevel : kind.compareTo(other.kind);
    }
}
