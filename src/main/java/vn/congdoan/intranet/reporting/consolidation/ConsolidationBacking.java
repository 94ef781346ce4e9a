package vn.congdoan.intranet.reporting.consolidation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.reporting.Classification;
import vn.congdoan.intranet.reporting.PeriodService;
import vn.congdoan.intranet.reporting.ReportingPeriod;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * The consolidation page ({@code /reports/consolidation.xhtml?period=7&branch=42}): the approved figures summed per
 * child branch; without parameters the newest open period at the viewer's own branch.
 */
@Named
@ViewScoped
public class ConsolidationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsolidationService consolidations;

    @Inject
    PeriodService periods;

    @Inject
    CurrentUser currentUser;

    private Long periodId;
    private Long branchId;
    private Consolidation consolidation;
    private List<ReportingPeriod> periodChoices;

    public void load() {
        Viewer viewer = currentUser.get();
        periodChoices = periods.findPeriods(viewer, PageQuery.firstPage(50).sortedBy("openedAt", false));
        if (periodId == null) {
            periodId = periods.defaultPeriod(viewer).map(ReportingPeriod::getId).orElse(null);
        }
        if (periodId != null) {
            consolidation = consolidations.consolidate(viewer, periodId, branchId);
        }
    }

    public Classification[] getClassifications() {
        return Classification.values();
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

    public Consolidation getConsolidation() {
        return consolidation;
    }

    public List<ReportingPeriod> getPeriodChoices() {
        return periodChoices;
    }
}
