package vn.congdoan.intranet.reporting.board;

import java.io.Serializable;
import java.util.List;

/**
 * A branch of a period's tree as the board and the consolidation show it: the unit (null for "all of my scope"),
 * its name, its snapshot path prefix in that period, the way back up, and the tops of the viewer's part of the tree.
 */
public record PeriodBranch(Long unitId, String name, String prefix, boolean grassroots, List<Crumb> breadcrumb,
                           List<String> tops) implements Serializable {

    /** One step of the breadcrumb; a null id is the top "all of my scope". */
    public record Crumb(Long unitId, String name) implements Serializable {
    }

    public boolean isTop() {
        return unitId == null;
    }
}
