package vn.congdoan.intranet.membership.admission;

/** Where an application for admission stands: waiting for the union's decision, admitted or rejected. */
public enum ApplicationStatus {
    PENDING, ADMITTED, REJECTED;

    public String labelKey() {
        return "applicationStatus." + name();
    }
}
