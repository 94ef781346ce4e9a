package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sign-in page in Vietnamese (and English), a clear message for a wrong password, lockout, sign-out. */
@ExtendWith(PayaraMicroServer.class)
class SignInIT {

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
    void aVisitorIsSentToTheVietnameseSignInPageAndCanSwitchToEnglish() {
        browser.open("/units/tree.xhtml");

        assertTrue(browser.currentUrl().contains("/login.xhtml"), browser.currentUrl());
        assertTrue(browser.title().startsWith("Đăng nhập"), browser.title());
        browser.screenshot("login");

        browser.find("#userBar\\:langEn").click();
        // the switch reloads the page: wait for the new title rather than read the old one
        browser.waitUntil(d -> browser.title().startsWith("Sign in"));
    }

    @Test
    void wrongPasswordGivesAClearMessageAndSignOutEndsTheSession() {
        browser.signIn("canbo.nganh", "khong-dung-1");
        assertTrue(browser.text().contains("Tên đăng nhập hoặc mật khẩu không đúng."));
        browser.screenshot("login-failed");

        browser.submitLogin("canbo.nganh", PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/index.xhtml"));
        browser.signOut();
        browser.open("/index.xhtml");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "still signed in after sign-out");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheAdministratorUnlocksIt() {
        for (int i = 0; i < 5; i++) {
            browser.signIn("canbo.coso2", "sai-mat-khau-" + i);
        }
        browser.signIn("canbo.coso2", PASSWORD);
        assertTrue(browser.text().contains("Tài khoản tạm khóa đến"), "locked account signed in");
        browser.screenshot("login-locked");

        browser.signIn("admin", PASSWORD);
        browser.open("/admin/accounts.xhtml");
        browser.find("#accountsForm\\:accounts\\:globalFilter").sendKeys("canbo.coso2");
        browser.waitUntil(d -> browser.all("#accountsForm\\:accounts tbody tr").size() == 1);
        browser.awaitAjax();
        assertTrue(browser.text().contains("Tạm khóa do sai mật khẩu"));
        browser.screenshot("admin-accounts-locked");
        browser.find("#accountsForm\\:accounts\\:0\\:unlockAccount").click();
        browser.awaitAjax();
        browser.waitUntil(d -> !browser.text().contains("Tạm khóa do sai mật khẩu"));
        browser.signOut();

        browser.signIn("canbo.coso2", PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/index.xhtml"), "unlocked account cannot sign in");
    }
}
