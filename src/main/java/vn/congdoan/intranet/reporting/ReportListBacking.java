package vn.congdoan.intranet.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The reports page ({@code /reports/index.xhtml}): the union's own reports for a grassroots officer, the reports
 * waiting for review for a superior (both for the administrator). Filters of the review list live here and go to
 * the service with every page the table asks for.
 */
@Named
@ViewScoped
public class ReportListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<ActivityReport> own;
    private ServiceLazyModel<ActivityReport> toReview;
    private List<ReportingPeriod> periods;
    private ReportStatus reviewStatus = ReportStatus.SUBMITTED;
    private Long reviewPeriod;
    private String unitName;

    @PostConstruct
    void init() {
        Viewer viewer = currentUser.get();
        if (viewer.can(Permission.SUBMIT_REPORTS)) {
            own = new ServiceLazyModel<>(q -> reports.countOwnReports(currentUser.get(), q),
                    q -> reports.findOwnReports(currentUser.get(), q));
        }
        if (viewer.can(Permission.REVIEW_REPORTS)) {
            toReview = new ServiceLazyModel<>(q -> reports.countToReview(currentUser.get(), q),
                    q -> reports.findToReview(currentUser.get(), q));
            periods = reports.reviewPeriods(viewer);
            applyFilters();
        }
    }

    /** Hands the filters above the review table to its model; the page then reloads the table. */
    public void applyFilters() {
        toReview.getFilters().put("status", reviewStatus);
        toReview.getFilters().put("period", reviewPeriod);
        toReview.getFilters().put("unitName", unitName);
    }

    public boolean late(ActivityReport report) {
        return report.isLate(Formats.today());
    }

    public ServiceLazyModel<ActivityReport> getOwn() {
        return own;
    }

    public ServiceLazyModel<ActivityReport> getToReview() {
        return toReview;
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public ReportStatus getReviewStatus() {
        return reviewStatus;
    }

    public void setReviewStatus(ReportStatus reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    public Long getReviewPeriod() {
        return reviewPeriod;
    }

    public void setReviewPeriod(Long reviewPeriod) {
        this.reviewPeriod = reviewPeriod;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }
}
