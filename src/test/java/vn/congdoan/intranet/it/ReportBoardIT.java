package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The leaders' board and consolidation through the UI: lanhdao.tinh sees the current period's counts, switches to the
 * 2023–2024 school year whose branches are the district federations that ended in 2025, drills into one, follows a
 * school's report link, then downloads the consolidation as Excel; a school officer gets the 403 page.
 */
@ExtendWith(PayaraMicroServer.class)
class ReportBoardIT {

    private static final String PAST_PERIOD = "Báo cáo tổng kết năm học 2023–2024";
    private static final String DISTRICT = "Liên đoàn Lao động huyện Hòa Lạc";

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
    void theProvinceLeaderDrillsIntoAPastDistrictAndDownloadsTheConsolidation() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("report-board-failure");
            throw failure;
        }
    }

    @Test
    void aSchoolOfficerCannotOpenTheBoard() {
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/reports/board.xhtml");
        assertTrue(browser.text().contains("Không có quyền truy cập"), "no 403 page at " + browser.currentUrl());
        assertTrue(!browser.has("#boardCards"));
    }

    @Test
    void theOpenPeriodDialogProposesTheSchoolYearAndKeepsWhatWasTypedOnAnError() {
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/reports/periods.xhtml");
        assertTrue(browser.find("[id$='periods']").getText().contains(PAST_PERIOD));
        browser.screenshot("periods");
        browser.find("#periodsForm\\:openPeriod").click();
        browser.awaitAjax();
        WebElement title = browser.find("#openForm\\:title");
        assertTrue(title.getAttribute("value").startsWith("Báo cáo tổng kết năm học 20"), title.getAttribute("value"));
        assertTrue(browser.find("#openForm\\:coversFrom_input").getAttribute("value").startsWith("01/09/"));
        title.clear();
        title.sendKeys("Báo cáo tổng kết năm học thử nghiệm");
        browser.screenshot("periods-open-dialog");
        browser.find("#openForm\\:confirmOpen").click();
        browser.awaitAjax();
        assertTrue(browser.find("#openForm").getText().contains("Nhập hạn nộp báo cáo."));
        assertEquals("Báo cáo tổng kết năm học thử nghiệm", browser.find("#openForm\\:title").getAttribute("value"));
        browser.screenshot("periods-open-error");
    }

    private void story() {
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/reports/board.xhtml");
        assertTrue(browser.find("#boardCards").getText().contains("Đã duyệt"));
        String approved = browser.find("#card-APPROVED").getText();
        assertTrue(approved.matches("\\d+/\\d+"), approved);
        assertTrue(browser.text().contains("Báo cáo công tác công đoàn năm 2026"));
        browser.screenshot("board-province");

        new Select(browser.find("#period")).selectByVisibleText(PAST_PERIOD + " – Đã đóng");
        click(browser.find("#showPeriod"));
        browser.awaitAjax();
        assertTrue(browser.find("#periodSummary").getText().contains("01/09/2023–31/08/2024"));
        String branches = browser.find("[id$='branches']").getText();
        assertTrue(branches.contains(DISTRICT), branches);
        assertTrue(branches.contains("Công đoàn ngành Giáo dục và Đào tạo tỉnh Bình Sơn"), branches);
        browser.screenshot("board-past-period");

        click(browser.driver().findElement(By.linkText(DISTRICT)));
        browser.awaitAjax();
        assertTrue(browser.find("#breadcrumb").getText().contains(DISTRICT));
        List<WebElement> links = browser.all("a.open-report");
        assertTrue(!links.isEmpty(), "report links expected");
        String unit = browser.all(".board-unit").get(0).getText();
        assertTrue(unit.startsWith("Công đoàn"), unit);
        browser.screenshot("board-drilled");
        String href = links.get(0).getAttribute("href");
        assertTrue(href.matches(".*/reports/view\\.xhtml\\?id=\\d+"), href);
        click(links.get(0));
        assertTrue(browser.currentUrl().contains("/reports/view.xhtml?id="), browser.currentUrl());

        browser.open("/reports/consolidation.xhtml");
        new Select(browser.find("#period")).selectByVisibleText(PAST_PERIOD + " – Đã đóng");
        click(browser.find("#showPeriod"));
        browser.awaitAjax();
        assertTrue(browser.find("#included").getText().matches(".*\\d+/\\d+.*"));
        assertTrue(browser.text().contains("Tổng cộng"));
        browser.screenshot("consolidation-province");

        @SuppressWarnings("unchecked")
        List<Object> download = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('exportForm');"
                + "var data = new URLSearchParams(new FormData(form));"
                + "data.append('exportForm:exportXlsx', '');"
                + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),"
                + " r.headers.get('content-disposition'), b.byteLength,"
                + " String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 2)))])))"
                + ".catch(e => done(['failed', String(e)]));");
        assertEquals(200L, download.get(0), String.valueOf(download));
        assertTrue(String.valueOf(download.get(1)).contains("spreadsheetml"), String.valueOf(download));
        assertTrue(String.valueOf(download.get(2)).contains("tong-hop-bao-cao-tong-ket-nam-hoc-2023-2024"),
                String.valueOf(download));
        assertTrue((Long) download.get(3) > 2000, String.valueOf(download));
        assertEquals("PK", download.get(4));
    }

    /** Clicks and waits for the next page to replace this one. */
    private void click(WebElement element) {
        element.click();
        browser.waitUntil(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
