package vn.congdoan.intranet.reporting.board;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.reporting.ActivityReport;
import vn.congdoan.intranet.reporting.PeriodService;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The status board ({@code /reports/board.xhtml?period=7&branch=42}): without parameters, the newest open period the
 * viewer follows at their own branch of that period's tree.
 */
@Named
@ViewScoped
public class ReportBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many periods the period chooser offers, newest first. */
    static final int PERIOD_CHOICES = 50;

    @Inject
    ReportBoardService boards;

    @Inject
    PeriodService periods;

    @Inject
    CurrentUser currentUser;

    private Long periodId;
    private Long branchId;
    private Board board;
    private List<ReportingPeriod> periodChoices;
    private ServiceLazyModel<ActivityReport> reports;

    public void load() {
        Viewer viewer = currentUser.get();
        periodChoices = periods.findPeriods(viewer, PageQuery.firstPage(PERIOD_CHOICES).sortedBy("openedAt", false));
        if (periodId == null) {
            periodId = periods.defaultPeriod(viewer).map(ReportingPeriod::getId).orElse(null);
        }
        if (periodId == null) {
            return;
        }
        board = boards.board(viewer, periodId, branchId);
        long period = periodId;
        Long branch = branchId;
        reports = new ServiceLazyModel<>(q -> boards.countReports(currentUser.get(), period, branch, q),
                q -> boards.findReports(currentUser.get(), period, branch, q));
    }

    /** The board status of a table row. */
    public BoardStatus statusOf(ActivityReport report) {
        return BoardStatus.of(report.getStatus(), board.pastDeadline());
    }

    /** Handed in after the deadline. */
    public boolean handedInLate(ActivityReport report) {
        return report.getStatus().isHandedIn() && report.isLate(board.period().getDeadline().plusDays(1));
    }

    public BoardStatus[] getStatuses() {
        return BoardStatus.values();
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public Board getBoard() {
        return board;
    }

    public List<ReportingPeriod> getPeriodChoices() {
        return periodChoices;
    }

    public ServiceLazyModel<ActivityReport> getReports() {
        return reports;
    }
}
