package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Member welfare money and concerns through the UI: doanvien raises a concern on their page (an empty subject is
 * refused at the field); canbo.coso finds it among the school's concerns and answers it; doanvien reads the answer;
 * canbo.coso records income in the school's fund and the balance grows by exactly that; canbo.huyen opens the
 * ward's summary and downloads the Excel file, which holds no case description. canbo.coso2 never lists the concern.
 * Every page is also looked at 390 pixels wide.
 */
@ExtendWith(PayaraMicroServer.class)
class WelfareMoneyIT {

    private static final String SUBJECT = "Đề nghị hỗ trợ học phí cho con " + System.nanoTime() % 100_000;
    private static final String BODY = "Con tôi vừa đỗ đại học, gia đình còn khó khăn, mong công đoàn xem xét.";
    private static final String ANSWER = "Công đoàn sẽ trình hồ sơ hỗ trợ trong tuần này.";
    /** Words of the demo's case descriptions, which must never reach the leaders' export. */
    private static final List<String> PRIVATE = List.of("sốt xuất huyết", "gãy xương", "thuê nhà trọ", "tốc mái",
            "ruột thừa", "mẹ già bệnh nặng");

    private Browser browser;

    @TempDir
    Path dir;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aConcernIsAnsweredIncomeRaisesTheBalanceAndTheSummaryExportsNoPrivateText() throws IOException {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("welfare-money-failure");
            throw failure;
        }
    }

    private void story() throws IOException {
        // The member raises a concern; an empty subject is refused at its field, the text typed is kept.
        browser.signIn("doanvien", PASSWORD);
        browser.open("/welfare/mine.xhtml");
        assertTrue(browser.text().contains("Hỗ trợ đã nhận"), browser.text());
        assertTrue(browser.text().contains("Đã chi"), "doanvien's paid case");
        shots("welfare-mine");
        browser.find("#raiseForm\\:body").sendKeys(BODY);
        browser.find("#raiseForm\\:raiseConcern").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Hãy nhập tiêu đề."));
        assertEquals(BODY, browser.find("#raiseForm\\:body").getAttribute("value"));
        browser.find("#raiseForm\\:subject").sendKeys(SUBJECT);
        browser.find("#raiseForm\\:raiseConcern").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains(SUBJECT));
        assertTrue(browser.text().contains("Chờ trả lời"));
        browser.signOut();

        // Another school's officer never lists it.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open("/welfare/concerns.xhtml");
        assertFalse(browser.text().contains(SUBJECT), "another school listed the concern");
        browser.signOut();

        // The school's officer answers it.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/welfare/concerns.xhtml");
        WebElement row = rowContaining("#concernsForm\\:concerns tbody tr", SUBJECT);
        shots("welfare-concerns");
        row.findElement(By.cssSelector("[id$='answerConcern']")).click();
        browser.find("#answerForm\\:answer").sendKeys(ANSWER);
        browser.screenshot("welfare-concerns-answer");
        browser.find("#answerForm\\:sendAnswer").click();
        browser.awaitAjax();
        browser.waitUntil(d -> !d.findElement(By.id("answerDialog")).isDisplayed());
        browser.choose("#concernsForm\\:statusFilter", "Đã trả lời");
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains(ANSWER));

        // The fund: income raises the balance by exactly its amount; an empty amount is refused at its field.
        browser.open("/welfare/fund.xhtml");
        long before = money(browser.find("#fundBalance").getText());
        shots("welfare-fund");
        browser.find("#linesForm\\:addIncome").click();
        browser.find("#incomeForm\\:description").sendKeys("Ủng hộ của Hội cha mẹ học sinh");
        browser.find("#incomeForm\\:saveIncome").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Số tiền phải lớn hơn 0 ₫."));
        assertEquals("Ủng hộ của Hội cha mẹ học sinh", browser.find("#incomeForm\\:description").getAttribute("value"));
        WebElement amount = browser.find("#incomeForm\\:amount_input");
        amount.sendKeys("2500000");
        amount.sendKeys(Keys.TAB);
        browser.find("#incomeForm\\:saveIncome").click();
        browser.awaitAjax();
        browser.waitUntil(d -> money(browser.find("#fundBalance").getText()) == before + 2_500_000);
        assertTrue(browser.text().contains("Ủng hộ của Hội cha mẹ học sinh"));
        browser.screenshot("welfare-fund-income");
        browser.signOut();

        // The member reads the answer.
        browser.signIn("doanvien", PASSWORD);
        browser.open("/welfare/mine.xhtml");
        browser.waitUntil(d -> browser.text().contains(ANSWER));
        browser.signOut();

        // The ward's summary and its Excel file: figures, but no case's private description.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/welfare/summary.xhtml");
        assertTrue(browser.text().contains("Công đoàn Trường THCS Nguyễn Khuyến"), browser.text());
        assertTrue(browser.has("#kindChart canvas"), "no chart");
        shots("welfare-summary");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ((HasCdp) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.find("#exportForm\\:summaryXlsx").click();
        browser.waitUntil(d -> xlsxIn(downloads) != null);
        List<String> texts = cellTexts(xlsxIn(downloads));
        assertTrue(texts.contains("Công đoàn Trường THCS Nguyễn Khuyến"), texts.toString());
        assertTrue(texts.contains("Hồ sơ đã chi") || texts.stream().anyMatch(t -> t.startsWith("Tổng hợp chăm lo")));
        for (String word : PRIVATE) {
            assertTrue(texts.stream().noneMatch(t -> t.contains(word)), "private text in the export: " + word);
        }
        browser.open("/welfare/limits.xhtml");
        assertTrue(browser.text().contains("chỉ xem"), "the ward may not set limits");
        assertFalse(browser.has("[id$='editLimit']"));
        browser.signOut();

        browser.signIn("lanhdao.tinh", PASSWORD);
        browser.open("/welfare/limits.xhtml");
        assertTrue(browser.has("[id$='editLimit']"));
        shots("welfare-limits");
    }

    /** A screenshot at desktop width and one at a phone's 390 pixels. */
    private void shots(String name) {
        browser.screenshot(name);
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.awaitAjax();
        browser.screenshot(name + "-390");
        browser.driver().manage().window().setSize(desktop);
        browser.awaitAjax();
    }

    private WebElement rowContaining(String rowsCss, String text) {
        browser.waitUntil(d -> browser.all(rowsCss).stream().anyMatch(r -> r.getText().contains(text)));
        return browser.all(rowsCss).stream().filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
    }

    /** "12.500.000 ₫" → 12500000. */
    private static long money(String text) {
        String digits = text.replaceAll("[^0-9-]", "");
        return digits.isEmpty() ? Long.MIN_VALUE : Long.parseLong(digits);
    }

    private static Path xlsxIn(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> cellTexts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(cell.toString());
                    }
                }
            }
        }
        return texts;
    }
}
