package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A grassroots officer works with their own union's member list (paged, searched without diacritics) and gets the
 * 403 page, with none of the data, for another school's list or member, whether by URL or by request parameter.
 */
@ExtendWith(PayaraMicroServer.class)
class MemberScopeIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void officerPagesAndSearchesOwnMembersWithoutDiacritics() {
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/units/members.xhtml");

        assertTrue(browser.text().contains("Công đoàn Trường THCS"));
        assertEquals(20, memberNames().size(), "first page of 20");
        browser.screenshot("members-canbo.coso");

        WebElement search = browser.find("#membersForm\\:members\\:globalFilter");
        search.sendKeys("nguyen thi");
        browser.waitUntil(d -> memberNames().stream().allMatch(n -> n.startsWith("Nguyễn Thị")));
        browser.awaitAjax();
        List<String> found = memberNames();
        assertFalse(found.isEmpty(), "\"nguyen thi\" finds Nguyễn Thị");
        assertTrue(found.stream().allMatch(n -> n.startsWith("Nguyễn Thị")), found.toString());
        browser.screenshot("members-search");
    }

    @Test
    void officerGetsForbiddenForAnotherSchoolByUrlAndByParameter() {
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open("/units/members.xhtml");
        String otherSchool = browser.find("#listUnitName").getText();
        String otherMemberName = memberNames().get(0);
        browser.all("a.member-link").get(0).click();
        browser.awaitAjax();
        String memberUrl = browser.currentUrl();
        String listUrl = browser.find("#backToList a, a#backToList").getAttribute("href");
        assertTrue(memberUrl.contains("id="), memberUrl);
        assertTrue(listUrl.contains("unit="), listUrl);
        browser.signOut();

        browser.signIn("canbo.coso", PASSWORD);
        browser.driver().get(listUrl);
        assertForbidden(otherSchool, otherMemberName);
        browser.screenshot("forbidden-other-school");

        browser.driver().get(memberUrl);
        assertForbidden(otherSchool, otherMemberName);

        String ownList = PayaraMicroServer.baseUrl() + "/units/members.xhtml?unit="
                + listUrl.substring(listUrl.indexOf("unit=") + 5).replaceAll("[^0-9].*", "") + "&unit=1";
        browser.driver().get(ownList);
        assertFalse(browser.text().contains(otherMemberName), "data of the other school leaked");
    }

    private void assertForbidden(String otherSchool, String otherMemberName) {
        String page = browser.text();
        assertTrue(page.contains("Không có quyền truy cập"), "no 403 page at " + browser.currentUrl());
        assertFalse(page.contains(otherSchool), "the other school's name leaked");
        assertFalse(page.contains(otherMemberName), "the other school's member leaked");
    }

    private List<String> memberNames() {
        return browser.all("a.member-link").stream().map(WebElement::getText).toList();
    }
}
