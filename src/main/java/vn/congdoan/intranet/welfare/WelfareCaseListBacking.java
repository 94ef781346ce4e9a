package vn.congdoan.intranet.welfare;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The welfare cases page ({@code /welfare/index.xhtml}): the cases within the viewer's scope with their filters, and
 * the cases waiting for the viewer's decision. Both tables count and load in the database; the filters above the
 * first one go to the service with every page it asks for.
 */
@Named
@ViewScoped
public class WelfareCaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 5;

    @Inject
    WelfareBoardService board;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<WelfareCase> cases;
    private ServiceLazyModel<WelfareCase> awaiting;
    private long awaitingCount;
    private WelfareStatus status;
    private WelfareKind kind;
    private Integer year;
    private String search;

    @PostConstruct
    void init() {
        Viewer viewer = currentUser.get();
        cases = new ServiceLazyModel<>(q -> (int) board.countCases(currentUser.get(), q),
                q -> board.findCases(currentUser.get(), q));
        awaiting = new ServiceLazyModel<>(q -> (int) board.countAwaitingDecision(currentUser.get(), q),
                q -> board.findAwaitingDecision(currentUser.get(), q));
        awaitingCount = board.countAwaitingDecision(viewer, PageQuery.firstPage(1));
    }

    /** Hands the filters above the table to its model; the page then reloads the table. */
    public void applyFilters() {
        cases.getFilters().put("status", status);
        cases.getFilters().put("kind", kind);
        cases.getFilters().put("year", year);
        cases.getFilters().put("search", search);
    }

    /** Grassroots officers open cases for their members. */
    public boolean isMayOpen() {
        return currentUser.get().can(Permission.MANAGE_WELFARE);
    }

    /** Approvers see each case's union; a union's own officers know it. */
    public boolean isShowUnit() {
        return currentUser.get().can(Permission.APPROVE_WELFARE);
    }

    public List<Integer> getYears() {
        int current = Formats.today().getYear();
        return IntStream.rangeClosed(0, YEARS_BACK - 1).mapToObj(back -> current - back).toList();
    }

    public WelfareStatus[] getStatuses() {
        return WelfareStatus.values();
    }

    public WelfareKind[] getKinds() {
        return WelfareKind.values();
    }

    public ServiceLazyModel<WelfareCase> getCases() {
        return cases;
    }

    public ServiceLazyModel<WelfareCase> getAwaiting() {
        return awaiting;
    }

    public long getAwaitingCount() {
        return awaitingCount;
    }

    public WelfareStatus getStatus() {
        return status;
    }

    public void setStatus(WelfareStatus status) {
        this.status = status;
    }

    public WelfareKind getKind() {
        return kind;
    }

    public void setKind(WelfareKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
