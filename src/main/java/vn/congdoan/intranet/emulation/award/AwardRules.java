package vn.congdoan.intranet.emulation.award;

import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;

/**
 * Who may see and do what with an award, read from the viewer and the award alone (no database), so the service and
 * the pages ask the same questions. A unit acts only on what waits at it; the issuer alone revokes.
 */
public final class AwardRules {

    private AwardRules() {
    }

    /** An officer who takes part in or runs emulation: nominates, endorses, decides for their own unit. */
    public static boolean isOfficer(Viewer viewer) {
        return viewer.can(Permission.TAKE_PART_EMULATION) || viewer.can(Permission.RUN_EMULATION);
    }

    /**
     * Reads the award: the unit that nominated it, the unit it waits at or that issued it, any unit whose subtree
     * holds the recipient (the levels it climbed through), and the member it was granted to.
     */
    public static boolean mayRead(Viewer viewer, Award award) {
        if (isOfficer(viewer)) {
            return is(award.getNominatingUnit(), viewer) || is(award.getCurrentUnit(), viewer)
                    || is(award.getIssuerUnit(), viewer) || viewer.scope().covers(award.getRecipientPath());
        }
        return viewer.memberId() != null && award.getRecipientMember() != null
                && viewer.memberId().equals(award.getRecipientMember().getId())
                && award.getStatus() == AwardStatus.GRANTED;
    }

    /** Agrees and forwards to the superior: a level between the nominating unit and the issuer. */
    public static boolean mayEndorse(Viewer viewer, Award award) {
        return isOfficer(viewer) && award.isWaitingAt(viewer.unitId()) && !award.isAtIssuer();
    }

    /** Turns it down: any level it waits at, the issuer included. */
    public static boolean mayReject(Viewer viewer, Award award) {
        return isOfficer(viewer) && award.isWaitingAt(viewer.unitId());
    }

    /** Decides it with number, date and signer: the issuer, once the nomination has reached it. */
    public static boolean mayDecide(Viewer viewer, Award award) {
        return isOfficer(viewer) && award.isWaitingAt(viewer.unitId()) && award.isAtIssuer();
    }

    /** Revokes a granted award: its issuer only. */
    public static boolean mayRevoke(Viewer viewer, Award award) {
        return isOfficer(viewer) && award.getStatus() == AwardStatus.GRANTED && is(award.getIssuerUnit(), viewer);
    }

    private static boolean is(OrgUnit unit, Viewer viewer) {
        return unit != null && unit.getId() == viewer.unitId();
    }
}
