package vn.congdoan.intranet.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.shared.AccessDeniedException;

class ViewerTest {

    private static final String PROVINCE = "/1000/";
    private static final String SCHOOL = "/1000/1003/1042/";

    @Test
    void theAdministratorMayDoEverythingEverywhere() {
        Viewer admin = viewer(Role.ADMIN, PROVINCE);

        assertEquals(EnumSet.allOf(Permission.class), Role.ADMIN.permissions());
        assertTrue(admin.scope().isEverything());
        assertTrue(admin.scope().covers("/2000/2001/"), "even a tree beside the admin's own unit");
    }

    @Test
    void aGrassrootsOfficerSeesTheirUnionAndBelowOnly() {
        Viewer officer = viewer(Role.GRASSROOTS_OFFICER, SCHOOL);

        assertTrue(officer.scope().covers(SCHOOL));
        assertTrue(officer.scope().covers(SCHOOL + "1077/"));
        assertFalse(officer.scope().covers("/1000/1003/1043/"));
        assertFalse(officer.scope().covers("/1000/1003/"));
        assertTrue(officer.can(Permission.VIEW_MEMBERS));
        assertTrue(officer.can(Permission.BROWSE_UNITS));
    }

    @Test
    void aGrassrootsOfficerManagesNeitherUnitsNorAccounts() {
        Viewer officer = viewer(Role.GRASSROOTS_OFFICER, SCHOOL);

        assertThrows(AccessDeniedException.class, () -> officer.require(Permission.MANAGE_UNITS));
        assertThrows(AccessDeniedException.class, () -> officer.require(Permission.MANAGE_ACCOUNTS));
    }

    @Test
    void aMemberSeesOnlyTheirOwnProfile() {
        Viewer member = viewer(Role.MEMBER, SCHOOL);

        assertFalse(member.can(Permission.VIEW_MEMBERS));
        AccessDeniedException refusal = assertThrows(AccessDeniedException.class,
                () -> member.require(Permission.VIEW_MEMBERS));
        assertTrue(refusal.getMessage().contains("VIEW_MEMBERS"), refusal.getMessage());
        assertDoesNotThrow(() -> member.require(Permission.VIEW_OWN_PROFILE));
    }

    @Test
    void onlyTheAdministratorManagesUnitsAndAccounts() {
        List<Role> managers = Arrays.stream(Role.values())
                .filter(role -> role.has(Permission.MANAGE_UNITS) || role.has(Permission.MANAGE_ACCOUNTS)).toList();

        assertEquals(List.of(Role.ADMIN), managers);
    }

    @Test
    void everyRoleSeesItsOwnProfile() {
        for (Role role : Role.values()) {
            assertTrue(role.has(Permission.VIEW_OWN_PROFILE), role.name());
        }
    }

    @Test
    void aProvinceLeadersScopeIsTheProvince() {
        Viewer leader = viewer(Role.PROVINCE_LEADER, PROVINCE);

        assertFalse(leader.scope().isEverything());
        assertTrue(leader.scope().covers(SCHOOL));
        assertFalse(leader.scope().covers("/2000/"));
    }

    private static Viewer viewer(Role role, String unitPath) {
        String[] ids = unitPath.split("/");
        return new Viewer(1, role.name().toLowerCase(), "Người dùng", role, Long.parseLong(ids[ids.length - 1]),
                unitPath, null);
    }
}
