package vn.congdoan.intranet.news;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventProcessor;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy of article bodies (OWASP Java HTML Sanitizer), applied whenever a body is saved, so what is
 * stored can be rendered unescaped: paragraphs, headings h2/h3, bold, italic, underline, strike, lists, quotes,
 * simple tables, links to http/https/mailto (opened in a new tab with {@code rel="nofollow noopener"}) and the
 * app's own photos as {@code <figure class="news-photo"><img src="/news/image?id=ID" alt="…"><figcaption>…}.
 * No script, no event handler, no style, no other URL scheme, no image from elsewhere survives.
 *
 * <p>Besides the policy: the plain text of a body (for the folded search column), the HTML of one photo, and the
 * split of a stored body into its text and its photos (for the editor, which cannot hold figures).
 */
public final class ArticleSanitizer {

    /** The image URL the policy accepts: the photo servlet, optionally under one context-path segment. */
    static final Pattern IMAGE_SRC = Pattern.compile("^(?:/[A-Za-z0-9._-]+)?/news/image\\?id=(\\d+)$");
    /** An image reference in sanitized output, where '=' may be written as an entity. */
    private static final Pattern IMAGE_REFERENCE = Pattern.compile("/news/image\\?id(?:=|&#61;|&#x3d;)(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^[1-9][0-9]?$");
    private static final String PHOTO_CLASS = "news-photo";
    private static final Set<String> BLOCKS = Set.of("p", "br", "h2", "h3", "li", "blockquote", "figure",
            "figcaption", "tr", "td", "th", "table", "ul", "ol", "caption", "div", "h1", "h4");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .withPreprocessor(new QuillLists())
            .allowElements("p", "br", "strong", "em", "u", "s", "h2", "h3", "ul", "ol", "li", "blockquote",
                    "figcaption", "table", "caption", "thead", "tbody", "tr", "th", "td")
            .allowElements((name, attrs) -> "b".equals(name) ? "strong" : "em", "b", "i")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            // A link always opens in a new tab, and tells neither the target page about us nor search engines.
            .allowElements(ArticleSanitizer::link, "a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowElements("figure")
            .allowAttributes("class").matching(true, PHOTO_CLASS).onElements("figure")
            .allowElements(ArticleSanitizer::image, "img")
            .allowAttributes("src").matching(IMAGE_SRC).onElements("img")
            .allowAttributes("alt").onElements("img")
            .toFactory();

    /** The safe HTML of a body: everything outside the policy removed (text kept, markup dropped). */
    public String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The text of a body as a reader sees it, blocks separated by spaces, entities decoded (for search). */
    public String plainText(String html) {
        StringBuilder text = new StringBuilder();
        if (html != null) {
            HtmlSanitizer.sanitize(html, new TextCollector(text));
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The HTML of one photo with its caption; the caption is plain text, escaped here. */
    public String figure(long imageId, String caption) {
        String text = caption == null ? "" : caption.strip();
        StringBuilder html = new StringBuilder("<figure class=\"news-photo\"><img src=\"/news/image?id=")
                .append(imageId).append("\" alt=\"").append(escape(text)).append("\">");
        if (!text.isEmpty()) {
            html.append("<figcaption>").append(escape(text)).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    /** The ids of the app's photos a (sanitized) body shows, in order. */
    public Set<Long> imageIds(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = IMAGE_REFERENCE.matcher(html == null ? "" : html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** A body taken apart for the editor: the HTML without the photos, and the photos with their captions. */
    public Split split(String html) {
        StringBuilder text = new StringBuilder();
        List<Photo> photos = new ArrayList<>();
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(text, Handler.DO_NOTHING);
        renderer.openDocument();
        HtmlSanitizer.sanitize(sanitize(html), new PhotoSplitter(renderer, photos));
        renderer.closeDocument();
        return new Split(text.toString(), photos);
    }

    /** A photo of a body: the image id and its caption as plain text. */
    public record Photo(long imageId, String caption) {
    }

    /** A body without its photos, and the photos. */
    public record Split(String textHtml, List<Photo> photos) {
    }

    private static String link(String name, List<String> attrs) {
        int href = attrs.indexOf("href");
        if (href < 0 || href % 2 != 0) {
            return null; // an anchor without a usable address is just its text
        }
        attrs.add("target");
        attrs.add("_blank");
        attrs.add("rel");
        attrs.add("nofollow noopener noreferrer");
        return name;
    }

    private static String image(String name, List<String> attrs) {
        int src = attrs.indexOf("src");
        return src >= 0 && src % 2 == 0 ? name : null; // an image whose address was refused is dropped whole
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    /**
     * Quill 2 writes every list as {@code <ol>} with {@code data-list="bullet"} or {@code "ordered"} on each item;
     * this turns each run of items into the list element it means, before the policy drops the attribute.
     */
    private static final class QuillLists implements HtmlStreamEventProcessor {

        @Override
        public HtmlStreamEventReceiver wrap(HtmlStreamEventReceiver sink) {
            return new HtmlStreamEventReceiver() {
                private final Deque<String[]> lists = new ArrayDeque<>(); // {declared, current or null}

                @Override
                public void openDocument() {
                    sink.openDocument();
                }

                @Override
                public void closeDocument() {
                    sink.closeDocument();
                }

                @Override
                public void openTag(String name, List<String> attrs) {
                    if ("ol".equals(name) || "ul".equals(name)) {
                        flushPending();
                        lists.push(new String[] {name, null});
                        return;
                    }
                    if ("li".equals(name) && !lists.isEmpty()) {
                        String[] list = lists.peek();
                        String kind = kind(attrs, list[0]);
                        if (list[1] == null) {
                            sink.openTag(kind, new ArrayList<>());
                        } else if (!list[1].equals(kind)) {
                            sink.closeTag(list[1]);
                            sink.openTag(kind, new ArrayList<>());
                        }
                        list[1] = kind;
                    } else {
                        flushPending();
                    }
                    sink.openTag(name, attrs);
                }

                @Override
                public void closeTag(String name) {
                    if (("ol".equals(name) || "ul".equals(name)) && !lists.isEmpty()) {
                        String[] list = lists.pop();
                        if (list[1] != null) {
                            sink.closeTag(list[1]);
                        }
                        return;
                    }
                    sink.closeTag(name);
                }

                @Override
                public void text(String text) {
                    if (!text.isBlank()) {
                        flushPending();
                    }
                    sink.text(text);
                }

                private void flushPending() {
                    if (!lists.isEmpty() && lists.peek()[1] == null) {
                        String[] list = lists.peek();
                        list[1] = list[0];
                        sink.openTag(list[0], new ArrayList<>());
                    }
                }

                private String kind(List<String> attrs, String declared) {
                    for (int i = 0; i + 1 < attrs.size(); i += 2) {
                        if ("data-list".equals(attrs.get(i))) {
                            String value = attrs.get(i + 1).toLowerCase(Locale.ROOT);
                            return "ordered".equals(value) ? "ol" : "ul";
                        }
                    }
                    return declared;
                }
            };
        }
    }

    /** Collects the text of a body, a space at each block boundary. */
    private static final class TextCollector implements HtmlSanitizer.Policy {

        private final StringBuilder text;
        private int skipped;

        TextCollector(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if ("script".equals(name) || "style".equals(name)) {
                skipped++;
            }
            if (BLOCKS.contains(name)) {
                text.append(' ');
            }
        }

        @Override
        public void closeTag(String name) {
            if (("script".equals(name) || "style".equals(name)) && skipped > 0) {
                skipped--;
            }
            if (BLOCKS.contains(name)) {
                text.append(' ');
            }
        }

        @Override
        public void text(String chunk) {
            if (skipped == 0) {
                text.append(chunk);
            }
        }
    }

    /** Passes a sanitized body through, except its photos, which it collects. */
    private static final class PhotoSplitter implements HtmlSanitizer.Policy {

        private final HtmlStreamEventReceiver out;
        private final List<Photo> photos;
        private int depth; // > 0 inside a photo
        private Long imageId;
        private StringBuilder caption;

        PhotoSplitter(HtmlStreamEventReceiver out, List<Photo> photos) {
            this.out = out;
            this.photos = photos;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if (depth == 0 && "figure".equals(name) && attrs.contains(PHOTO_CLASS)) {
                depth = 1;
                imageId = null;
                caption = new StringBuilder();
                return;
            }
            if (depth > 0) {
                if ("img".equals(name)) {
                    int src = attrs.indexOf("src");
                    Matcher matcher = src >= 0 ? IMAGE_SRC.matcher(attrs.get(src + 1)) : null;
                    if (matcher != null && matcher.matches()) {
                        imageId = Long.parseLong(matcher.group(1));
                    }
                } else if (!"br".equals(name)) {
                    depth++;
                }
                return;
            }
            out.openTag(name, attrs);
        }

        @Override
        public void closeTag(String name) {
            if (depth > 0) {
                if ("img".equals(name) || "br".equals(name)) {
                    return;
                }
                depth--;
                if (depth == 0 && imageId != null) {
                    photos.add(new Photo(imageId, caption.toString().strip()));
                }
                return;
            }
            out.closeTag(name);
        }

        @Override
        public void text(String chunk) {
            if (depth > 0) {
                caption.append(chunk);
            } else {
                out.text(chunk);
            }
        }
    }
}
