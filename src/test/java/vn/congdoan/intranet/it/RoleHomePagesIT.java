package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every demo role lands on its own home page, sees only its menu, and gets the 403 page for what it may not use. */
@ExtendWith(PayaraMicroServer.class)
class RoleHomePagesIT {

    static final String PASSWORD = "Demo@2026";
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    static Stream<Arguments> roles() {
        // username, text on the home page, menu ids shown, menu ids hidden, a page the role may not open
        return Stream.of(
                Arguments.of("lanhdao.tinh", "Liên đoàn Lao động tỉnh Bình Sơn", "menuTree", "menuAdmin",
                        "/admin/accounts.xhtml"),
                // the sector union ended on 01/07/2025 and its officer's account moved to the provincial federation
                Arguments.of("canbo.nganh", "Liên đoàn Lao động tỉnh Bình Sơn", "menuTree",
                        "menuAdmin", "/admin/units.xhtml"),
                Arguments.of("canbo.huyen", "Công đoàn phường Bắc Bình Sơn", "menuTree", "menuProfile",
                        "/restructuring/index.xhtml"),
                Arguments.of("canbo.coso", "Công đoàn Trường THCS", "menuMembers", "menuAdmin",
                        "/admin/accounts.xhtml"),
                Arguments.of("doanvien", "Hồ sơ của tôi", "menuProfile", "menuTree", "/units/tree.xhtml"),
                Arguments.of("admin", "Quản trị hệ thống", "menuAdmin", "menuMembers", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleLandsOnItsHomePageWithItsMenu(String username, String homeText, String shownMenu,
                                              String hiddenMenu, String forbiddenPage) {
        browser.signIn(username, PASSWORD);

        assertTrue(browser.currentUrl().endsWith("/index.xhtml"), browser.currentUrl());
        assertTrue(browser.text().contains(homeText), () -> username + " home lacks " + homeText);
        assertTrue(browser.has("#menuForm\\:" + shownMenu), () -> username + " should see " + shownMenu);
        assertFalse(browser.has("#menuForm\\:" + hiddenMenu), () -> username + " should not see " + hiddenMenu);
        browser.screenshot("home-" + username);

        if (forbiddenPage != null) {
            browser.open(forbiddenPage);
            assertTrue(browser.text().contains("Không có quyền truy cập"), () -> username + " opened " + forbiddenPage);
            browser.screenshot("forbidden-" + username);
        }
    }

    @Test
    void provinceLeaderSeesWholeProvinceCountsAndTree() {
        browser.signIn("lanhdao.tinh", PASSWORD);

        int members = Integer.parseInt(browser.find("#statMembers").getText().replace(".", ""));
        assertTrue(members > 1500 && members < 2500, "members: " + members);
        assertEquals("6", browser.find("#statCommunes").getText());
        assertFalse(browser.has("#statDistricts"), "district federations ended on 01/07/2025");
        assertTrue(browser.text().contains("Công đoàn xã Bắc Hòa Lạc"));
        assertFalse(browser.text().contains("Liên đoàn Lao động huyện Hòa Lạc"), "an ended unit in the current tree");
    }

    @Test
    void communeOfficerSeesOnlyTheirCommune() {
        browser.signIn("canbo.huyen", PASSWORD);

        String page = browser.text();
        assertTrue(page.contains("Công đoàn phường Bắc Bình Sơn"));
        assertFalse(page.contains("Công đoàn phường Nam Bình Sơn"), "another commune is visible");
        assertFalse(page.contains("Trường THPT"), "the sector union's schools are visible");
    }

    @Test
    void memberOpensOwnProfile() {
        browser.signIn("doanvien", PASSWORD);
        String name = browser.find("#currentUserName").getText();
        browser.open("/me/profile.xhtml");

        assertTrue(browser.find("#memberFullName").getText().length() > 5);
        assertTrue(name.contains(browser.find("#memberFullName").getText()), "profile of someone else");
        assertTrue(browser.text().contains("Đang sinh hoạt"));
        browser.screenshot("profile-doanvien");
    }
}
