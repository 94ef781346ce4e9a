package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The provincial leader looks at the tree before and after the demo's July 2025 reorganisation. */
@ExtendWith(PayaraMicroServer.class)
class TreeAsOfIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        browser.signIn("lanhdao.tinh", PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void showsTheOldTreeOnAPastDayAndTheNewOneToday() {
        browser.open("/units/tree.xhtml");
        String today = browser.find("#treeForm").getText();
        assertTrue(today.contains("Công đoàn phường Bắc Bình Sơn"), today);
        assertFalse(today.contains("Liên đoàn Lao động huyện Hòa Lạc"), "an ended district in today's tree");

        WebElement day = browser.find("#asOfForm\\:asOf_input");
        day.sendKeys("15/03/2024", Keys.TAB);
        browser.awaitAjax();
        browser.waitUntil(d -> browser.has("#asOfForm\\:asOfNote"));
        String past = browser.find("#treeForm").getText();
        assertTrue(past.contains("Liên đoàn Lao động huyện Hòa Lạc"), past);
        assertTrue(past.contains("Công đoàn ngành Giáo dục và Đào tạo tỉnh Bình Sơn"), past);
        assertFalse(past.contains("Công đoàn phường Bắc Bình Sơn"), "a 2025 commune union in the 2024 tree");
        assertTrue(browser.find("#asOfForm\\:asOfNote").getText().contains("15/03/2024"));
        browser.screenshot("tree-as-of-2024");

        browser.find("#asOfForm\\:showToday").click();
        browser.awaitAjax();
        browser.waitUntil(d -> !browser.has("#asOfForm\\:asOfNote"));
        assertTrue(browser.find("#treeForm").getText().contains("Công đoàn phường Bắc Bình Sơn"));
    }

    @Test
    void theFormerDistrictOfficerStillBrowsesTheDistrictsPast() {
        browser.signOut();
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/units/tree.xhtml");
        assertFalse(browser.find("#treeForm").getText().contains("Liên đoàn Lao động thành phố Bình Sơn"));

        browser.find("#asOfForm\\:asOf_input").sendKeys("15/03/2024", Keys.TAB);
        browser.awaitAjax();
        browser.waitUntil(d -> browser.has("#asOfForm\\:asOfNote"));
        String past = browser.find("#treeForm").getText();
        assertTrue(past.contains("Liên đoàn Lao động thành phố Bình Sơn"), past);
        assertFalse(past.contains("Liên đoàn Lao động huyện Hòa Lạc"), "another district's past is visible");
        browser.screenshot("tree-as-of-2024-canbo.huyen");
    }

    @Test
    void aUnitsHistoryListsItsSuperiorsAndTheOperations() {
        browser.open("/units/tree.xhtml");
        browser.all("#treeForm .tree-unit").stream().filter(e -> e.getText().equals("Công đoàn xã Bắc Hòa Lạc"))
                .findFirst().orElseThrow().click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.find("#selectedUnitName").getText().equals("Công đoàn xã Bắc Hòa Lạc"));
        browser.find("#detailHistoryLink").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/units/history.xhtml"));

        String page = browser.text();
        assertTrue(page.contains("Liên đoàn Lao động tỉnh Bình Sơn"), page);
        assertTrue(page.contains("215/QĐ-LĐLĐ"), "the 2025 decision is not listed");
        assertTrue(page.contains("01/07/2025"));
        browser.screenshot("unit-history");
    }
}
