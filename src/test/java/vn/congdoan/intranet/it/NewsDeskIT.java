package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An article from the school to the ward and onto the news, through the UI: canbo.coso writes it (an empty title is
 * refused at the field, nothing typed lost), adds a photo with a caption, saves and submits it; canbo.huyen finds it
 * among the articles waiting for approval and returns it with a comment; canbo.coso sees the comment, revises and
 * resubmits; canbo.huyen publishes it. Another school cannot open it on the desk.
 */
@ExtendWith(PayaraMicroServer.class)
class NewsDeskIT {

    private static final String WARD = "Công đoàn phường Bắc Bình Sơn";
    private static final String TITLE = "Hội thi cắm hoa chào mừng ngày Nhà giáo Việt Nam";
    private static final String CAPTION = "Các tổ công đoàn trưng bày tác phẩm dự thi";
    private static final String COMMENT = "Đề nghị ghi rõ thời gian, địa điểm và kết quả hội thi.";

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
    void anArticleIsWrittenSubmittedReturnedRevisedPublishedAndRead() throws IOException {
        try {
            story();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("news-desk-failure");
            throw failure;
        }
    }

    private void story() throws IOException {
        // The school writes; an empty title is refused at its field and nothing typed is lost.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/news/desk/index.xhtml");
        browser.screenshot("news-desk-list-school");
        browser.find("#deskToolbar\\:newArticle").click();
        browser.find("#articleForm\\:title");
        browser.screenshot("news-edit-empty");
        type("#articleForm\\:lead", "Sáng 18/11, Công đoàn trường tổ chức hội thi cắm hoa với 8 tổ công đoàn tham gia.");
        browser.find("#articleForm\\:body .ql-editor").sendKeys("Hội thi diễn ra trong không khí vui tươi, phấn khởi.");
        chooseCategory("Nữ công");
        browser.find("#articleForm\\:saveDraft").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Hãy nhập tiêu đề."));
        assertTrue(browser.find("#articleForm .field .ui-message-error").getText().contains("Hãy nhập tiêu đề."),
                "message not at the title");
        assertTrue(value("#articleForm\\:lead").contains("8 tổ công đoàn"), "the lead was lost");
        assertTrue(browser.find("#articleForm\\:body .ql-editor").getText().contains("vui tươi"), "the body was lost");
        browser.screenshot("news-edit-field-error");

        type("#articleForm\\:title", TITLE);
        Path photo = Files.createTempFile("hoi-thi", ".jpg");
        ImageIO.write(photo(1800, 1200), "jpeg", photo.toFile());
        browser.driver().findElement(By.cssSelector("#articleForm\\:photo input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.find("#articleForm\\:pendingCaption").sendKeys(CAPTION);
        browser.find("#articleForm\\:insertPhoto").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.has("#photoList .photo-line"));
        assertTrue(imageLoaded("#photoList .photo-line img"), "the uploaded photo does not show");
        browser.screenshot("news-edit-photo");
        Files.deleteIfExists(photo);

        browser.find("#articleForm\\:saveDraft").click();
        browser.awaitAjax();
        browser.waitUntil(d -> browser.text().contains("Đã lưu nháp lúc"));
        browser.find("#articleForm\\:submitArticle").click();
        browser.find("#articleForm\\:confirmYes").click();
        browser.waitUntil(d -> browser.text().contains("Đã gửi bài cho " + WARD + " duyệt."));
        String articleId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(browser.find("#articleStatus").getText().contains("Chờ duyệt"));
        browser.signOut();

        // The ward finds it waiting and returns it with a comment.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/news/desk/index.xhtml");
        browser.all("#deskTabs ul[role=tablist] li").stream().filter(t -> t.getText().contains("Bài chờ duyệt"))
                .findFirst().orElseThrow().click();
        WebElement row = rowContaining("[id$='pendingArticles'] tbody tr", TITLE);
        assertTrue(row.getText().contains("Nguyễn Khuyến"), row.getText());
        browser.screenshot("news-desk-pending-ward");
        row.findElement(By.cssSelector("[id$='reviewArticle'] a, a[id$='reviewArticle']")).click();
        browser.find("#previewTitle");
        assertEquals(TITLE, browser.find("#previewTitle").getText());
        assertTrue(browser.find("#previewBody figcaption").getText().contains(CAPTION));
        assertTrue(imageLoaded("#previewBody figure.news-photo img"), "the photo does not show in the preview");
        assertTrue(browser.find("#audienceWords").getText().contains("Nguyễn Khuyến"));
        browser.screenshot("news-review-ward");
        browser.find("#actionsForm\\:returnArticle").click();
        browser.find("#returnForm\\:confirmReturn").click();
        browser.waitUntil(d -> browser.text().contains("Hãy ghi ý kiến để người viết biết cần sửa gì."));
        browser.find("#returnForm\\:returnComment").sendKeys(COMMENT);
        browser.find("#returnForm\\:confirmReturn").click();
        browser.waitUntil(d -> browser.text().contains("Đã trả lại bài"));
        assertTrue(browser.find("#articleStatus").getText().contains("Bị trả lại"));
        browser.signOut();

        // The school sees the comment, revises and resubmits.
        browser.signIn("canbo.coso", PASSWORD);
        browser.open("/news/desk/edit.xhtml?id=" + articleId);
        assertTrue(browser.find("#returnedBanner").getText().contains(COMMENT));
        assertTrue(browser.find("#returnedBanner").getText().contains(WARD));
        browser.screenshot("news-edit-returned");
        browser.find("#articleForm\\:body .ql-editor").sendKeys(Keys.END, " Ban giám khảo trao 3 giải.");
        browser.find("#articleForm\\:submitArticle").click();
        browser.find("#articleForm\\:confirmYes").click();
        browser.waitUntil(d -> browser.text().contains("Đã gửi bài cho " + WARD + " duyệt."));
        browser.signOut();

        // The ward publishes it.
        browser.signIn("canbo.huyen", PASSWORD);
        browser.open("/news/desk/review.xhtml?id=" + articleId);
        assertTrue(browser.find("#previewBody").getText().contains("Ban giám khảo trao 3 giải."));
        browser.find("#actionsForm\\:publishArticle").click();
        browser.find("#actionsForm\\:confirmYes").click();
        browser.waitUntil(d -> browser.text().contains("Đã đăng bài"));
        assertTrue(browser.find("#articleStatus").getText().contains("Đã đăng"));
        assertTrue(browser.find("#history").getText().contains("Trả lại"));
        browser.screenshot("news-review-published");
        browser.signOut();

        // A member of the school reads it, with its photo and caption, and finds it by typing without accents.
        browser.signIn("doanvien", PASSWORD);
        browser.open("/news/article.xhtml?id=" + articleId);
        assertTrue(browser.find("#articleTitle").getText().contains(TITLE), browser.find("#articleTitle").getText());
        assertTrue(browser.text().contains("Cập nhật lúc"), "no publication time");
        assertTrue(browser.text().contains("lượt xem"), "no view counter");
        assertTrue(browser.find("figure.news-photo figcaption").getText().contains(CAPTION));
        assertTrue(imageLoaded("figure.news-photo img"), "the photo did not load for the reader");
        browser.screenshot("news-article-member");
        browser.open("/news/search.xhtml");
        type("#searchForm\\:text", "hoi thi cam hoa");
        browser.find("#searchForm\\:searchButton").click();
        browser.waitUntil(d -> browser.text().contains(TITLE));
        browser.signOut();

        // Another school cannot open it on the desk, not even by its address.
        browser.signIn("canbo.coso2", PASSWORD);
        browser.open("/news/desk/edit.xhtml?id=" + articleId);
        assertTrue(browser.text().contains("Không có quyền truy cập"), "another school opened the editor");
    }

    private void chooseCategory(String name) {
        browser.choose("#articleForm\\:category", name);
    }

    private boolean imageLoaded(String css) {
        WebElement image = browser.find(css);
        browser.waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete;", image));
        Object width = ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalWidth;", image);
        return ((Number) width).intValue() > 0;
    }

    private WebElement rowContaining(String rows, String text) {
        browser.waitUntil(d -> browser.all(rows).stream().anyMatch(r -> r.getText().contains(text)));
        return browser.all(rows).stream().filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
    }

    private String value(String css) {
        return browser.find(css).getAttribute("value");
    }

    private void type(String css, String text) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
    }

    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xf7c948), width, height, new Color(0x0b5cab)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }
}
