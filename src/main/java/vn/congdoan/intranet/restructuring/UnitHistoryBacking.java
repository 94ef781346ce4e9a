package vn.congdoan.intranet.restructuring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.organization.UnitHistoryService;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.security.CurrentUser;

/** A unit's history: its superiors over time and the restructurings that touched it. */
@Named
@ViewScoped
public class UnitHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnitService units;

    @Inject
    UnitHistoryService history;

    @Inject
    RestructuringService restructurings;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private OrgUnit unit;
    private List<UnitLink> superiors;
    private List<Restructuring> operations;

    /** Reads the unit named in the URL; a unit outside the viewer's scope ends in the 403 page. */
    public void load() {
        if (unitId == null) {
            unitId = currentUser.get().unitId();
        }
        unit = units.getUnit(currentUser.get(), unitId);
        superiors = history.superiors(currentUser.get(), unitId);
        operations = restructurings.ofUnit(currentUser.get(), unitId);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public List<UnitLink> getSuperiors() {
        return superiors;
    }

    public List<Restructuring> getOperations() {
        return operations;
    }
}
