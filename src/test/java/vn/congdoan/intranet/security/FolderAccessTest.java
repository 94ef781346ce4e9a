package vn.congdoan.intranet.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FolderAccessTest {

    @Test
    void membersOpenOnlyTheFoldersMeantForEveryone() {
        assertFalse(FolderAccess.allows(Role.MEMBER, "/units/members.xhtml"));
        assertFalse(FolderAccess.allows(Role.MEMBER, "/members/view.xhtml"));
        assertFalse(FolderAccess.allows(Role.MEMBER, "/reports/index.xhtml"));
        assertFalse(FolderAccess.allows(Role.MEMBER, "/news/desk/index.xhtml"));
        assertTrue(FolderAccess.allows(Role.MEMBER, "/news/index.xhtml"));
        assertTrue(FolderAccess.allows(Role.MEMBER, "/welfare/mine.xhtml"));
        assertTrue(FolderAccess.allows(Role.MEMBER, "/emulation/mine.xhtml"));
        assertTrue(FolderAccess.allows(Role.MEMBER, "/me/profile.xhtml"));
    }

    @Test
    void restructuringIsForTheProvinceAndAdministrationForTheAdministrator() {
        assertTrue(FolderAccess.allows(Role.PROVINCE_LEADER, "/restructuring/index.xhtml"));
        assertFalse(FolderAccess.allows(Role.SUPERIOR_OFFICER, "/restructuring/index.xhtml"));
        assertFalse(FolderAccess.allows(Role.PROVINCE_LEADER, "/admin/accounts.xhtml"));
        assertTrue(FolderAccess.allows(Role.ADMIN, "/admin/accounts.xhtml"));
        assertTrue(FolderAccess.allows(Role.GRASSROOTS_OFFICER, "/reports/edit.xhtml"));
        assertTrue(FolderAccess.allows(Role.GRASSROOTS_OFFICER, "/news/desk/edit.xhtml"));
    }
}
