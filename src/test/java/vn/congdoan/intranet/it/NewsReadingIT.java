package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A member reads the news: the home page's banner and newest articles with photos, an article with its time and
 * counter, a search typed without accents; and another school's unit-only article, opened by its id, is not found.
 */
@ExtendWith(PayaraMicroServer.class)
class NewsReadingIT {

    static final String PASSWORD = "Demo@2026";
    /** The unit-only article of canbo.coso2's school (demo/news-articles.txt). */
    static final String OTHER_SCHOOL_ONLY = "chi hội nữ công gây quỹ";

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
    void aMemberReadsTheNewsAndCannotOpenAnotherSchoolsArticle() {
        // the id of canbo.coso2's unit-only article, as its own officer finds it
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open("/news/search.xhtml?q=" + "chi hoi nu cong gay quy".replace(' ', '+'));
        String hidden = browser.find(".news-result-title a").getAttribute("href");
        assertTrue(browser.text().toLowerCase().contains(OTHER_SCHOOL_ONLY), browser.text());
        browser.signOut();

        browser.signIn("doanvien", PASSWORD);
        assertTrue(browser.has("#newsBanner .banner-slide"), "the featured banner");
        assertTrue(browser.has("#bannerPause"), "the banner can be paused");
        List<WebElement> latest = browser.all("#newsLatest .news-item-link");
        assertTrue(latest.size() >= 4, "newest articles");
        assertTrue(browser.all("#newsLatest img.news-thumb").stream()
                .allMatch(img -> img.getAttribute("src").matches(".*/news/image\\?id=\\d+")
                        && "lazy".equals(img.getAttribute("loading")) && img.getAttribute("width") != null));
        assertFalse(browser.all("#newsCategories .news-block").isEmpty(), "blocks by category");
        browser.screenshot("news-home-doanvien");

        latest.get(0).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/news/article.xhtml?id="));
        String article = browser.text();
        assertTrue(article.matches("(?s).*Cập nhật lúc \\d\\d:\\d\\d - \\d\\d/\\d\\d/\\d{4} \\(GMT \\+07:00\\).*"),
                article);
        assertTrue(browser.find("#articleViews").getText().matches("[\\d.]+ lượt xem"),
                browser.find("#articleViews").getText());
        assertTrue(browser.all("#otherNews .news-item").size() >= 5, "Tin tức khác");
        browser.screenshot("news-article");

        browser.open("/news/search.xhtml");
        browser.find("#searchForm\\:text").sendKeys("cong doan");
        browser.find("#searchForm\\:searchButton").click();
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".news-result")).isEmpty());
        assertTrue(browser.all(".news-result").size() >= 5);
        assertTrue(browser.all(".news-result-title mark").stream()
                .anyMatch(mark -> mark.getText().equalsIgnoreCase("công đoàn")), "accented words marked");
        browser.screenshot("news-search");

        browser.driver().get(hidden);
        assertTrue(browser.text().contains("Không tìm thấy"), browser.text());
        assertFalse(browser.text().toLowerCase().contains(OTHER_SCHOOL_ONLY));
    }
}
