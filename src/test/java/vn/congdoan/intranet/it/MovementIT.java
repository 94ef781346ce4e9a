package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * An emulation movement through the UI: lanhdao.tinh launches it with two criteria (a deadline after the end refused
 * at the field first); canbo.coso registers the school and a woman teacher and self-scores the school with evidence;
 * canbo.coso2 sees the movement but not canbo.coso's registration; the province scores it, 27 of 30 points is
 * exactly 90 % and Xuất sắc; canbo.coso sees the result. Screenshots on a phone's width along the way.
 */
@ExtendWith(PayaraMicroServer.class)
class MovementIT {

    private static final String SCHOOL = "Công đoàn Trường THCS Nguyễn Khuyến";
    private static final String NAME = "Thi đua nhà giáo mẫu mực – kiểm thử";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    void launchedRegisteredSelfScoredAndScored() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("movement-failure");
            throw failure;
        }
    }

    private void story() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        // The province launches: a deadline after the end is refused at its field, the rest kept.
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/emulation/movements.xhtml");
        browser.waitUntil(d -> browser.text().contains("Giỏi việc trường, đảm việc nhà"));
        browser.find("#launchMovement").click();
        browser.find("#movementForm\\:name");
        type("#movementForm\\:name", NAME);
        type("#movementForm\\:description", "Nêu gương nhà giáo tận tụy, sáng tạo.");
        date("#movementForm\\:startsOn_input", DAY.format(today.minusDays(10)));
        date("#movementForm\\:endsOn_input", DAY.format(today.plusDays(180)));
        date("#movementForm\\:registerUntil_input", DAY.format(today.plusDays(185)));
        type("#movementForm\\:rows\\:0\\:criterionName", "Hoàn thành xuất sắc nhiệm vụ giảng dạy");
        type("#movementForm\\:rows\\:0\\:criterionPoints", "20");
        browser.find("#movementForm\\:addCriterion").click();
        browser.awaitAjax();
        type("#movementForm\\:rows\\:1\\:criterionName", "Có sáng kiến kinh nghiệm được công nhận");
        type("#movementForm\\:rows\\:1\\:criterionPoints", "10");
        browser.find("#movementForm\\:saveMovement").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Hạn đăng ký không được sau ngày kết thúc phong trào."));
        assertTrue(browser.find("#movementForm\\:name").getAttribute("value").equals(NAME));
        browser.screenshot("movement-edit-field-error");
        date("#movementForm\\:registerUntil_input", DAY.format(today.plusDays(20)));
        browser.find("#movementForm\\:saveMovement").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/emulation/movement.xhtml?id="));
        browser.waitUntil(d -> browser.text().contains("Đã phát động phong trào"));
        String url = "/emulation/movement.xhtml?id=" + browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(browser.find("#criteriaList").getText().contains("Có sáng kiến kinh nghiệm được công nhận"));
        browser.signOut();

        // The school registers itself and a woman teacher, then self-scores the school with evidence.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open(url);
        browser.find("#registerForm\\:registerUnit").click();
        browser.waitUntil(d -> browser.text().contains("Đã đăng ký: " + SCHOOL + "."));
        WebElement memberInput = browser.find("#registerForm\\:member_input");
        memberInput.sendKeys("thi");
        browser.find("#registerForm\\:member_panel .ui-autocomplete-item");
        WebElement woman = browser.all("#registerForm\\:member_panel .ui-autocomplete-item").stream()
                .filter(li -> li.getAttribute("data-item-label").contains(" Thị ")).findFirst().orElseThrow();
        String teacher = woman.getAttribute("data-item-label");
        woman.click();
        browser.waitUntil(d -> teacher.equals(browser.find("#registerForm\\:member_input").getAttribute("value")));
        browser.find("#registerForm\\:registerMember").click();
        browser.waitUntil(d -> browser.text().contains("Đã đăng ký: " + teacher + "."));

        openSheet(SCHOOL);
        type("#sheetForm\\:lines\\:0\\:selfPoints", "19");
        type("#sheetForm\\:lines\\:0\\:evidence", "18/20 tiết dự giờ xếp loại giỏi.");
        type("#sheetForm\\:lines\\:1\\:selfPoints", "11");
        browser.find("#sheetForm\\:submitSelf").click();
        browser.waitUntil(d -> browser.text().contains("Tiêu chí 2: điểm là số nguyên từ 0 đến 10."));
        type("#sheetForm\\:lines\\:1\\:selfPoints", "10");
        type("#sheetForm\\:lines\\:1\\:evidence", "Quyết định công nhận sáng kiến cấp tỉnh.");
        browser.screenshot("movement-self-score");
        browser.find("#sheetForm\\:submitSelf").click();
        browser.waitUntil(d -> browser.text().contains("Đã gửi bản tự chấm của " + SCHOOL + "."));
        browser.signOut();

        // Another school sees the movement, not canbo.coso's registrations.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open(url);
        browser.waitUntil(d -> browser.text().contains(NAME));
        assertFalse(browser.find("#entriesForm\\:entries").getText().contains(SCHOOL));
        assertFalse(browser.text().contains(teacher));
        browser.signOut();

        // The province finds the school by a folded search and scores it: 27 of 30 is exactly 90 %, Xuất sắc.
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open(url);
        type("#entriesForm\\:entrySearch", "nguyen khuyen");
        browser.waitUntil(d -> browser.find("#entriesForm\\:entries").getText().contains(SCHOOL)
                && !browser.find("#entriesForm\\:entries").getText().contains(teacher));
        openSheet(SCHOOL);
        assertTrue(browser.find("#sheetForm").getText().contains("18/20 tiết dự giờ xếp loại giỏi."));
        type("#sheetForm\\:lines\\:0\\:superiorPoints", "18");
        type("#sheetForm\\:lines\\:1\\:superiorPoints", "9");
        browser.find("#sheetForm\\:saveScore").click();
        browser.waitUntil(d -> browser.text().contains("Đã chấm " + SCHOOL + ": 27 điểm, Xuất sắc."));
        assertTrue(browser.find("#resultCounts").getText().contains("Xuất sắc 1"));
        browser.signOut();

        // The school sees its result; screenshots on a phone.
        // a phone's width, tall enough for the whole page in one shot
        browser.driver().manage().window().setSize(new Dimension(390, 2400));
        browser.signIn("canbo.coso", PASSWORD);
        browser.open(url);
        browser.waitUntil(d -> rowOf(SCHOOL).getText().contains("Xuất sắc"));
        browser.screenshot("movement-school-phone");
        browser.open("/emulation/movements.xhtml");
        browser.waitUntil(d -> browser.text().contains(NAME));
        browser.screenshot("movements-phone");
        browser.signOut();
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/emulation/movement-edit.xhtml");
        browser.find("#movementForm\\:name");
        browser.screenshot("movement-edit-phone");
        browser.open(url);
        browser.find("#entriesForm\\:entries");
        browser.screenshot("movement-launcher-phone");
    }

    private WebElement rowOf(String subject) {
        return browser.all("#entriesForm\\:entries tbody tr").stream()
                .filter(r -> r.getText().contains(subject)).findFirst().orElseThrow();
    }

    private void openSheet(String subject) {
        browser.waitUntil(d -> browser.all("#entriesForm\\:entries tbody tr").stream()
                .anyMatch(r -> r.getText().contains(subject)));
        WebElement button = rowOf(subject).findElement(By.cssSelector("button[id$='openSheet']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                button);
        button.click();
        browser.waitUntil(d -> browser.find("#sheetName").getText().equals(subject));
    }

    /**
     * Puts a date in a date picker's input as typed text (the server parses what the input submits); typing keys
     * would open the picker's panel over the next inputs.
     */
    private void date(String css, String text) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css),
                text);
    }

    private void type(String css, String text) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        // focus by script: an open date picker's panel may lie over the next input
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
    }
}
