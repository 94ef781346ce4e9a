package vn.congdoan.intranet.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Formats;

/**
 * The union tree within the viewer's scope, loaded one level at a time as nodes are expanded (a province has
 * thousands of units), with the selected unit's details and counts.
 */
@Named
@ViewScoped
public class UnitTreeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final UnitNode TOP = new UnitNode(-1, "", "", false, true, 1);

    @Inject
    OrgUnitService units;

    @Inject
    UnitHistoryService history;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private TreeNode<UnitNode> root;
    private TreeNode<UnitNode> selectedNode;
    private OrgUnit selected;
    private ScopeStatistics selectedStatistics;
    /** The day the tree is shown as of; null for the current tree. */
    private LocalDate asOf;
    private OrgUnit selectedParent;
    private Long selectedMembersAsOf;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        load();
    }

    /** The picked day changed: the tree is read again as it stood that day. */
    public void asOfChanged() {
        if (asOf != null && !asOf.isBefore(Formats.today())) {
            asOf = null;
        }
        selected = null;
        selectedNode = null;
        load();
    }

    public void showToday() {
        asOf = null;
        asOfChanged();
    }

    private void load() {
        root = new LazyDefaultTreeNode<>(TOP, this::childrenOf, UnitNode::isLeaf);
        root.setExpanded(true);
        List<TreeNode<UnitNode>> tops = root.getChildren();
        if (tops.size() == 1) {
            tops.get(0).setExpanded(true);
            select(tops.get(0).getData().id());
        }
    }

    private List<UnitNode> childrenOf(UnitNode node) {
        if (asOf != null) {
            return node.id() < 0 ? history.rootsAsOf(viewer, asOf) : history.childrenAsOf(viewer, node.id(), asOf);
        }
        return node.id() < 0 ? units.roots(viewer) : units.children(viewer, node.id());
    }

    public void onSelect(NodeSelectEvent event) {
        select(((UnitNode) event.getTreeNode().getData()).id());
    }

    private void select(long unitId) {
        if (asOf == null) {
            selected = units.getUnit(viewer, unitId);
            selectedParent = selected.getParent();
            selectedStatistics = units.statistics(viewer, unitId);
            selectedMembersAsOf = null;
        } else {
            selected = history.unitAsOf(viewer, unitId, asOf);
            selectedParent = history.parentAsOf(viewer, unitId, asOf).orElse(null);
            selectedStatistics = null;
            selectedMembersAsOf = selected.isGrassroots() ? history.membersAsOf(viewer, unitId, asOf) : null;
        }
    }

    /** Whether the selected unit lies in the viewer's current scope, where its history and members can be opened. */
    public boolean isSelectedInScope() {
        return selected != null && viewer.scope().covers(selected);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public LocalDate getToday() {
        return Formats.today();
    }

    public OrgUnit getSelectedParent() {
        return selectedParent;
    }

    public Long getSelectedMembersAsOf() {
        return selectedMembersAsOf;
    }

    public TreeNode<UnitNode> getRoot() {
        return root;
    }

    public TreeNode<UnitNode> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<UnitNode> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrgUnit getSelected() {
        return selected;
    }

    public ScopeStatistics getSelectedStatistics() {
        return selectedStatistics;
    }
}
