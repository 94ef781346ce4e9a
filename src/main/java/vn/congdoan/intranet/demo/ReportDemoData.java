package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.PeriodDraft;
import vn.congdoan.intranet.reporting.PeriodKind;
import vn.congdoan.intranet.reporting.PeriodService;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;

/**
 * The reporting periods of the demo province, opened through the same service a leader uses. The current period is
 * the calendar-year report of the year we are in, due three days from today, so the deadline reminders and the
 * board have something to show; every grassroots union has it to do.
 */
final class ReportDemoData {

    static final int DEADLINE_IN_DAYS = 3;

    private final EntityManager em;
    private final Clock clock;
    private final PeriodService periods;

    ReportDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.periods = new PeriodService(em, clock);
    }

    /** Opens the current period for the whole province as its leader. */
    ReportingPeriod openCurrentPeriod(OrgUnit province) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Viewer leader = new Viewer(0L, "lanhdao.tinh", "Lãnh đạo LĐLĐ tỉnh", Role.PROVINCE_LEADER, province.getId(),
                province.getPath(), null);
        int year = today.getYear();
        ReportingPeriod period = periods.open(leader, new PeriodDraft(PeriodKind.CALENDAR_YEAR,
                "Báo cáo công tác công đoàn năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                today.plusDays(DEADLINE_IN_DAYS), null));
        em.flush();
        return period;
    }
}
