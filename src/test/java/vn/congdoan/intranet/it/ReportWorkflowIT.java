package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The activity report from the school to the ward and back, through the UI: canbo.coso fills the year's report (a
 * women count above the members is refused at the field, typed values kept), saves and submits it; canbo.huyen is
 * notified, returns it with a comment on the figures; canbo.coso sees the comment beside the figures, corrects and
 * resubmits; canbo.huyen approves; the provincial leader sees who approved it, and one more approved report on the
 * province's board. Another school cannot open it.
 */
@ExtendWith(PayaraMicroServer.class)
class ReportWorkflowIT {

    private static final String PERIOD = "Báo cáo công tác công đoàn năm";
    private static final String SCHOOL = "Công đoàn Trường THCS Nguyễn Khuyến";
    private static final String WARD = "Công đoàn phường Bắc Bình Sơn";
    private static final String FIGURES_COMMENT = "Số đoàn viên nữ chưa khớp với danh sách đoàn viên.";

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
    void aReportGoesFromTheSchoolToTheWardIsReturnedRevisedAndApproved() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("report-workflow-failure");
            throw failure;
        }
    }

    private void story() {
        int approvedInProvince = provinceBoardApproved();

        // The school fills its report; a women count above the members is refused at the field.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/reports/index.xhtml");
        WebElement row = rowContaining("#ownForm\\:ownReports tbody tr", PERIOD);
        assertTrue(row.getText().contains("Chưa làm"), row.getText());
        browser.screenshot("reports-index-school");
        row.findElement(By.cssSelector("[id$='editReport'] a")).click();
        browser.find("#reportForm\\:membersTotal_input");
        String editUrl = browser.currentUrl();
        String reportId = editUrl.substring(editUrl.indexOf("id=") + 3);
        type("#reportForm\\:membersTotal_input", "42");
        type("#reportForm\\:membersWomen_input", "50");
        type("#reportForm\\:mainResults", "Tổ chức tốt phong trào thi đua \"Giỏi việc trường, đảm việc nhà\".\n"
                + "Thăm hỏi 12 đoàn viên ốm đau, hoàn cảnh khó khăn.");
        browser.find("#reportForm\\:saveDraft").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Số đoàn viên nữ không được lớn hơn tổng số đoàn viên (42)."));
        assertTrue(browser.find("[id='reportForm:membersWomen'] ~ .ui-message-error, .field .ui-message-error")
                .getText().contains("Số đoàn viên nữ"), "message not at the field");
        assertEquals("50", value("#reportForm\\:membersWomen_input"));
        assertEquals("42", value("#reportForm\\:membersTotal_input"));
        assertTrue(value("#reportForm\\:mainResults").contains("Giỏi việc trường"), "typed text lost");
        browser.screenshot("report-edit-field-error");

        type("#reportForm\\:membersWomen_input", "30");
        type("#reportForm\\:welfareAmount_input", "1500000");
        browser.find("#reportForm\\:saveDraft").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Đã lưu nháp lúc"));
        browser.driver().navigate().refresh();
        browser.find("#reportForm\\:membersWomen_input");
        assertEquals("30", value("#reportForm\\:membersWomen_input"));
        assertEquals("1.500.000 ₫", value("#reportForm\\:welfareAmount_input"));
        assertTrue(browser.find("#reportStatus").getText().contains("Đang soạn"));

        type("#reportForm\\:newMembers_input", "3");
        type("#reportForm\\:membersLeft_input", "1");
        type("#reportForm\\:officersTrained_input", "5");
        type("#reportForm\\:partyIntroduced_input", "2");
        type("#reportForm\\:welfareMembers_input", "12");
        type("#reportForm\\:emulationUnits_input", "4");
        type("#reportForm\\:emulationMembers_input", "40");
        type("#reportForm\\:award_PROVINCE_MERIT_i_input", "2");
        browser.choose("#reportForm\\:classification", "Công đoàn cơ sở vững mạnh");
        submitReport();
        browser.waitUntil(d -> browser.text().contains("Đã nộp báo cáo cho " + WARD));
        assertTrue(browser.find("#reportStatus").getText().contains("Đã nộp"));
        browser.signOut();

        // The ward is notified and returns the report with a comment on the figures.
        browser.signIn("canbo.huyen", PASSWORD);
        assertTrue(Integer.parseInt(browser.find("#userBar\\:bellCount").getText()) >= 1, "no unread notification");
        browser.find("#userBar\\:notificationBell").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains(SCHOOL + " đã nộp"));
        browser.screenshot("notification-bell");
        int unread = Integer.parseInt(browser.find("#userBar\\:bellCount").getText());
        browser.all("#userBar\\:notificationPanel a.notification-link").stream()
                .filter(link -> link.getText().contains(SCHOOL + " đã nộp")).findFirst().orElseThrow().click();
        browser.waitUntil(d -> browser.currentUrl().contains("/reports/view.xhtml?id=" + reportId));
        assertEquals(unread - 1, browser.has("#userBar\\:bellCount")
                ? Integer.parseInt(browser.find("#userBar\\:bellCount").getText()) : 0, "the notification stayed unread");
        browser.open("/reports/index.xhtml");
        WebElement toReview = rowContaining("#reviewForm\\:toReview tbody tr", "Nguyễn Khuyến");
        browser.screenshot("reports-index-ward");
        toReview.findElement(By.cssSelector("[id$='openReport'] a")).click();
        browser.find("#actionsForm\\:returnReport").click();
        // The dialog moves the focus to its first field once shown: wait for that before typing elsewhere.
        browser.waitUntil(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.activeElement != null && document.activeElement.closest('#returnDialog') != null"));
        type("#returnForm\\:comment_FIGURES", FIGURES_COMMENT);
        assertEquals(FIGURES_COMMENT, value("#returnForm\\:comment_FIGURES"));
        browser.screenshot("report-return-dialog");
        browser.find("#returnForm\\:confirmReturn").click();
        browser.waitUntil(d -> browser.text().contains("Đã trả lại báo cáo của " + SCHOOL));
        browser.signOut();

        // The school sees the comment beside the figures, corrects them and resubmits.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/reports/edit.xhtml?id=" + reportId);
        assertTrue(browser.find("#returnedBanner").getText().contains(WARD));
        assertTrue(browser.find("#sectionFigures .reviewer-comment").getText().contains(FIGURES_COMMENT));
        browser.screenshot("report-edit-returned");
        type("#reportForm\\:membersWomen_input", "29");
        submitReport();
        browser.waitUntil(d -> browser.text().contains("Đã nộp báo cáo cho " + WARD));
        browser.signOut();

        // The ward approves.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/reports/view.xhtml?id=" + reportId);
        assertTrue(browser.text().contains("Nộp lại sau khi sửa"), "history misses the resubmission");
        browser.find("#actionsForm\\:approveReport").click();
        browser.find("#approveForm\\:confirmApprove").click();
        browser.waitUntil(d -> browser.text().contains("Đã duyệt báo cáo của " + SCHOOL));
        browser.signOut();

        // The province sees who approved it.
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/reports/view.xhtml?id=" + reportId);
        assertTrue(browser.find("#reportStatus").getText().contains("Đã duyệt"));
        assertTrue(browser.find("#approvedLine").getText().contains(WARD), browser.find("#approvedLine").getText());
        assertTrue(browser.find("#figureTable").getText().contains("1.500.000 ₫"));
        browser.screenshot("report-view-approved");
        browser.signOut();

        // ... and the province's board counts one more approved report.
        assertEquals(approvedInProvince + 1, provinceBoardApproved());

        // Another school cannot open it, not even by its address.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open("/reports/edit.xhtml?id=" + reportId);
        assertTrue(browser.text().contains("Không có quyền truy cập"), "another school opened the report");
        browser.open("/reports/view.xhtml?id=" + reportId);
        assertTrue(browser.text().contains("Không có quyền truy cập"), "another school read the report");
    }

    /** The number of approved reports of the current period on the provincial leader's board ("4/38" gives 4). */
    private int provinceBoardApproved() {
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/reports/board.xhtml");
        String card = browser.find("#card-APPROVED").getText();
        assertTrue(browser.text().contains(PERIOD), "the board does not show the current period");
        browser.signOut();
        return Integer.parseInt(card.substring(0, card.indexOf('/')).replace(".", ""));
    }

    private void submitReport() {
        browser.find("#reportForm\\:submitReport").click();
        browser.find("#reportForm\\:confirmYes").click();
        browser.awaitAjax();
    }

    private WebElement rowContaining(String rows, String text) {
        browser.find(rows);
        return browser.all(rows).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    private void type(String css, String text) {
        WebElement input = browser.find(css);
        // The sticky action bar may cover an input at the bottom of the window.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
    }

    private String value(String css) {
        return browser.find(css).getAttribute("value");
    }
}
