package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.RESTRUCTURING_DAY;
import static vn.congdoan.intranet.bench.dataset.GenerationContext.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * The news of a province over five school years: articles of the federation, of the superior unions of the day
 * and of schools (which their superior publishes), with the events of their review.
 */
final class NewsGenerator {

    private final GenerationContext ctx;
    private final RowWriter out;
    private final LocalDate today;
    private final int lastYear;

    NewsGenerator(GenerationContext ctx) {
        this.ctx = ctx;
        this.out = ctx.out;
        this.today = ctx.today;
        this.lastYear = ctx.lastYear;
    }

    void declareTables() {
        out.table("news_article", "id", "version", "title", "lead_text", "body_html", "search_text", "category_id",
                "author_name", "author_unit_id", "source", "audience_unit_id", "include_below", "featured",
                "cover_image_id", "status", "created_by", "created_at", "updated_at", "submitted_at", "published_at",
                "published_by", "view_count");
        out.table("news_event", "id", "version", "article_id", "kind", "occurred_at", "actor", "actor_name",
                "actor_unit_id", "comment");
    }

    void generate(Province p) {
        Random r = p.random;
        int count = ctx.scale.newsPerProvince;
        LocalDate first = LocalDate.of(lastYear - 4, 9, 1);
        long span = today.toEpochDay() - first.toEpochDay();
        for (int i = 0; i < count; i++) {
            // in date order, so the newest articles have the highest ids as when they are written over time
            LocalDate day = first.plusDays(span * i / count + r.nextInt(Math.max(1, (int) (span / count))));
            if (!day.isBefore(today)) {
                day = today.minusDays(1);
            }
            int who = r.nextInt(100);
            Unit author;
            if (who < 35) {
                author = p.root;
            } else if (who < 60) {
                author = day.isBefore(RESTRUCTURING_DAY) ? (r.nextInt(5) == 0 ? p.sector
                        : p.districts.get(r.nextInt(p.districts.size()))) : p.communes.get(r.nextInt(p.communes.size()));
            } else {
                author = p.schools.get(r.nextInt(p.schools.size()));
            }
            boolean school = author.level.equals("GRASSROOTS_UNION");
            Unit publisher = school ? author.parentOn(day) : author;
            int roll = r.nextInt(100);
            boolean recent = today.toEpochDay() - day.toEpochDay() < 30;
            String status = recent && roll < 3 ? "DRAFT" : recent && roll < 8 && school ? "SUBMITTED"
                    : roll == 99 ? "UNPUBLISHED" : "PUBLISHED";
            int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
            String title = DatasetTexts.pick(r, DatasetTexts.NEWS_TITLES).replace("{0}", author.shortName)
                    .replace("{1}", title(day, year));
            String lead = DatasetTexts.pick(r, DatasetTexts.NEWS_LEADS).replace("{0}", author.shortName);
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            int paragraphs = 2 + r.nextInt(3);
            int start = r.nextInt(DatasetTexts.NEWS_PARAGRAPHS.length);
            for (int k = 0; k < paragraphs; k++) {
                String paragraph = DatasetTexts.NEWS_PARAGRAPHS[(start + k * 3) % DatasetTexts.NEWS_PARAGRAPHS.length];
                html.append("<p>").append(paragraph.replace("\"", "&#34;")).append("</p>");
                text.append(k == 0 ? "" : "\n").append(paragraph);
            }
            String byline = author.officerName + " – " + author.shortName;
            Instant created = at(r, day);
            Instant submitted = school && !status.equals("DRAFT") ? created.plusSeconds(1_800) : null;
            Instant published = status.equals("PUBLISHED") || status.equals("UNPUBLISHED")
                    ? created.plusSeconds(school ? 7_200 : 600) : null;
            long id = ctx.nextId();
            out.add("news_article", id, 0L, title, lead, html.toString(), ctx.fold(title + " " + lead + " " + text),
                    1 + r.nextInt(5), byline, author.id, null, author.id, !school, !school && r.nextInt(100) < 2,
                    null, status, author.officer, created, published != null ? published : created, submitted,
                    published, published == null ? null : publisher.officer,
                    published == null ? 0L : (long) r.nextInt(school ? 200 : 4_000));
            out.add("news_event", ctx.nextId(), 0L, id, "CREATED", created, author.officer, author.officerName,
                    author.id, null);
            if (submitted != null) {
                out.add("news_event", ctx.nextId(), 0L, id, "SUBMITTED", submitted, author.officer, author.officerName,
                        author.id, null);
            }
            if (published != null) {
                out.add("news_event", ctx.nextId(), 0L, id, "PUBLISHED", published, publisher.officer,
                        publisher.officerName, publisher.id, null);
            }
            if (status.equals("UNPUBLISHED")) {
                out.add("news_event", ctx.nextId(), 0L, id, "UNPUBLISHED", published.plusSeconds(86_400),
                        publisher.officer, publisher.officerName, publisher.id, "Thông tin đã cũ, gỡ theo đề nghị của đơn vị.");
            }
        }
    }

    private static String title(LocalDate day, int schoolYear) {
        return day.getMonthValue() <= 2 ? String.valueOf(day.getYear()) : schoolYear + "–" + (schoolYear + 1);
    }
}
