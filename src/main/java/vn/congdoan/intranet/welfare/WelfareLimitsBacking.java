package vn.congdoan.intranet.welfare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Texts;

/**
 * The approval limits ({@code /welfare/limits.xhtml}): per unit level, its limit for any kind and the kinds with a
 * limit of their own. Everyone on the welfare menu reads them; the provincial federation and the administrator set
 * or remove them in a dialog (the service decides, the page only hides the buttons).
 */
@Named
@ViewScoped
public class WelfareLimitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WelfareLimitService limitService;

    @Inject
    CurrentUser currentUser;

    private List<UnitLevel> levels;
    private List<LimitRow> rows;
    private boolean mayConfigure;
    private String editLevel;
    private WelfareKind editKind;
    private Long editAmount;

    /** One line of the table: a level and a kind (null: any kind), with its limit or none. */
    public static final class LimitRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final UnitLevel level;
        private final WelfareKind kind;
        private final Long maxAmount;

        LimitRow(UnitLevel level, WelfareKind kind, Long maxAmount) {
            this.level = level;
            this.kind = kind;
            this.maxAmount = maxAmount;
        }

        public UnitLevel getLevel() {
            return level;
        }

        public WelfareKind getKind() {
            return kind;
        }

        public Long getMaxAmount() {
            return maxAmount;
        }

        public boolean isAnyKind() {
            return kind == null;
        }

        /** The top of the tree decides whatever no level below may, with or without a limit of its own. */
        public boolean isTop() {
            return UnitLevel.PROVINCE_FEDERATION.equals(level.getCode());
        }
    }

    public void load() {
        Viewer viewer = currentUser.get();
        levels = limitService.levels(viewer);
        List<WelfareLimit> limits = limitService.limits(viewer);
        rows = new ArrayList<>();
        for (UnitLevel level : levels) {
            Long any = limits.stream().filter(l -> l.getUnitLevelCode().equals(level.getCode())
                    && l.getCaseKind() == null).map(WelfareLimit::getMaxAmount).findFirst().orElse(null);
            rows.add(new LimitRow(level, null, any));
            limits.stream().filter(l -> l.getUnitLevelCode().equals(level.getCode()) && l.getCaseKind() != null)
                    .forEach(l -> rows.add(new LimitRow(level, l.getCaseKind(), l.getMaxAmount())));
        }
        mayConfigure = limitService.mayConfigure(viewer);
    }

    /** Fills the dialog from a row (or empty for a new kind override). */
    public void edit(LimitRow row) {
        editLevel = row == null ? null : row.getLevel().getCode();
        editKind = row == null ? null : row.getKind();
        editAmount = row == null ? null : row.getMaxAmount();
    }

    public void save() {
        if (WelfarePageAction.run("limitForm", () -> {
            limitService.setLimit(currentUser.get(), editLevel, editKind, editAmount);
            return Boolean.TRUE;
        }) != null) {
            Texts.info(editAmount == null ? "welfare.limit.removed" : "welfare.limit.saved");
            load();
        }
    }

    public WelfareKind[] getKinds() {
        return WelfareKind.values();
    }

    public List<UnitLevel> getLevels() {
        return levels;
    }

    public List<LimitRow> getRows() {
        return rows;
    }

    public boolean isMayConfigure() {
        return mayConfigure;
    }

    public String getEditLevel() {
        return editLevel;
    }

    public void setEditLevel(String editLevel) {
        this.editLevel = editLevel;
    }

    public WelfareKind getEditKind() {
        return editKind;
    }

    public void setEditKind(WelfareKind editKind) {
        this.editKind = editKind;
    }

    public Long getEditAmount() {
        return editAmount;
    }

    public void setEditAmount(Long editAmount) {
        this.editAmount = editAmount;
    }
}
