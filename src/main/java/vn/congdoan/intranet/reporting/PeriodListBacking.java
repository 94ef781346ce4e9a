package vn.congdoan.intranet.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.LocaleBacking;
import vn.congdoan.intranet.shared.Texts;

/**
 * The reporting periods page ({@code /reports/periods.xhtml}): the periods the officer follows with their progress,
 * the "open a period" dialog (kind and year propose a title and dates), closing, reopening and moving a deadline.
 */
@Named
@ViewScoped
public class PeriodListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whom a new period asks for reports: every grassroots union below, or the chosen branches and schools. */
    public enum Reach { ALL, CHOSEN }

    @Inject
    PeriodService periods;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<ReportingPeriod> model;
    private final Map<Long, long[]> progress = new HashMap<>();
    private List<OrgUnit> choosable;

    private PeriodKind kind;
    private Integer year;
    private String title;
    private LocalDate coversFrom;
    private LocalDate coversTo;
    private LocalDate deadline;
    private Reach reach = Reach.ALL;
    private List<Long> chosen = new ArrayList<>();
    private int unitCount;

    private ReportingPeriod selected;
    private LocalDate newDeadline;

    public void load() {
        currentUser.get().require(Permission.OPEN_PERIODS);
        model = new ServiceLazyModel<>(q -> periods.countPeriods(currentUser.get(), q), q -> {
            List<ReportingPeriod> page = periods.findPeriods(currentUser.get(), q);
            progress.clear();
            progress.putAll(periods.progress(currentUser.get(), page));
            return page;
        });
    }

    /** Starts an empty "open a period" form: this school year, proposed. */
    public void startNew() {
        LocalDate today = Formats.today();
        kind = PeriodKind.SCHOOL_YEAR;
        year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        deadline = null;
        reach = Reach.ALL;
        chosen = new ArrayList<>();
        choosable = periods.choosableUnits(currentUser.get());
        propose();
        countUnits();
    }

    /** Fills title and dates from kind and year; a mid-term review keeps the dates typed. */
    public void propose() {
        if (kind == null || year == null) {
            return;
        }
        PeriodProposal proposal = PeriodProposal.of(kind, year);
        // every union reads the period's title, so it is proposed in Vietnamese whatever the opener's language
        title = Texts.get(LocaleBacking.VIETNAMESE, proposal.titleKey(), proposal.firstYear(), proposal.secondYear());
        if (proposal.coversFrom() != null) {
            coversFrom = proposal.coversFrom();
            coversTo = proposal.coversTo();
        }
    }

    public void countUnits() {
        unitCount = reach == Reach.ALL || !chosen.isEmpty()
                ? periods.reportingUnitIds(currentUser.get(), reach == Reach.ALL ? Set.of() : Set.copyOf(chosen))
                        .size() : 0;
    }

    public void open() {
        try {
            Set<Long> units = Set.of();
            if (reach == Reach.CHOSEN) {
                units = periods.reportingUnitIds(currentUser.get(), Set.copyOf(chosen));
                if (units.isEmpty()) {
                    throw BusinessException.onField("units", "period.units.required");
                }
            }
            ReportingPeriod period = periods.open(currentUser.get(), new PeriodDraft(kind, title, coversFrom,
                    coversTo, deadline, units));
            Texts.info("periods.opened", period.getTitle(), unitCount);
        } catch (BusinessException refusal) {
            Texts.error(refusal, "openForm");
        }
    }

    public void close(ReportingPeriod period) {
        ReportingPeriod closed = periods.close(currentUser.get(), period.getId());
        Texts.info("periods.closed", closed.getTitle());
    }

    public void reopen(ReportingPeriod period) {
        ReportingPeriod reopened = periods.reopen(currentUser.get(), period.getId());
        Texts.info("periods.reopened", reopened.getTitle());
    }

    public void chooseForDeadline(ReportingPeriod period) {
        selected = period;
        newDeadline = period.getDeadline();
    }

    public void moveDeadline() {
        try {
            ReportingPeriod moved = periods.moveDeadline(currentUser.get(), selected.getId(), newDeadline);
            Texts.info("periods.deadlineMoved", moved.getTitle(), Formats.day(moved.getDeadline()));
        } catch (BusinessException refusal) {
            Texts.error(refusal, "deadlineForm");
        }
    }

    /** Handed in / all, among the reports the viewer may read. */
    public String progressOf(ReportingPeriod period) {
        long[] counts = progress.getOrDefault(period.getId(), new long[2]);
        Formats formats = new Formats();
        return formats.number(counts[0]) + "/" + formats.number(counts[1]);
    }

    /** Only the opening unit, or a unit above it, changes a period. */
    public boolean canChange(ReportingPeriod period) {
        return currentUser.get().scope().covers(period.getOwnerPath());
    }

    public PeriodKind[] getKinds() {
        return PeriodKind.values();
    }

    public PeriodStatus[] getStatuses() {
        return PeriodStatus.values();
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public LocalDate getToday() {
        return Formats.today();
    }

    public ServiceLazyModel<ReportingPeriod> getModel() {
        return model;
    }

    public List<OrgUnit> getChoosable() {
        return choosable;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public void setCoversFrom(LocalDate coversFrom) {
        this.coversFrom = coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public void setCoversTo(LocalDate coversTo) {
        this.coversTo = coversTo;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Reach getReach() {
        return reach;
    }

    public void setReach(Reach reach) {
        this.reach = reach;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public int getUnitCount() {
        return unitCount;
    }

    public ReportingPeriod getSelected() {
        return selected;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }
}
