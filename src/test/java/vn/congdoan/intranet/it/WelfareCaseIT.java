package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A hardship case from the school to the ward, through the UI: canbo.coso opens it for a member (no member picked
 * is refused at the field, typed values kept), sees it will go to the ward as the amount passes the school's limit,
 * saves, attaches a PDF and submits; another school gets 403 for the case and its document; canbo.huyen finds it
 * under "Chờ tôi duyệt", reads the details and approves with a comment; canbo.coso sees it approved with its history.
 */
@ExtendWith(PayaraMicroServer.class)
class WelfareCaseIT {

    private static final String WARD = "Công đoàn phường Bắc Bình Sơn";
    private static final String SCHOOL = "Công đoàn Trường THCS Nguyễn Khuyến";
    private static final String FORBIDDEN = "Không có quyền truy cập";
    private static final String DETAILS = "Chồng mất việc, con nhỏ ốm dài ngày, gia đình thuê trọ.";
    private static final String COMMENT = "Đồng ý hỗ trợ, đề nghị chi trước Tết.";

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
    void aHardshipCaseGoesFromTheSchoolToTheWardAndIsApproved() throws IOException {
        try {
            story();
        } catch (RuntimeException | AssertionError | IOException failure) {
            browser.screenshot("welfare-case-failure");
            throw failure;
        }
    }

    private void story() throws IOException {
        // The school opens a case: without a member it is refused at the field, the rest kept.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/welfare/index.xhtml");
        browser.screenshot("welfare-index-school");
        browser.find("#openCase").click();
        browser.find("#caseForm\\:member_input");
        browser.choose("#caseForm\\:kind", "Trợ cấp khó khăn");
        browser.waitUntil(d -> browser.find("#caseForm\\:approverLine").getText().contains(SCHOOL + " tự duyệt"));
        type("#caseForm\\:amount_input", "3000000");
        browser.waitUntil(d -> browser.find("#caseForm\\:approverLine").getText()
                .contains("do " + WARD + " duyệt"));
        type("#caseForm\\:description", DETAILS);
        browser.find("#caseForm\\:saveCase").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Hãy chọn đoàn viên được hỗ trợ."));
        assertTrue(browser.find("#caseForm\\:description").getAttribute("value").contains("Chồng mất việc"));
        assertTrue(browser.find("#caseForm\\:amount_input").getAttribute("value").startsWith("3.000.000"));
        browser.screenshot("welfare-edit-field-error");

        WebElement memberInput = browser.find("#caseForm\\:member_input");
        memberInput.sendKeys("nguyen");
        WebElement first = browser.find("#caseForm\\:member_panel .ui-autocomplete-item");
        String member = first.getAttribute("data-item-label");
        first.click();
        browser.waitUntil(d -> member.equals(browser.find("#caseForm\\:member_input").getAttribute("value")));
        browser.find("#caseForm\\:saveCase").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/welfare/edit.xhtml?id="));
        browser.waitUntil(d -> browser.text().contains("Đã lưu hồ sơ nháp."));
        String caseId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        // A PDF attached to the draft.
        Path pdf = Files.createTempFile("giay-xac-nhan-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        browser.driver().findElement(By.cssSelector("#documentsForm\\:attachment input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.waitUntil(d -> browser.text().contains("Đã đính kèm"));
        String documentHref = browser.find("#documentsForm a.attachment-name").getAttribute("href");
        browser.screenshot("welfare-edit-draft");

        browser.find("#caseForm\\:submitCase").click();
        browser.find("#caseForm\\:confirmYes").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/welfare/view.xhtml"));
        browser.waitUntil(d -> browser.text().contains("Đã trình hồ sơ cho " + WARD + " duyệt."));
        assertTrue(browser.find("#caseStatus").getText().contains("Chờ duyệt"));
        assertTrue(browser.find("#caseAmount").getText().contains("3.000.000 ₫"));
        browser.screenshot("welfare-view-submitted");
        browser.signOut();

        // Another school gets nothing, not even by the case's or the document's address.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open("/welfare/view.xhtml?id=" + caseId);
        assertTrue(browser.text().contains(FORBIDDEN), "another school opened the case");
        assertFalse(browser.text().contains(DETAILS));
        browser.driver().get(documentHref);
        assertFalse(browser.text().contains("%PDF"), "another school downloaded the document");
        assertTrue(browser.text().contains(FORBIDDEN), browser.text());
        browser.open("/welfare/view.xhtml?id=999999999");
        assertTrue(browser.text().contains("Không tìm thấy"), "no 404 page for an unknown case");
        browser.signOut();

        // The ward finds it awaiting its decision, reads the details and approves with a comment.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/welfare/index.xhtml");
        browser.all("#caseTabs .ui-tabs-header a").stream().filter(a -> a.getText().contains("Chờ tôi duyệt"))
                .findFirst().orElseThrow().click();
        browser.waitUntil(d -> browser.find("#caseTabs\\:awaitingForm\\:awaiting").getText().contains(member));
        browser.screenshot("welfare-index-awaiting");
        browser.all("#caseTabs\\:awaitingForm\\:awaiting tbody tr").stream()
                .filter(r -> r.getText().contains(member)).reduce((a, b) -> b).orElseThrow()
                .findElement(By.cssSelector("a.case-member")).click();
        browser.waitUntil(d -> browser.has("#caseStatus"));
        browser.waitUntil(d -> browser.currentUrl().contains("id="));
        assertTrue(browser.find("#caseDescription").getText().contains("Chồng mất việc"));
        browser.find("#actionsForm\\:approveCase").click();
        browser.waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.activeElement != null && document.activeElement.closest('#approveDialog') != null"));
        type("#approveForm\\:approveComment", COMMENT);
        browser.screenshot("welfare-approve-dialog");
        browser.find("#approveForm\\:confirmApprove").click();
        browser.waitUntil(d -> browser.text().contains("Đã duyệt hồ sơ hỗ trợ đoàn viên " + member));
        browser.signOut();

        // The school sees it approved, who approved it and the comment.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/welfare/view.xhtml?id=" + caseId);
        assertTrue(browser.find("#caseStatus").getText().contains("Đã duyệt"));
        String history = browser.find("#history").getText();
        assertTrue(history.contains(COMMENT) && history.contains(WARD) && history.contains("Trình duyệt"), history);
        browser.screenshot("welfare-view-approved");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/welfare/view.xhtml?id=" + caseId);
        browser.find("#caseStatus");
        browser.screenshot("welfare-view-phone");
        browser.open("/welfare/index.xhtml");
        browser.find("#caseTabs");
        browser.screenshot("welfare-index-phone");
    }

    private void type(String css, String text) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
    }
}
