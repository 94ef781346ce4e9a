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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Members over time through the UI: canbo.coso admits a group of two (one refused first for a missing decision
 * number, at the field), transfers one of them to canbo.coso2's school, and canbo.coso2 accepts the transfer; the
 * member's history then shows both periods and the quarter's movements count the transfer in.
 */
@ExtendWith(PayaraMicroServer.class)
class MembersOverTimeIT {

    private static final String GROUP = "Đợt kết nạp tháng 11/2026";
    private static final String FIRST = "Trịnh Thị Thu Trang";
    private static final String SECOND = "Lục Văn Khang";
    private static final String RECEIVER = "Công đoàn Trường Tiểu học Nguyễn Văn Trỗi";

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
    void admitsAGroupThenTransfersAMemberWhomTheOtherSchoolAccepts() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("members-over-time-failure");
            throw failure;
        }
    }

    private void story() {
        browser.signIn("canbo.coso", PASSWORD);
        browser.find("#menuForm\\:menuAdmissions").click();
        browser.awaitAjax();
        assertTrue(browser.text().contains("Công đoàn Trường THCS Nguyễn Khuyến"), "own school expected");

        openApplicationDialog();
        browser.find("#applicationForm\\:groupLabel_input").sendKeys(GROUP);
        fillPerson(FIRST, "Nữ");
        browser.screenshot("admission-dialog");
        browser.find("#applicationForm\\:saveAndNext").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Đã ghi nhận đơn của " + FIRST));
        assertEquals(GROUP, browser.find("#applicationForm\\:groupLabel_input").getAttribute("value"),
                "the group label is kept for the next person");
        fillPerson(SECOND, "Nam");
        browser.find("#applicationForm\\:saveApplication").click();
        browser.awaitAjax();
        browser.waitUntil(d -> !d.findElement(By.id("applicationDialog")).isDisplayed());
        browser.waitUntil(d -> applicantNames().containsAll(List.of(FIRST, SECOND)));

        selectApplicant(FIRST);
        selectApplicant(SECOND);
        browser.find("#applicationsForm\\:admitSelected").click();
        browser.awaitAjax();
        browser.find("#admitForm\\:decisionRef");
        browser.find("#admitForm\\:confirmAdmit").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Số quyết định: vui lòng nhập thông tin này."));
        assertTrue(browser.find("#admitDialog").isDisplayed(), "the dialog closed on bad input");
        browser.screenshot("admission-decision-missing-ref");
        browser.find("#admitForm\\:decisionRef").sendKeys("Quyết định số 25/QĐ-CĐCS");
        browser.find("#admitForm\\:confirmAdmit").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Đã kết nạp 2 đoàn viên"));
        browser.waitUntil(d -> browser.all("#applicationsForm\\:applications a.admitted-card").size() >= 2);
        List<String> cards = browser.all("#applicationsForm\\:applications a.admitted-card").stream()
                .map(WebElement::getText).toList();
        assertTrue(cards.stream().allMatch(c -> c.matches("\\d{12}")), cards.toString());
        assertEquals(cards.size(), cards.stream().distinct().count(), "card numbers repeat: " + cards);
        browser.screenshot("admissions-admitted");

        // Transfer the first admitted person from her record.
        rowOf(FIRST).findElement(By.cssSelector("a.admitted-card")).click();
        browser.find("#memberFullName");
        assertEquals(FIRST, browser.find("#memberFullName").getText());
        assertTrue(browser.text().contains("Kết nạp"), "history shows the admission");
        browser.find("#memberActionsForm\\:transferMember").click();
        browser.awaitAjax();
        browser.find("#transferForm\\:toUnit_input").sendKeys("nguyen van troi");
        browser.find("#transferForm\\:toUnit_panel .ui-autocomplete-item");
        browser.all("#transferForm\\:toUnit_panel .ui-autocomplete-item").stream()
                .filter(item -> item.findElement(By.cssSelector(".destination-name")).getText().equals(RECEIVER))
                .findFirst().orElseThrow().click();
        browser.awaitAjax();
        browser.screenshot("transfer-dialog");
        browser.find("#transferForm\\:confirmTransfer").click();
        browser.waitUntil(d -> browser.text().contains("Đã chuyển sinh hoạt " + FIRST));
        String memberUrl = browser.currentUrl();
        assertTrue(browser.text().contains("Đang chờ chuyển đi"), "status while the transfer is pending");
        assertTrue(browser.find("#pendingTransfer").getText().contains(RECEIVER));
        assertFalse(browser.has("#memberActionsForm\\:transferMember"), "a second transfer is offered");
        browser.screenshot("member-transfer-pending");
        browser.signOut();

        // The receiving officer accepts it.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.find("#menuForm\\:menuTransfers").click();
        browser.awaitAjax();
        WebElement incoming = browser.all("#transfersForm\\:incoming tbody tr").stream()
                .filter(row -> row.getText().contains(FIRST)).findFirst().orElseThrow();
        assertTrue(incoming.getText().contains("Công đoàn Trường THCS Nguyễn Khuyến"));
        browser.screenshot("transfers-incoming");
        incoming.findElement(By.cssSelector("button[id$='acceptTransfer']")).click();
        browser.awaitAjax();
        browser.find("#acceptForm\\:confirmAccept").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Đã tiếp nhận " + FIRST));
        browser.screenshot("transfers-accepted");

        browser.driver().get(memberUrl);
        assertEquals(FIRST, browser.find("#memberFullName").getText());
        assertTrue(browser.text().contains(RECEIVER));
        assertTrue(browser.text().contains("Đang sinh hoạt"));
        List<WebElement> periods = browser.all("#memberHistory tbody tr");
        assertEquals(2, periods.size(), "both periods are kept");
        assertTrue(periods.get(0).getText().contains("Công đoàn Trường THCS Nguyễn Khuyến"));
        assertTrue(periods.get(0).getText().contains("Chuyển sinh hoạt"));
        assertTrue(periods.get(1).getText().contains(RECEIVER));
        browser.screenshot("member-history-after-transfer");

        browser.find("#menuForm\\:menuMovements").click();
        browser.find("#movements");
        String transferredIn = browser.find("#movements tbody tr td:nth-child(4)").getText();
        assertTrue(Integer.parseInt(transferredIn) >= 1, "transferred in this quarter: " + transferredIn);
        browser.screenshot("movements-receiver");

        // She retires: the receiving officer ends her membership with a reason.
        browser.driver().get(memberUrl);
        browser.find("#memberActionsForm\\:leaveMember").click();
        browser.awaitAjax();
        browser.find("#leaveForm\\:confirmLeave").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Lý do thôi sinh hoạt: vui lòng nhập thông tin này."));
        browser.choose("#leaveForm\\:leaveReason", "Nghỉ hưu");
        browser.screenshot("leave-dialog");
        browser.find("#leaveForm\\:confirmLeave").click();
        browser.waitUntil(d -> browser.text().contains("Đã ghi nhận " + FIRST + " thôi sinh hoạt"));
        assertTrue(browser.text().contains("Nghỉ hưu"), "the reason is shown");
        List<WebElement> ended = browser.all("#memberHistory tbody tr");
        assertTrue(ended.get(1).getText().contains("Thôi sinh hoạt"), ended.get(1).getText());
        assertFalse(browser.has("#memberActionsForm\\:leaveMember"), "an ended member can leave again");
        browser.screenshot("member-left");
        browser.signOut();

        // The sender no longer sees her record.
        browser.signIn("canbo.coso", PASSWORD);
        browser.driver().get(memberUrl);
        assertTrue(browser.text().contains("Không có quyền truy cập"), "the sender still opens the record");
    }

    private void openApplicationDialog() {
        browser.find("#applicationsForm\\:newApplication").click();
        browser.awaitAjax();
        browser.find("#applicationForm\\:fullName");
    }

    private void fillPerson(String name, String gender) {
        WebElement fullName = browser.find("#applicationForm\\:fullName");
        fullName.clear();
        fullName.sendKeys(name);
        browser.choose("#applicationForm\\:gender", gender);
        WebElement job = browser.find("#applicationForm\\:jobTitle");
        job.clear();
        job.sendKeys("Giáo viên");
    }

    private List<String> applicantNames() {
        return browser.all("#applicationsForm\\:applications span.application-name").stream()
                .map(WebElement::getText).toList();
    }

    private WebElement rowOf(String name) {
        return browser.all("#applicationsForm\\:applications tbody tr").stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow();
    }

    private void selectApplicant(String name) {
        rowOf(name).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        browser.awaitAjax();
    }
}
