package vn.congdoan.intranet.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which roles open which folder of pages. It used to be web.xml's role constraints, but Payara 6 answers 403 to a
 * fraction of requests of a signed-in session under concurrent load (the caller's groups go missing: Payara
 * FISH-7515, fixed after the last Payara 6 Community release). The container now only requires a signed-in user,
 * and {@link FolderAccessFilter} asks this class with the role read fresh from the account table, so a changed role
 * also takes effect on the next click. The services still check every read and write; this only keeps whole pages
 * away from roles that have nothing to do there.
 */
public final class FolderAccess {

    private static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.PROVINCE_LEADER, Role.SUPERIOR_OFFICER,
            Role.GRASSROOTS_OFFICER);
    private static final Map<String, Set<Role>> FOLDERS = new LinkedHashMap<>();

    static {
        FOLDERS.put("/units/", OFFICERS);
        FOLDERS.put("/members/", OFFICERS);
        FOLDERS.put("/reports/", OFFICERS);
        FOLDERS.put("/news/desk/", OFFICERS);
        FOLDERS.put("/restructuring/", EnumSet.of(Role.ADMIN, Role.PROVINCE_LEADER));
        FOLDERS.put("/admin/", EnumSet.of(Role.ADMIN));
    }

    private FolderAccess() {
    }

    /** Whether the role may open the page at this context-relative path; folders not listed are open to all. */
    public static boolean allows(Role role, String path) {
        for (Map.Entry<String, Set<Role>> folder : FOLDERS.entrySet()) {
            if (path.startsWith(folder.getKey())) {
                return folder.getValue().contains(role);
            }
        }
        return true;
    }
}
