package vn.congdoan.intranet.welfare;

import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;

/**
 * Who may do what with a welfare case, read from the viewer and the case alone (no database), so services and pages
 * ask the same questions.
 */
public final class WelfareRules {

    private WelfareRules() {
    }

    /** An officer of the member's own union: opens, edits, submits and pays its cases. */
    public static boolean isOwnOfficer(Viewer viewer, WelfareCase welfareCase) {
        return isOfficerOf(viewer, welfareCase.getUnit());
    }

    public static boolean isOfficerOf(Viewer viewer, OrgUnit unit) {
        return viewer.can(Permission.MANAGE_WELFARE) && unit != null && viewer.unitId() == unit.getId();
    }

    /**
     * Reads the case at all: its own union's officers, and once it is submitted the approving officers whose scope
     * covers its union (they may still be denied the description, see {@link #mayReadDescription}).
     */
    public static boolean mayRead(Viewer viewer, WelfareCase welfareCase) {
        if (isOwnOfficer(viewer, welfareCase)) {
            return true;
        }
        return welfareCase.getStatus() != WelfareStatus.DRAFT && viewer.can(Permission.APPROVE_WELFARE)
                && viewer.scope().covers(welfareCase.getUnit());
    }

    /**
     * The privacy rule: the description is for the member's own union and the units on the approval route, from the
     * union up to the unit that must decide, and for the unit that did decide. A unit above the route (the province
     * for a case the ward decides) sees the case and its money, not the medical or family details.
     */
    public static boolean mayReadDescription(Viewer viewer, WelfareCase welfareCase) {
        if (isOwnOfficer(viewer, welfareCase)) {
            return true;
        }
        if (!mayRead(viewer, welfareCase)) {
            return false;
        }
        OrgUnit decider = welfareCase.getDecidedByUnit();
        if (decider != null && decider.getId() == viewer.unitId()) {
            return true;
        }
        OrgUnit approver = welfareCase.getApproverUnit();
        String own = viewer.unitPath();
        return approver != null && own != null && welfareCase.getUnit().getPath().startsWith(own)
                && own.startsWith(approver.getPath());
    }

    /**
     * Decides a submitted case: the approver unit or any unit above it with the approving permission; when the case
     * stays within its own union's limit, that union's officers decide it. A union never decides its own case that
     * went above its limit.
     */
    public static boolean mayDecide(Viewer viewer, WelfareCase welfareCase) {
        if (welfareCase.getStatus() != WelfareStatus.SUBMITTED || welfareCase.getApproverUnit() == null) {
            return false;
        }
        OrgUnit approver = welfareCase.getApproverUnit();
        if (approver.getId().equals(welfareCase.getUnit().getId()) && isOwnOfficer(viewer, welfareCase)) {
            return true;
        }
        return viewer.can(Permission.APPROVE_WELFARE) && viewer.unitId() != welfareCase.getUnit().getId()
                && viewer.scope().covers(approver);
    }

    public static boolean mayEdit(Viewer viewer, WelfareCase welfareCase) {
        return isOwnOfficer(viewer, welfareCase) && welfareCase.getStatus().isEditable();
    }

    public static boolean mayPay(Viewer viewer, WelfareCase welfareCase) {
        return isOwnOfficer(viewer, welfareCase) && welfareCase.getStatus() == WelfareStatus.APPROVED;
    }
}
