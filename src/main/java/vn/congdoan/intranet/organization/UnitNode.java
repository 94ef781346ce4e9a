package vn.congdoan.intranet.organization;

import java.io.Serializable;

/** One unit as the tree shows it: enough to label a node and to know whether it can be expanded. */
public record UnitNode(long id, String name, String levelCode, boolean grassroots, boolean active, int childCount)
        implements Serializable {

    public boolean isLeaf() {
        return childCount == 0;
    }
}
