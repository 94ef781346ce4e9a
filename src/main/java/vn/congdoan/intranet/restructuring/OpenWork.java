package vn.congdoan.intranet.restructuring;

import java.time.LocalDate;
import vn.congdoan.intranet.organization.OrgUnit;

/**
 * Work in progress that belongs to a unit (pending admissions, transfers waiting to be accepted, later drafts of
 * reports and welfare cases). Each feature that keeps such work offers one of these as a CDI bean, and a merge hands
 * the work to the receiving unit while a dissolution closes it, so nothing is left pointing at an ended unit.
 */
public interface OpenWork {

    /** Bundle key of the step "handed over": {0} the count, {1} the unit's name, {2} the receiving unit's. */
    String moveStepKey();

    /** Bundle key of the step "closed": {0} the count, {1} the unit's name. */
    String closeStepKey();

    long count(OrgUnit unit);

    /** Hands the unit's open work to the unit that takes it over. */
    void moveTo(OrgUnit from, OrgUnit to, LocalDate on);

    /** Closes the open work of a unit that ends without successor. */
    void close(OrgUnit unit, LocalDate on);
}
