package vn.congdoan.intranet.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;

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
    CurrentUser currentUser;

    private Viewer viewer;
    private TreeNode<UnitNode> root;
    private TreeNode<UnitNode> selectedNode;
    private OrgUnit selected;
    private ScopeStatistics selectedStatistics;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        root = new LazyDefaultTreeNode<>(TOP, this::childrenOf, UnitNode::isLeaf);
        root.setExpanded(true);
        List<TreeNode<UnitNode>> tops = root.getChildren();
        if (tops.size() == 1) {
            tops.get(0).setExpanded(true);
            select(tops.get(0).getData().id());
        }
    }

    private List<UnitNode> childrenOf(UnitNode node) {
        return node.id() < 0 ? units.roots(viewer) : units.children(viewer, node.id());
    }

    public void onSelect(NodeSelectEvent event) {
        select(((UnitNode) event.getTreeNode().getData()).id());
    }

    private void select(long unitId) {
        selected = units.getUnit(viewer, unitId);
        selectedStatistics = units.statistics(viewer, unitId);
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
