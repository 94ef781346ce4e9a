package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole welfare journey through the UI: doanvien raises a concern; canbo.coso turns it into a hardship
 * case above the school's limit, so it goes to the ward; canbo.huyen approves it; canbo.coso marks it paid (giving
 * an overdraft reason if the demo fund runs short); the fund's balance falls by exactly the amount with a line for
 * the case, and doanvien's own page shows the money given and the concern taken up.
 */
@ExtendWith(PayaraMicroServer.class)
class WelfareJourneyIT {

    private static final String WARD = "Công đoàn phường Bắc Bình Sơn";
    private static final String SUBJECT = "Xin hỗ trợ sau đợt điều trị dài ngày " + System.nanoTime() % 100_000;
    private static final String BODY = "Tôi vừa nằm viện hai tháng, chi phí lớn, mong công đoàn giúp đỡ.";
    private static final long AMOUNT = 3_000_000;

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
    void aConcernBecomesACaseApprovedAboveTheSchoolPaidFromTheFundAndSeenByTheMember() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("welfare-journey-failure");
            throw failure;
        }
    }

    private void story() {
        browser.signIn("doanvien", PASSWORD);
        browser.open("/welfare/mine.xhtml");
        browser.find("#raiseForm\\:subject").sendKeys(SUBJECT);
        browser.find("#raiseForm\\:body").sendKeys(BODY);
        browser.find("#raiseForm\\:raiseConcern").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains(SUBJECT));
        browser.signOut();

        // The school's officer turns the concern into a hardship case; its amount needs the ward.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/welfare/fund.xhtml");
        long before = money(browser.find("#fundBalance").getText());
        browser.open("/welfare/concerns.xhtml");
        browser.waitUntil(d -> rowWith(SUBJECT) != null);
        rowWith(SUBJECT).findElement(By.cssSelector("[id$='turnIntoCase']")).click();
        browser.waitUntil(d -> browser.currentUrl().contains("/welfare/edit.xhtml?concern="));
        assertTrue(browser.find("#concernBox").getText().contains(SUBJECT));
        browser.choose("#caseForm\\:kind", "Trợ cấp khó khăn");
        type("#caseForm\\:amount_input", String.valueOf(AMOUNT));
        browser.waitUntil(d -> browser.find("#caseForm\\:approverLine").getText().contains("do " + WARD + " duyệt"));
        type("#caseForm\\:description", "Điều trị viêm phổi hai tháng, có giấy ra viện.");
        browser.find("#caseForm\\:saveCase").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/welfare/edit.xhtml?id="));
        String caseId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.find("#caseForm\\:submitCase").click();
        browser.find("#caseForm\\:confirmYes").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/welfare/view.xhtml"));
        browser.waitUntil(d -> browser.find("#caseStatus").getText().contains("Chờ duyệt"));
        browser.signOut();

        // The ward approves.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/welfare/view.xhtml?id=" + caseId);
        browser.find("#actionsForm\\:approveCase").click();
        type("#approveForm\\:approveComment", "Đồng ý mức hỗ trợ.");
        browser.find("#approveForm\\:confirmApprove").click();
        browser.waitUntil(d -> browser.find("#caseStatus").getText().contains("Đã duyệt"));
        browser.signOut();

        // The school pays it; if the demo fund is short, the page asks for a reason and the payment goes through.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/welfare/view.xhtml?id=" + caseId);
        browser.find("#actionsForm\\:payCase").click();
        browser.find("#payForm\\:confirmPay").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.has("#payForm\\:overdraftReason")
                || browser.find("#caseStatus").getText().contains("Đã chi"));
        if (before < AMOUNT) {
            type("#payForm\\:overdraftReason", "Chờ kinh phí cấp bổ sung của phường.");
            browser.find("#payForm\\:confirmPay").click();
        }
        browser.waitUntil(d -> browser.find("#caseStatus").getText().contains("Đã chi"));
        browser.open("/welfare/fund.xhtml");
        assertEquals(before - AMOUNT, money(browser.find("#fundBalance").getText()), "balance after the payment");
        browser.screenshot("welfare-journey-fund");
        browser.signOut();

        // The member sees the money given and the concern taken up.
        browser.signIn("doanvien", PASSWORD);
        browser.open("/welfare/mine.xhtml");
        String cases = browser.find("#myCases").getText();
        assertTrue(cases.contains("3.000.000 ₫") && cases.contains("Đã chi"), cases);
        String concerns = browser.find("#myConcerns").getText();
        assertTrue(concerns.contains(SUBJECT) && concerns.contains("Đã lập hồ sơ hỗ trợ"), concerns);
        browser.screenshot("welfare-journey-member");
    }

    private WebElement rowWith(String text) {
        return browser.all("#concernsForm\\:concerns tbody tr").stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null);
    }

    private void type(String css, String text) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** "12.500.000 ₫" → 12500000, "-500.000 ₫" → -500000. */
    private static long money(String text) {
        return Long.parseLong(text.replaceAll("[^0-9-]", ""));
    }
}
