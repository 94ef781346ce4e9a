package vn.congdoan.intranet.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the body policy lets through: the editor's and the photos' markup yes, anything that runs code no. */
class ArticleSanitizerTest {

    private final ArticleSanitizer sanitizer = new ArticleSanitizer();

    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"/news/image?id=1\" onerror=\"alert(1)\">",
                "<svg onload=alert(1)><circle r=10/></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;script:alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"java&#10;script:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<p style=\"width: expression(alert(1))\">x</p>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<div style=\"background-image: url('javascript:alert(1)')\">x</div>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<math href=\"javascript:alert(1)\">x</math>",
                "<p title=\"\"><img src=x onerror=alert(1)>\">x</p>",
                "<img alt=\"\\\" onerror=alert(1) x=\\\"\" src=\"/news/image?id=1\">",
                "<a href=\"/news/image?id=1\" onclick=\"alert(1)\">x</a>",
                "<img src=\"https://evil.example/news/image?id=1\">",
                "<img src=\"//evil.example/news/image?id=1\">",
                "<img src=\"/news/image?id=1&x=<script>\">",
                "<!--<script>alert(1)</script>-->",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<base href=\"javascript:alert(1)//\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=\"import\" href=\"https://evil.example/x.html\">",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<a href=\"http://ok.example\" onmouseover=\"alert(1)\">x</a>",
                "<figure class=\"news-photo\" onclick=\"alert(1)\"><img src=\"/news/image?id=2\" alt=\"a\"></figure>",
                "<p><style>@import 'javascript:alert(1)';</style></p>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingThatRunsCodeSurvives(String payload) {
        String safe = sanitizer.sanitize("<p>Trước</p>" + payload + "<p>Sau</p>").toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("<script", "onerror", "onload", "onclick", "onmouseover", "ontoggle",
                "javascript:", "vbscript:", "data:", "<iframe", "<object", "<embed", "<form", "<svg", "<math",
                "<base", "<meta", "<link", "<style", "style=", "srcdoc", "expression(", "evil.example", "<body")) {
            assertFalse(safe.contains(forbidden), () -> forbidden + " survived in " + safe);
        }
        assertTrue(safe.contains("<p>trước</p>") && safe.contains("<p>sau</p>"), safe);
    }

    @Test
    void theEditorsMarkupAndThePhotosSurvive() {
        String body = "<h2>Tiêu đề phụ</h2><h3>Mục nhỏ</h3><p>Đoạn <strong>đậm</strong>, <em>nghiêng</em>, "
                + "<u>gạch dưới</u>, <s>gạch ngang</s>.<br></p><ul><li>Một</li></ul><ol><li>Hai</li></ol>"
                + "<blockquote>Trích dẫn</blockquote>"
                + "<p><a href=\"https://congdoan.vn/bai-viet\">liên kết</a> <a href=\"mailto:cd@example.vn\">thư</a></p>"
                + "<table><tbody><tr><th>Đơn vị</th><td colspan=\"2\">12</td></tr></tbody></table>"
                + sanitizer.figure(42, "Đoàn viên nhận quà Tết \"2026\"");
        String safe = sanitizer.sanitize(body);
        for (String kept : List.of("<h2>Tiêu đề phụ</h2>", "<h3>Mục nhỏ</h3>", "<strong>đậm</strong>",
                "<em>nghiêng</em>", "<u>gạch dưới</u>", "<s>gạch ngang</s>", "<br />", "<ul><li>Một</li></ul>",
                "<ol><li>Hai</li></ol>", "<blockquote>Trích dẫn</blockquote>", "<th>Đơn vị</th>", "colspan=\"2\"",
                "<figure class=\"news-photo\">", "<figcaption>Đoàn viên nhận quà Tết &#34;2026&#34;</figcaption>")) {
            assertTrue(safe.contains(kept), () -> kept + " lost in " + safe);
        }
        assertTrue(safe.contains("<img src=\"/news/image?id&#61;42\""), safe);
        assertTrue(safe.contains("href=\"https://congdoan.vn/bai-viet\" target=\"_blank\" rel=\"nofollow noopener"),
                safe);
        assertTrue(safe.contains("href=\"mailto:cd&#64;example.vn\""), safe);
        assertEquals(safe, sanitizer.sanitize(safe), "sanitizing twice changes the body");
    }

    @Test
    void quillListsBecomeTheListsTheyMean() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>A</li>"
                + "<li data-list=\"bullet\">B</li><li data-list=\"ordered\">C</li></ol>";
        assertEquals("<ul><li>A</li><li>B</li></ul><ol><li>C</li></ol>", sanitizer.sanitize(quill));
    }

    @Test
    void theContextPathMayPrefixThePhotoAddress() {
        assertTrue(sanitizer.sanitize("<img src=\"/intranet/news/image?id=7\" alt=\"\">").contains("<img"));
        assertFalse(sanitizer.sanitize("<img src=\"/a/b/news/image?id=7\">").contains("<img"));
        assertFalse(sanitizer.sanitize("<img src=\"/news/image?id=7x\">").contains("<img"));
    }

    @Test
    void plainTextDecodesEntitiesAndSeparatesBlocks() {
        assertEquals("Hội nghị \"viên chức\" năm 2026 Phát biểu A & B",
                sanitizer.plainText("<h2>Hội nghị &#34;viên chức&#34;</h2><p>năm 2026</p><script>x()</script>"
                        + "<ul><li>Phát biểu</li><li>A &amp; B</li></ul>"));
    }

    @Test
    void aBodyIsSplitIntoItsTextAndItsPhotosForTheEditor() {
        String body = sanitizer.sanitize("<p>Mở đầu</p>" + sanitizer.figure(5, "Ảnh <một> & \"hai\"")
                + sanitizer.figure(9, ""));
        ArticleSanitizer.Split split = sanitizer.split(body);
        assertEquals("<p>Mở đầu</p>", split.textHtml());
        assertEquals(List.of(new ArticleSanitizer.Photo(5, "Ảnh <một> & \"hai\""), new ArticleSanitizer.Photo(9, "")),
                split.photos());
        assertEquals(Set.of(5L, 9L), sanitizer.imageIds(body));
    }
}
