package vn.congdoan.intranet.emulation.movement;

/** Who may register for a movement. */
public enum Participants {
    /** Units (grassroots unions). */
    UNITS,
    /** Members. */
    MEMBERS,
    /** Units and members. */
    BOTH;

    public String labelKey() {
        return "participants." + name();
    }
}
