package vn.congdoan.intranet.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A notification opens only a page of this application, whatever its stored link says. */
class NotificationOpenServletTest {

    @Test
    void followsTheLinksTheFeaturesStore() {
        assertEquals("/reports/view.xhtml?id=42", NotificationOpenServlet.target("/reports/view.xhtml?id=42"));
        assertEquals("/news/desk/review.xhtml?id=7", NotificationOpenServlet.target("/news/desk/review.xhtml?id=7"));
    }

    @Test
    void neverLeavesTheApplication() {
        for (String link : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example/",
                "/\t/evil.example/", "/\n/evil.example", "javascript:alert(1)", "/reports/view.xhtml?id=1\r\nX: y",
                "/news/../\\evil.example"}) {
            assertEquals("/index.xhtml", NotificationOpenServlet.target(link), String.valueOf(link));
        }
    }
}
