package vn.congdoan.intranet.emulation.movement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The movements page ({@code /emulation/movements.xhtml}): the movements the viewer sees, counted and loaded in the
 * database, with the status and name filters, and for a grassroots union how many registrations it has in each.
 */
@Named
@ViewScoped
public class MovementListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MovementService movements;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<Movement> model;
    /** Registrations of the viewer's union in the movements of the page shown, by movement id. */
    private final HashMap<Long, Long> ownCounts = new HashMap<>();
    private MovementStatus status;
    private String search;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(q -> (int) movements.countMovements(currentUser.get(), q), q -> {
            List<Movement> page = movements.findMovements(currentUser.get(), q);
            ownCounts.clear();
            ownCounts.putAll(movements.ownEntryCounts(currentUser.get(),
                    page.stream().map(Movement::getId).toList()));
            return page;
        });
    }

    public void applyFilters() {
        model.getFilters().put("status", status);
        model.getFilters().put("search", search);
    }

    public boolean isMayLaunch() {
        return currentUser.get().can(Permission.RUN_EMULATION);
    }

    /** Grassroots unions see their own registrations beside each movement. */
    public boolean isShowOwn() {
        return currentUser.get().can(Permission.TAKE_PART_EMULATION);
    }

    public long ownCount(Movement movement) {
        return ownCounts.getOrDefault(movement.getId(), 0L);
    }

    public Map<Long, Long> getOwnCounts() {
        return ownCounts;
    }

    public MovementStatus[] getStatuses() {
        return MovementStatus.values();
    }

    public ServiceLazyModel<Movement> getModel() {
        return model;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public void setStatus(MovementStatus status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
