package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Ids of another unit typed into a URL: a school officer gets the 403 or 404 page, with none of the data, for the
 * other school's report (read and edit), the ward's draft and the other school's submitted article on the desk, the
 * photo of that unpublished article, and a unit-only article of a school in another ward; a member gets 403 for the
 * reports and the news desk. The ids are read from the pages of those who may see them.
 */
@ExtendWith(PayaraMicroServer.class)
class ScopeAttacksIT {

    private static final String FORBIDDEN = "Không có quyền truy cập";
    private static final String NOT_FOUND = "Không tìm thấy";
    /** canbo.coso's school: its name must never reach canbo.coso2's pages. */
    private static final String FIRST_SCHOOL = "Nguyễn Khuyến";
    private static final String WARD_DRAFT = "Kế hoạch tổ chức hội nghị tổng kết năm 2026";
    private static final String SUBMITTED_ARTICLE = "quyên góp ủng hộ đồng nghiệp vùng lũ";
    private static final String OTHER_WARD_ARTICLE = "dã ngoại hè";

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
    void aSchoolOfficerGetsNothingOfAnotherUnitByEditingTheId() {
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/reports/index.xhtml");
        String reportId = idOf(browser.find("#ownForm a[href*='id='], a[href*='/reports/'][href*='id=']")
                .getAttribute("href"));
        browser.open("/news/desk/index.xhtml");
        String submittedId = idOf(deskLink(SUBMITTED_ARTICLE));
        browser.open("/news/desk/review.xhtml?id=" + submittedId);
        List<String> photoIds = new ArrayList<>();
        for (WebElement img : browser.all("#articlePreview img[src*='/news/image?id=']")) {
            photoIds.add(idOf(img.getAttribute("src")));
        }
        assertFalse(photoIds.isEmpty(), "the submitted article shows its photo to its own officer");
        browser.signOut();

        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/news/desk/index.xhtml");
        String draftId = idOf(deskLink(WARD_DRAFT));
        browser.signOut();

        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/news/search.xhtml?q=" + "da ngoai he".replace(' ', '+'));
        String otherWardArticleId = idOf(browser.find(".news-result-title a").getAttribute("href"));
        browser.signOut();

        browser.signIn("canbo.coso2", PASSWORD);
        refused("/reports/view.xhtml?id=" + reportId, FIRST_SCHOOL);
        refused("/reports/edit.xhtml?id=" + reportId, FIRST_SCHOOL);
        // the demo has no attachment of another school; the service test covers downloads by id
        refused("/news/desk/edit.xhtml?id=" + draftId, WARD_DRAFT);
        refused("/news/desk/review.xhtml?id=" + draftId, WARD_DRAFT);
        refused("/news/desk/edit.xhtml?id=" + submittedId, SUBMITTED_ARTICLE);
        refused("/news/desk/review.xhtml?id=" + submittedId, SUBMITTED_ARTICLE);
        for (String photoId : photoIds) {
            refused("/news/image?id=" + photoId, SUBMITTED_ARTICLE);
        }
        refused("/news/article.xhtml?id=" + otherWardArticleId, OTHER_WARD_ARTICLE);
        browser.screenshot("scope-attack-other-ward-article");
    }

    @Test
    void aMemberHasNeitherReportsNorTheNewsDesk() {
        browser.signIn("doanvien", PASSWORD);
        for (String page : List.of("/reports/index.xhtml", "/news/desk/index.xhtml")) {
            browser.open(page);
            assertTrue(browser.text().contains(FORBIDDEN), "no 403 page at " + page);
        }
        browser.screenshot("scope-attack-member-desk");
    }

    /** The link to an article of the desk list, found by its title. */
    private String deskLink(String title) {
        browser.waitUntil(d -> browser.text().contains(title));
        return browser.driver().findElement(By.xpath("//tr[.//span[contains(@class,'desk-title') and contains(.,'"
                + title + "')]]//a[contains(@href,'review.xhtml')]")).getAttribute("href");
    }

    private void refused(String path, String data) {
        browser.open(path);
        String page = browser.text();
        assertTrue(page.contains(FORBIDDEN) || page.contains(NOT_FOUND), "no 403/404 page at " + path + ": " + page);
        assertFalse(page.toLowerCase().contains(data.toLowerCase()), "data leaked at " + path);
    }

    private static String idOf(String url) {
        String id = url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
        assertFalse(id.isEmpty(), "no id in " + url);
        return id;
    }
}
