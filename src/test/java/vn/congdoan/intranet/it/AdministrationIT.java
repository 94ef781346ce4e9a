package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator keeps the tree: creates a unit under a parent, and is told at the field when a code is taken. */
@ExtendWith(PayaraMicroServer.class)
class AdministrationIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        browser.signIn("admin", PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void createsAUnitUnderAParentAndRefusesATakenCodeAtTheField() {
        browser.open("/admin/units.xhtml");
        browser.screenshot("admin-units");

        openNewUnitDialog();
        fillUnit("Công đoàn Trường Mầm non Hoa Lan", "CDCS-IT-01");
        chooseParent("bac hoa lac", "Công đoàn xã Bắc Hòa Lạc");
        browser.screenshot("admin-unit-dialog");
        save();
        browser.waitUntil(d -> browser.text().contains("Đã lưu đơn vị"));

        browser.find("#unitsForm\\:units\\:globalFilter").sendKeys("mam non hoa lan");
        browser.waitUntil(d -> browser.all("#unitsForm\\:units tbody tr").size() == 1
                && browser.text().contains("Công đoàn Trường Mầm non Hoa Lan"));
        assertTrue(browser.text().contains("CĐ xã Bắc Hòa Lạc"), "parent not shown");

        openNewUnitDialog();
        fillUnit("Công đoàn Trường Mầm non Hoa Lan 2", "CDCS-IT-01");
        save();
        browser.waitUntil(d -> browser.text().contains("Mã đơn vị CDCS-IT-01 đã được dùng cho đơn vị khác."));
        assertTrue(browser.find("#unitDialog").isDisplayed(), "dialog closed, the typed data is lost");
        browser.screenshot("admin-unit-code-taken");
    }

    @Test
    void accountListShowsTheDemoAccounts() {
        browser.open("/admin/accounts.xhtml");
        assertTrue(browser.text().contains("canbo.huyen"));
        assertTrue(browser.text().contains("Cán bộ công đoàn cấp trên"));
        browser.screenshot("admin-accounts");
    }

    private void openNewUnitDialog() {
        browser.find("#unitsForm\\:newUnit").click();
        browser.awaitAjax();
        browser.find("#unitForm\\:name");
    }

    private void fillUnit(String name, String code) {
        WebElement nameInput = browser.find("#unitForm\\:name");
        nameInput.clear();
        nameInput.sendKeys(name);
        WebElement codeInput = browser.find("#unitForm\\:code");
        codeInput.clear();
        codeInput.sendKeys(code);
    }

    private void chooseParent(String typed, String choice) {
        browser.find("#unitForm\\:parent_input").sendKeys(typed);
        browser.find("#unitForm\\:parent_panel li.ui-autocomplete-item");
        browser.all("#unitForm\\:parent_panel li.ui-autocomplete-item").stream()
                .filter(item -> item.getText().equals(choice)).findFirst().orElseThrow().click();
        browser.awaitAjax();
    }

    private void save() {
        browser.driver().findElement(By.id("unitForm:saveUnit")).click();
        browser.awaitAjax();
    }
}
