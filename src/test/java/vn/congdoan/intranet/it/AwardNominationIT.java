package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The award journey through the UI: canbo.coso nominates doanvien (a teacher of the school) for the
 * province's Bằng khen with a citation; another school's officer gets 403 on the award; canbo.huyen (the ward, the
 * school's direct superior) endorses it; canbo.nganh (the provincial federation) decides with number, date and
 * signer; doanvien sees it on their own awards page; the register finds it by the name typed without diacritics.
 */
@ExtendWith(PayaraMicroServer.class)
class AwardNominationIT {

    private static final String BK = "Bằng khen của Liên đoàn Lao động tỉnh";
    private static final String WARD = "Công đoàn phường Bắc Bình Sơn";
    private static final String FORBIDDEN = "Không có quyền truy cập";
    private static final String DECISION = "4" + System.nanoTime() % 1000 + "/QĐ-LĐLĐ";

    /** The school year in progress (September to August), as the targets page names it: "2026–2027". */
    private static final String CURRENT_YEAR = currentSchoolYear();

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
    void aSchoolNominatesATeacherTheWardEndorsesTheProvinceDecidesAndTheTeacherSeesIt() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("award-nomination-failure");
            throw failure;
        }
    }

    private void story() {
        // The province's term targets before: higher-level Bằng khen granted so far.
        browser.signIn("lanhdao.tinh", PASSWORD);
        int grantedBefore = higherAwardsTargetActual();
        browser.signOut();

        browser.signIn("doanvien", PASSWORD);
        browser.open("/me/profile.xhtml");
        String teacher = browser.find("#memberFullName").getText().trim();
        assertTrue(browser.has("#openMyAwards"), "the profile links the member's awards");
        browser.signOut();

        // The school nominates the teacher for the province's Bằng khen; it goes to the ward first.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/emulation/nomination.xhtml");
        browser.choose("#nominationForm\\:type", BK);
        browser.awaitAjax();
        type("#nominationForm\\:member_input", TextNormalizer.fold(teacher));
        browser.waitUntil(d -> browser.all("#nominationForm\\:member_panel tr, #nominationForm\\:member_panel li")
                .stream().anyMatch(r -> r.isDisplayed() && r.getText().contains(teacher)));
        browser.all("#nominationForm\\:member_panel tr, #nominationForm\\:member_panel li").stream()
                .filter(r -> r.isDisplayed() && r.getText().contains(teacher)).findFirst().orElseThrow().click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.find("#nominationForm\\:routeBox").getText().contains(WARD));
        type("#nominationForm\\:citation", "Hoàn thành xuất sắc nhiệm vụ năm học; có học sinh giỏi cấp tỉnh.");
        browser.screenshot("award-nomination-form");
        browser.find("#nominationForm\\:sendNomination").click();
        browser.waitUntil(d -> browser.currentUrl().contains("/emulation/award.xhtml?id="));
        String awardUrl = "/emulation/award.xhtml?id=" + browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.waitUntil(d -> browser.find("#awardStatus").getText().contains("Đang đề nghị"));
        assertTrue(browser.find("#awardWaitingAt").getText().contains(WARD));
        browser.signOut();

        // Another school cannot open it.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open(awardUrl);
        assertTrue(browser.text().contains(FORBIDDEN), "another school opened the nomination");
        assertFalse(browser.text().contains(teacher));
        browser.signOut();

        // The ward endorses it; it climbs to the province.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/emulation/nominations.xhtml");
        browser.waitUntil(d -> browser.find("#nominationTabs\\:waitingForm\\:waiting").getText().contains(teacher));
        browser.open(awardUrl);
        browser.find("#actionsForm\\:endorseAward").click();
        type("#endorseForm\\:endorseComment", "Thành tích tiêu biểu của khối THCS.");
        browser.find("#endorseForm\\:confirmEndorse").click();
        browser.waitUntil(d -> browser.has("#awardWaitingAt")
                && browser.find("#awardWaitingAt").getText().contains("Liên đoàn Lao động"));
        browser.signOut();

        // The provincial federation decides with its decision.
        browser.signIn("canbo.nganh", PASSWORD);
        browser.open(awardUrl);
        browser.find("#actionsForm\\:decideAward").click();
        type("#decideForm\\:decisionNo", DECISION);
        type("#decideForm\\:signer", "Nguyễn Văn Thành");
        browser.find("#decideForm\\:confirmDecide").click();
        browser.waitUntil(d -> browser.find("#awardStatus").getText().contains("Đã khen thưởng"));
        assertTrue(browser.find("#awardDecisionNo").getText().contains(DECISION));
        assertTrue(browser.find("#history").getText().contains("Đồng ý, trình cấp trên"));
        browser.screenshot("award-decided");

        // The register finds it by the name typed without diacritics.
        browser.open("/emulation/register.xhtml");
        type("#registerForm\\:search", TextNormalizer.withoutMarks(teacher).replace('Đ', 'D').replace('đ', 'd'));
        browser.awaitAjax();
        browser.waitUntil(d -> browser.find("#registerForm\\:awards").getText().contains(DECISION));
        browser.signOut();

        // The teacher sees it among their own awards.
        browser.signIn("doanvien", PASSWORD);
        browser.open("/emulation/mine.xhtml");
        String mine = browser.find("#myAwards").getText();
        assertTrue(mine.contains(BK) && mine.contains(DECISION), mine);
        browser.screenshot("award-mine");
        browser.signOut();

        // The year's targets count it: the province's "Bằng khen from the province up" target rose by one.
        browser.signIn("lanhdao.tinh", PASSWORD);
        assertEquals(grantedBefore + 1, higherAwardsTargetActual(), "the targets page did not count the award");
        browser.screenshot("award-targets");
    }

    private static String currentSchoolYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int first = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return first + "–" + (first + 1);
    }

    /** The computed value of the province's term target "14 tập thể, cá nhân được Bằng khen … từ cấp tỉnh trở lên". */
    private int higherAwardsTargetActual() {
        browser.open("/emulation/targets.xhtml");
        browser.waitUntil(d -> browser.has("#targetSummary"));
        // The page opens on the last finished year; the award belongs to the year in progress.
        browser.choose("#planForm0\\:year", CURRENT_YEAR);
        browser.awaitAjax();
        browser.waitUntil(d -> browser.find("#targetSummary").getText().contains(CURRENT_YEAR));
        WebElement row = browser.all("[id$='targets'] tbody tr").stream()
                .filter(r -> r.getText().contains("được Bằng khen, Cờ thi đua từ cấp tỉnh")).findFirst().orElseThrow();
        String actual = row.findElement(By.cssSelector(".target-actual-value")).getText();
        return Integer.parseInt(actual.replaceAll("[^0-9]", ""));
    }

    /** Types into a field, again if an ajax update replaced it meanwhile (the type picker re-renders the form). */
    private void type(String css, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                typeOnce(css, text);
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
                browser.awaitAjax();
            }
        }
    }

    private void typeOnce(String css, String text) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
        if (!css.endsWith("_input")) {
            input.sendKeys(Keys.TAB);
        }
    }
}
