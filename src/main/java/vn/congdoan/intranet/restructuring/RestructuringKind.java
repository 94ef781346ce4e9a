package vn.congdoan.intranet.restructuring;

/** The four ways the tree is reorganised. */
public enum RestructuringKind {
    /** Units A, B, ... end and unit C takes over their members, units below, accounts and open work. */
    MERGE,
    /** A unit ends; its members move or end by group, the units below it move. */
    DISSOLVE,
    /** A unit and everything below it moves under another superior. */
    MOVE,
    /** Part of a unit's members form a new unit beside it. */
    SPLIT;

    public String labelKey() {
        return "restructuring.kind." + name();
    }
}
