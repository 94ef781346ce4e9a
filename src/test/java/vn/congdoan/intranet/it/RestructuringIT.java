package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provincial leader merges two kindergartens of the third district: a refusal at the field first, then the
 * preview, then the applied operation in the record. Uses units no other browser test relies on.
 */
@ExtendWith(PayaraMicroServer.class)
class RestructuringIT {

    private static final String SOURCE = "Công đoàn Trường Mầm non Sơn Ca số 3";
    private static final String TARGET = "Công đoàn Trường Mầm non Hoa Sen số 3";

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        browser.signIn("lanhdao.tinh", PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mergesTwoSchoolsAfterAPreview() {
        browser.open("/restructuring/index.xhtml");
        browser.screenshot("restructuring-form");

        choose("target", "hoa sen so 3", TARGET);
        browser.find("#restructuringForm\\:preview").click();
        browser.waitUntil(d -> browser.text().contains("Cần chọn ít nhất một đơn vị để hợp nhất."));
        assertTrue(browser.has("#restructuringForm\\:sources ~ .ui-message-error, .field .ui-message-error"),
                "the refusal is not shown at the field");
        assertFalse(browser.has("#restructuringForm\\:apply"), "a refused request must not offer to apply");

        choose("sources", "son ca so 3", SOURCE);
        browser.find("#restructuringForm\\:decisionRef").sendKeys("15/QĐ-LĐLĐ");
        browser.find("#restructuringForm\\:preview").click();
        browser.waitUntil(d -> browser.has("#restructuringForm\\:apply"));
        String preview = browser.find("#restructuringForm\\:plan").getText();
        assertTrue(preview.contains("đoàn viên của " + SOURCE + " chuyển sang " + TARGET), preview);
        assertTrue(preview.contains(SOURCE + " kết thúc hoạt động từ ngày"), preview);
        browser.screenshot("restructuring-preview");

        browser.find("#restructuringForm\\:apply").click();
        browser.find(".ui-confirmdialog-yes").click();
        browser.waitUntil(d -> browser.text().contains("Đã áp dụng: Hợp nhất"));
        browser.waitUntil(d -> browser.find("#historyForm\\:history").getText().contains("15/QĐ-LĐLĐ"));
        assertTrue(browser.find("#historyForm\\:history").getText().contains(SOURCE));
        assertFalse(browser.has("#restructuringForm\\:apply"), "the applied preview is still offered");
        browser.screenshot("restructuring-applied");

        browser.open("/restructuring/index.xhtml");
        browser.find("#restructuringForm\\:sources_input").sendKeys("son ca");
        browser.waitUntil(d -> browser.has("#restructuringForm\\:sources_panel li.ui-autocomplete-item"));
        assertTrue(browser.all("#restructuringForm\\:sources_panel li.ui-autocomplete-item").stream()
                .noneMatch(item -> item.getText().equals(SOURCE)), "an ended unit is still offered");
    }

    @Test
    void previewsADissolutionGroupByGroup() {
        browser.open("/restructuring/index.xhtml");
        browser.all("#restructuringForm\\:kind .ui-button").stream()
                .filter(b -> b.getText().equals("Giải thể")).findFirst().orElseThrow().click();
        browser.awaitAjax();
        choose("unit", "hoa mai so 3", "Công đoàn Trường Mầm non Hoa Mai số 3");
        browser.waitUntil(d -> browser.has("#restructuringForm\\:groups"));
        assertTrue(browser.find("#restructuringForm\\:groups").getText().contains("Giáo viên"));

        browser.find("#restructuringForm\\:groups\\:0\\:destination_input").sendKeys("hoa sen so 3");
        browser.waitUntil(d -> browser.has("#restructuringForm\\:groups\\:0\\:destination_panel li"
                + ".ui-autocomplete-item"));
        browser.find("#restructuringForm\\:groups\\:0\\:destination_panel li.ui-autocomplete-item").click();
        browser.awaitAjax();
        browser.find("#restructuringForm\\:preview").click();
        browser.waitUntil(d -> browser.has("#restructuringForm\\:apply"));
        String preview = browser.find("#restructuringForm\\:plan").getText();
        assertTrue(preview.contains("chuyển sang Công đoàn Trường Mầm non Hoa Sen số 3"), preview);
        assertTrue(preview.contains("thôi sinh hoạt do Công đoàn Trường Mầm non Hoa Mai số 3 giải thể"), preview);
        browser.screenshot("restructuring-dissolve-preview");
    }

    /** Types into a unit picker and picks the item with the given text (or only opens the list when it is null). */
    private void choose(String picker, String typed, String choice) {
        browser.find("#restructuringForm\\:" + picker + "_input").sendKeys(typed);
        browser.waitUntil(d -> browser.has("#restructuringForm\\:" + picker + "_panel li"));
        if (choice != null) {
            // the list may still be the one of the first letters typed: wait for the item itself
            browser.waitUntil(d -> browser.all("#restructuringForm\\:" + picker + "_panel li.ui-autocomplete-item")
                    .stream().anyMatch(item -> item.getText().equals(choice)));
            browser.all("#restructuringForm\\:" + picker + "_panel li.ui-autocomplete-item").stream()
                    .filter(item -> item.getText().equals(choice)).findFirst().orElseThrow().click();
            browser.awaitAjax();
        }
    }
}
