package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The year's classification and the targets, through the UI: canbo.coso proposes its union's title (too few points
 * for the title refused at the field) and its members' titles; canbo.huyen recognises a lower title with a comment
 * and the members as proposed; canbo.coso sees the decision; lanhdao.tinh reads the congress term's targets
 * ("x/9 chỉ tiêu đạt và vượt") and creates a year plan with a count target, evaluated at once.
 */
@ExtendWith(PayaraMicroServer.class)
class ClassificationTargetsIT {

    private static final String EXCELLENT = "Công đoàn cơ sở vững mạnh xuất sắc (≥ 90)";
    private static final String STRONG = "Công đoàn cơ sở vững mạnh";
    private static final String COMMENT = "Minh chứng phong trào chưa đủ cho mức xuất sắc.";

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
    void aSchoolProposesItsWardDecidesAndTheProvinceCountsTargets() {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("classification-failure");
            throw failure;
        }
    }

    private void story() {
        // The school proposes: 85 points are too few for the outstanding title.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/emulation/classification.xhtml");
        browser.choose("#proposalForm\\:title", EXCELLENT);
        type("#proposalForm\\:points_input", "85");
        type("#proposalForm\\:note", "Tự chấm theo hướng dẫn 1294.");
        click("#proposalForm\\:proposeUnit");
        browser.waitUntil(d -> browser.text().contains("cần ít nhất 90 điểm"));
        assertTrue(browser.find("#proposalForm .field .ui-message-error").getText().contains("cần ít nhất 90 điểm"),
                "the refusal stands at the points field");
        browser.screenshot("classification-school-refused");
        type("#proposalForm\\:points_input", "96");
        click("#proposalForm\\:proposeUnit");
        browser.waitUntil(d -> browser.text().contains("Đã gửi đề xuất xếp loại năm học 2026–2027."));

        // … and its members: the whole page as "hoàn thành tốt", the first one outstanding.
        browser.choose("#membersForm\\:members\\:bulkTitle", "Đoàn viên hoàn thành tốt nhiệm vụ");
        click("#membersForm\\:members\\:applyAll");
        browser.waitUntil(d -> browser.find("#membersForm\\:members\\:1\\:choice_label").getText()
                .equals("Đoàn viên hoàn thành tốt nhiệm vụ"));
        browser.choose("#membersForm\\:members\\:0\\:choice", "Đoàn viên công đoàn xuất sắc");
        click("#membersForm\\:saveMembers");
        browser.waitUntil(d -> browser.text().contains("Đã lưu đề xuất của 15 đoàn viên."));
        browser.screenshot("classification-school");
        browser.signOut();

        // The ward finds it among the proposals and recognises a lower title, then the members as proposed.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/emulation/classification.xhtml");
        browser.screenshot("classification-ward-list");
        browser.find("#proposalsForm\\:proposals\\:globalFilter").sendKeys("nguyen khuyen");
        browser.waitUntil(d -> browser.all("#proposalsForm\\:proposals_data > tr").size() == 1
                && browser.find("#proposalsForm\\:proposals_data").getText().contains("Nguyễn Khuyến"));
        browser.awaitAjax();
        click("#proposalsForm\\:proposals\\:0\\:openProposal");
        browser.waitUntil(d -> browser.has("#decisionForm\\:decideUnit"));
        assertTrue(browser.find("#selectedProposal").getText().contains("vững mạnh xuất sắc"));
        browser.choose("#decisionForm\\:decidedTitle", STRONG);
        type("#decisionForm\\:decisionNote", COMMENT);
        click("#decisionForm\\:decideUnit");
        browser.waitUntil(d -> browser.text().contains("Đã công nhận xếp loại của"));
        click("#decisionForm\\:decideMembers");
        browser.waitUntil(d -> browser.text().contains("Đã công nhận xếp loại của 15 đoàn viên."));
        browser.screenshot("classification-ward-decided");
        browser.signOut();

        // The school sees the decision and can no longer propose.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/emulation/classification.xhtml");
        assertEquals(STRONG, browser.find("#decidedTitle").getText());
        assertTrue(browser.text().contains(COMMENT));
        assertTrue(!browser.has("#proposalForm\\:proposeUnit"), "a decided year cannot be proposed again");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.screenshot("classification-school-decided-phone");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signOut();

        // The province reads its congress term's targets, each computed.
        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/emulation/targets.xhtml");
        String summary = browser.find("#targetSummary").getText();
        assertTrue(summary.matches("(?s)\\d+/9 chỉ tiêu đạt và vượt.*"), summary);
        assertEquals(9, browser.all("#targets_data > tr").size());
        String table = browser.find("#targets_data").getText();
        assertTrue(table.contains("Ít nhất 95% công đoàn cơ sở đạt vững mạnh trở lên"), table);
        assertTrue(table.matches("(?s).*\\d+,\\d+ % \\(\\d+/\\d+\\).*"), "a share shows its counts: " + table);
        browser.screenshot("targets-province");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.screenshot("targets-province-phone");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));

        // … and creates a year plan with a count target, evaluated at once.
        click("#planForm0\\:newPlan");
        browser.waitUntil(d -> browser.find("#planForm\\:planName").isDisplayed());
        type("#planForm\\:planName", "Chỉ tiêu khen thưởng năm học 2026–2027");
        click("#planForm\\:savePlan");
        browser.waitUntil(d -> browser.text().contains("Đã tạo kế hoạch"));
        click("#planForm0\\:addTarget");
        browser.waitUntil(d -> browser.find("#targetForm\\:label").isDisplayed());
        type("#targetForm\\:label", "Ít nhất 3 Bằng khen từ cấp tỉnh trở lên");
        browser.choose("#targetForm\\:awardMinTier", "Liên đoàn Lao động tỉnh");
        type("#targetForm\\:lowValue_input", "3");
        click("#targetForm\\:saveTarget");
        browser.waitUntil(d -> browser.text().contains("Đã thêm chỉ tiêu."));
        assertTrue(browser.find("#targetSummary").getText().matches("(?s)\\d+/1 chỉ tiêu đạt và vượt.*"));
        String row = browser.find("#targets_data").getText();
        assertTrue(row.contains("Ít nhất 3 Bằng khen từ cấp tỉnh trở lên") && row.contains("≥ 3"), row);
        browser.screenshot("targets-new-plan");
    }

    /** Clicks, retrying when a table's ajax refresh replaced the element between finding and clicking it. */
    private void click(String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement element = browser.find(css);
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                break;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 2) {
                    throw replaced;
                }
            }
        }
        browser.awaitAjax();
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
