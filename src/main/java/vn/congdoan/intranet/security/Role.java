package vn.congdoan.intranet.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the product. An account has one role and one unit; the role says what kind of work it does, the
 * unit says where (its unit and everything below it).
 */
public enum Role {
    /** Everything, everywhere: the administrator may also fill or correct a report for a union that asks. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Leader of the provincial labour federation: watches the whole province. */
    PROVINCE_LEADER(EnumSet.of(Permission.BROWSE_UNITS, Permission.VIEW_MEMBERS, Permission.VIEW_OWN_PROFILE,
            Permission.RESTRUCTURE, Permission.REVIEW_REPORTS, Permission.OPEN_PERIODS, Permission.READ_NEWS,
            Permission.WRITE_NEWS, Permission.PUBLISH_NEWS, Permission.APPROVE_WELFARE, Permission.RUN_EMULATION)),
    /** Officer of a superior unit (a commune union; before 2025 the sector union or a district federation). */
    SUPERIOR_OFFICER(EnumSet.of(Permission.BROWSE_UNITS, Permission.VIEW_MEMBERS, Permission.VIEW_OWN_PROFILE,
            Permission.REVIEW_REPORTS, Permission.OPEN_PERIODS, Permission.READ_NEWS, Permission.WRITE_NEWS,
            Permission.PUBLISH_NEWS, Permission.APPROVE_WELFARE, Permission.RUN_EMULATION)),
    /** Officer of one grassroots union (one school or office). */
    GRASSROOTS_OFFICER(EnumSet.of(Permission.BROWSE_UNITS, Permission.VIEW_MEMBERS, Permission.VIEW_OWN_PROFILE,
            Permission.IMPORT_MEMBERS, Permission.MANAGE_MEMBERS, Permission.SUBMIT_REPORTS, Permission.READ_NEWS,
            Permission.WRITE_NEWS, Permission.MANAGE_WELFARE, Permission.TAKE_PART_EMULATION)),
    /** A union member: reads, and sees their own record. */
    MEMBER(EnumSet.of(Permission.VIEW_OWN_PROFILE, Permission.READ_NEWS, Permission.RAISE_CONCERNS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** Bundle key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
