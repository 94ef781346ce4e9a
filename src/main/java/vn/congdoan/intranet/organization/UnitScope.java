package vn.congdoan.intranet.organization;

import java.io.Serializable;
import java.util.Objects;

/**
 * The part of the union tree a user may see: their own unit and everything below it. Built from the unit's
 * materialised path, so the same rule is checked on one entity in memory and applied to a query as a prefix.
 */
public final class UnitScope implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final UnitScope NOTHING = new UnitScope(null);

    private final String rootPath;

    private UnitScope(String rootPath) {
        this.rootPath = rootPath;
    }

    /** The subtree rooted at the unit with this path, e.g. "/1/7/". */
    public static UnitScope subtree(String rootPath) {
        if (rootPath == null || !rootPath.startsWith("/") || !rootPath.endsWith("/")) {
            throw new IllegalArgumentException("not a unit path: " + rootPath);
        }
        return new UnitScope(rootPath);
    }

    /** The whole tree, for the administrator. */
    public static UnitScope everything() {
        return new UnitScope("/");
    }

    /** No unit at all: what a caller without a valid account gets. */
    public static UnitScope nothing() {
        return NOTHING;
    }

    public boolean covers(String unitPath) {
        return rootPath != null && unitPath != null && unitPath.startsWith(rootPath);
    }

    public boolean covers(OrgUnit unit) {
        return unit != null && covers(unit.getPath());
    }

    /**
     * The LIKE pattern for "path within this scope". A scope that covers nothing gives a pattern no path matches, so
     * a query built from it returns no rows rather than every row.
     */
    public String likePattern() {
        return rootPath == null ? "#none#" : rootPath + "%";
    }

    public boolean isEverything() {
        return "/".equals(rootPath);
    }

    public boolean isNothing() {
        return rootPath == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitScope scope && Objects.equals(rootPath, scope.rootPath);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(rootPath);
    }

    @Override
    public String toString() {
        return "UnitScope[" + rootPath + "]";
    }
}
