package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.RESTRUCTURING_DAY;
import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.TREE_START;

import java.time.LocalDate;

/**
 * A union unit of the province being generated, with its place in the tree before and after 01/07/2025. Later
 * stages read it instead of the database: who its officer is, who its superior was on a given day, its members.
 */
final class Unit {

    /** The kind of school a grassroots union belongs to: it sets the members' number, titles and women's share. */
    static final int KINDERGARTEN = 0;
    static final int PRIMARY = 1;
    static final int LOWER_SECONDARY = 2;
    static final int UPPER_SECONDARY = 3;
    static final int OFFICE = 4;

    long id;
    String code;
    String name;
    String shortName;
    String level;
    int kind;
    Unit parent;
    String path;
    int depth;
    Unit oldParent;
    String oldPath;
    LocalDate from = TREE_START;
    LocalDate to;
    Unit successor;
    String officer;
    String officerName;
    // members of a grassroots union
    long[] memberIds;
    String[] memberNames;
    boolean[] memberWomen;
    boolean[] memberActive;
    int active;
    int women;

    boolean ended() {
        return to != null;
    }

    /** The superior on a day: the district federation or sector union before the restructuring. */
    Unit parentOn(LocalDate day) {
        return oldParent != null && day.isBefore(RESTRUCTURING_DAY) ? oldParent : parent;
    }

    String pathOn(LocalDate day) {
        return oldPath != null && day.isBefore(RESTRUCTURING_DAY) ? oldPath : path;
    }
}
