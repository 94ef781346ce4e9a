package vn.congdoan.intranet.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the few actions the tests need: open a page, sign in, wait for
 * PrimeFaces ajax, and keep a screenshot of every page looked at (target/screenshots) for a human to review.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1366,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(PayaraMicroServer.baseUrl() + path);
        return this;
    }

    /** Signs in through the form and waits for the page after it. */
    public Browser signIn(String username, String password) {
        open("/login.xhtml");
        submitLogin(username, password);
        return this;
    }

    public void submitLogin(String username, String password) {
        WebElement user = driver.findElement(By.id("loginForm:username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#loginForm\\:password input, input#loginForm\\:password"));
        pass.clear();
        pass.sendKeys(password);
        WebElement button = driver.findElement(By.id("loginForm:loginButton"));
        button.click();
        awaitGone(button);
    }

    public void signOut() {
        WebElement button = driver.findElement(By.id("userBar:logout"));
        button.click();
        awaitGone(button);
    }

    /**
     * Waits until the element left the page. While the next page loads, Chromium may answer "node does not belong
     * to the document" instead of "stale element": both mean the old page is gone.
     */
    private void awaitGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * The page's visible text. Read through JavaScript rather than a body element reference, because a reference
     * taken while an ajax update or a navigation replaces the body fails ("node does not belong to the document").
     */
    public String text() {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    public String title() {
        return driver.getTitle();
    }

    public boolean has(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits until PrimeFaces has no ajax request in flight and jQuery animations are done. */
    public void awaitAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);"));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /**
     * Picks the option with this label of a PrimeFaces select menu and waits until the menu shows it and its panel
     * has closed. On a busy machine a click can land while the panel is still opening, so the pick is retried.
     */
    public void choose(String menuCss, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            find(menuCss).click();
            find(menuCss + "_items li[data-label='" + label + "']").click();
            try {
                waitUntil(d -> find(menuCss + "_label").getText().equals(label)
                        && !driver.findElement(org.openqa.selenium.By.cssSelector(menuCss + "_panel")).isDisplayed());
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the panel was not open yet, or is still closing: try again
            }
        }
        throw new AssertionError("could not choose " + label + " in " + menuCss);
    }

    /** Saves a screenshot as target/screenshots/name.png. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
