package vn.congdoan.intranet.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/** The administrator's unit list ({@code /admin/units.xhtml}) with its create / edit dialog and deactivation. */
@Named
@ViewScoped
public class UnitAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private ServiceLazyModel<OrgUnit> model;
    private List<UnitLevel> levels;
    private OrgUnit edited;
    private String levelCode;
    private OrgUnit parent;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        model = new ServiceLazyModel<>(q -> units.countUnits(viewer, q), q -> units.findUnits(viewer, q));
        levels = units.levels();
    }

    public void create() {
        edited = OrgUnit.draft(LocalDate.now(Formats.ZONE));
        levelCode = UnitLevel.GRASSROOTS_UNION;
        parent = null;
    }

    public void edit(OrgUnit row) {
        edited = units.getUnit(viewer, row.getId());
        levelCode = edited.getLevel().getCode();
        parent = edited.getParent();
    }

    public void save() {
        try {
            edited.setLevel(units.getLevel(levelCode));
            if (edited.isNew()) {
                units.create(viewer, edited, parent == null ? null : parent.getId());
            } else {
                units.update(viewer, edited.getId(), edited);
            }
            Texts.info("unit.saved", edited.getName());
        } catch (BusinessException refusal) {
            Texts.error(refusal, "unitForm");
        }
    }

    public void deactivate(OrgUnit row) {
        try {
            units.deactivate(viewer, row.getId());
            Texts.info("unit.deactivated", row.getName());
        } catch (BusinessException refusal) {
            Texts.error(refusal, null);
        }
    }

    public void reactivate(OrgUnit row) {
        try {
            units.reactivate(viewer, row.getId());
            Texts.info("unit.reactivated", row.getName());
        } catch (BusinessException refusal) {
            Texts.error(refusal, null);
        }
    }

    public List<OrgUnit> completeParent(String text) {
        return units.searchUnits(viewer, text, 15);
    }

    public ServiceLazyModel<OrgUnit> getModel() {
        return model;
    }

    public List<UnitLevel> getLevels() {
        return levels;
    }

    public OrgUnit getEdited() {
        return edited;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public void setParent(OrgUnit parent) {
        this.parent = parent;
    }
}
