package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.congdoan.intranet.news.NewsArticle;
import vn.congdoan.intranet.news.NewsCategory;
import vn.congdoan.intranet.news.NewsEvent;
import vn.congdoan.intranet.news.NewsEventKind;
import vn.congdoan.intranet.news.NewsImage;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.shared.Formats;

/**
 * The demo's internal news: about seventy articles written for the demo (src/main/resources/demo/news-articles.txt)
 * from 2021 to a few days ago, by the province federation, the sector union and the district federations before the
 * 2025 reorganisation (under their names of the day), the commune unions after it and several schools; most for the
 * whole province, some for a branch, a few for one school only (one of canbo.coso2's school and one of a school in
 * another ward, which the audience tests use); a few featured; a submitted, a returned and a draft article on the
 * desk and one unpublished. Photos are drawn by {@link NewsDemoImages}: twenty illustrations, one image row per use.
 */
final class NewsDemoData {

    private static final long SEED = 20210128L;
    private static final String RESOURCE = "/demo/news-articles.txt";
    private static final Map<String, Color> COLOURS = Map.of(
            "UNION_ACTIVITIES", new Color(0xB7, 0x1C, 0x1C),
            "MEMBER_CARE", new Color(0x2E, 0x7D, 0x32),
            "EMULATION", new Color(0xB2, 0x6A, 0x00),
            "WOMEN", new Color(0xAD, 0x14, 0x57),
            "NOTICES", new Color(0x15, 0x65, 0xC0));
    private static final Map<String, String[]> SLOGANS = Map.of(
            "UNION_ACTIVITIES", new String[] {"HỘI NGHỊ VIÊN CHỨC", "THÁNG CÔNG NHÂN", "ĐẠI HỘI CÔNG ĐOÀN",
                "NGÀY HỘI ĐOÀN VIÊN"},
            "MEMBER_CARE", new String[] {"TẾT SUM VẦY", "MÁI ẤM CÔNG ĐOÀN", "TRAO HỌC BỔNG", "CHĂM LO ĐOÀN VIÊN"},
            "EMULATION", new String[] {"TÔN VINH NHÀ GIÁO", "LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO", "TỔNG KẾT THI ĐUA",
                "LỄ KHEN THƯỞNG"},
            "WOMEN", new String[] {"MỪNG NGÀY QUỐC TẾ PHỤ NỮ 8/3", "NGÀY HỘI NỮ CÔNG",
                "GIỎI VIỆC NƯỚC, ĐẢM VIỆC NHÀ", "MỪNG NGÀY 20/10"},
            "NOTICES", new String[] {"HỘI NGHỊ TRIỂN KHAI", "TẬP HUẤN CÁN BỘ", "HỘI NGHỊ QUÁN TRIỆT",
                "LÀM VIỆC VỚI CƠ SỞ"});
    private static final String CORRESPONDENT = "bientap.tinh";

    private final EntityManager em;
    private final Clock clock;
    private final Random random = new Random(SEED);
    private final Map<String, byte[]> pictures = new HashMap<>();
    private NewsDemoImages painter;

    NewsDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The units an article's header may name. Needs the reorganised tree and the demo accounts. */
    record Units(OrgUnit province, OrgUnit sector, List<OrgUnit> districts, List<OrgUnit> communes,
                 OrgUnit firstSchool, OrgUnit secondSchool) {
    }

    /** One article as the resource file writes it. */
    private record Story(String when, String category, String author, String audience, Set<String> flags,
                         String title, String lead, List<String[]> blocks, String byline, String source) {
    }

    /** The officer who writes for a unit, and the one who publishes what it submits. */
    private record Actor(String username, String name, OrgUnit unit) {
    }

    int create(Units units) {
        Map<String, NewsCategory> categories = new HashMap<>();
        em.createNamedQuery("NewsCategory.all", NewsCategory.class).getResultList()
                .forEach(c -> categories.put(c.getCode(), c));
        Map<String, OrgUnit> authors = authorUnits(units);
        List<Long> published = new ArrayList<>();
        List<Story> stories = read();
        for (Story story : stories) {
            NewsArticle article = write(story, authors.get(story.author()), categories.get(story.category()), units);
            if (article.getStatus() == vn.congdoan.intranet.news.ArticleStatus.PUBLISHED) {
                published.add(article.getId());
            }
        }
        em.flush();
        views(published, units.province().getId());
        em.flush();
        em.clear();
        return stories.size();
    }

    private Map<String, OrgUnit> authorUnits(Units units) {
        Map<String, OrgUnit> authors = new HashMap<>();
        authors.put("province", units.province());
        authors.put("sector", units.sector());
        for (int i = 0; i < units.districts().size(); i++) {
            authors.put("district" + i, units.districts().get(i));
        }
        for (int i = 0; i < units.communes().size(); i++) {
            authors.put("commune" + i, units.communes().get(i));
        }
        authors.put("school1", units.firstSchool());
        authors.put("school2", units.secondSchool());
        authors.put("schoolA", schoolsOf(units.communes().get(0)).stream()
                .filter(s -> !s.equals(units.firstSchool()) && !s.equals(units.secondSchool())
                        && s.getName().contains("Mầm non")).findFirst().orElseThrow());
        authors.put("otherSchool", schoolsOf(units.communes().get(2)).get(0));
        return authors;
    }

    private List<OrgUnit> schoolsOf(OrgUnit commune) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent = :parent AND u.active = TRUE"
                + " AND u.level.grassroots = TRUE ORDER BY u.id", OrgUnit.class).setParameter("parent", commune)
                .getResultList();
    }

    private NewsArticle write(Story story, OrgUnit unit, NewsCategory category, Units units) {
        Instant at = when(story.when());
        Actor writer = writer(unit, story.byline(), units);
        Actor publisher = publisher(unit, at, units, writer);
        Instant created = at.minus(Duration.ofHours(6 + random.nextInt(60)));
        NewsArticle article = new NewsArticle(unit, story.byline(), writer.username(), created);
        boolean wholeProvince = "all".equals(story.audience());
        OrgUnit audience = wholeProvince ? units.province() : unit;
        boolean below = !"unit".equals(story.audience());
        // the photos need the article's id and the body needs theirs: saved first without a body
        article.write(story.title(), story.lead(), "", "", category, story.source(), audience, below, created);
        em.persist(article);
        em.flush();

        List<Long> photos = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (String[] block : story.blocks()) {
            text.append(block[1]).append(' ');
            switch (block[0]) {
                case "P" -> html.append("<p>").append(escape(block[1])).append("</p>");
                case "H" -> html.append("<h2>").append(escape(block[1])).append("</h2>");
                default -> {
                    long image = image(story.category(), article.getId(), writer.username(), created);
                    photos.add(image);
                    html.append("<figure class=\"news-photo\"><img src=\"/news/image?id=").append(image)
                            .append("\" alt=\"").append(escape(block[1])).append("\" /><figcaption>")
                            .append(escape(block[1])).append("</figcaption></figure>");
                }
            }
        }
        article.write(story.title(), story.lead(), html.toString(), text.toString().trim(), category,
                story.source(), audience, below, created);
        article.setCoverImageId(photos.isEmpty() ? null : photos.get(0));
        article.setFeatured(story.flags().contains("featured"));
        event(article, NewsEventKind.CREATED, created, writer, null);

        boolean grassroots = unit.isGrassroots();
        Set<String> flags = story.flags();
        if (flags.contains("draft")) {
            return article;
        }
        Instant submitted = created.plus(Duration.ofHours(2));
        if (grassroots || flags.contains("submitted")) {
            article.submit(submitted);
            event(article, NewsEventKind.SUBMITTED, submitted, writer, null);
        }
        if (flags.contains("submitted")) {
            return article;
        }
        if (flags.contains("returned")) {
            Instant back = submitted.plus(Duration.ofHours(3));
            article.returnToWriter(back);
            event(article, NewsEventKind.RETURNED, back, publisher,
                    "Đề nghị bổ sung ảnh hoạt động và danh sách giáo viên tham gia hội thi.");
            return article;
        }
        article.publish(publisher.username(), at);
        event(article, NewsEventKind.PUBLISHED, at, publisher, null);
        if (flags.contains("unpublished")) {
            Instant off = at.plus(Duration.ofDays(2));
            article.unpublish(off);
            event(article, NewsEventKind.UNPUBLISHED, off, publisher,
                    "Thông báo đã có văn bản thay thế, gỡ để tránh nhầm lẫn.");
        }
        return article;
    }

    private void event(NewsArticle article, NewsEventKind kind, Instant at, Actor actor, String comment) {
        em.persist(new NewsEvent(article, kind, at, actor.username(), actor.name(), actor.unit(), comment));
    }

    /** The demo accounts write for their units; other units get an officer of their own name. */
    private Actor writer(OrgUnit unit, String byline, Units units) {
        if (unit.equals(units.firstSchool())) {
            return account("canbo.coso", unit);
        } else if (unit.equals(units.secondSchool())) {
            return account("canbo.coso2", unit);
        } else if (unit.equals(units.communes().get(0)) || unit.equals(units.districts().get(0))) {
            return account("canbo.huyen", unit);
        } else if (unit.equals(units.sector())) {
            return account("canbo.nganh", unit);
        } else if (unit.equals(units.province())) {
            return new Actor(CORRESPONDENT, byline, unit);
        }
        return new Actor("canbo." + unit.getCode().toLowerCase(java.util.Locale.ROOT), byline, unit);
    }

    /** A federation or sector officer publishes directly; a school's article is approved by the unit above then. */
    private Actor publisher(OrgUnit unit, Instant at, Units units, Actor writer) {
        if (unit.equals(units.province())) {
            return account("lanhdao.tinh", unit);
        }
        if (!unit.isGrassroots()) {
            return writer;
        }
        boolean before = at.isBefore(LocalDate.of(2025, 7, 1).atStartOfDay(Formats.ZONE).toInstant());
        OrgUnit above = unit.getParent();
        if (before && (unit.equals(units.firstSchool()) || unit.equals(units.secondSchool()))) {
            above = units.districts().get(0);
        }
        return above.equals(units.communes().get(0)) || above.equals(units.districts().get(0))
                ? account("canbo.huyen", above)
                : new Actor("canbo." + above.getCode().toLowerCase(java.util.Locale.ROOT), "Cán bộ "
                + above.getDisplayName(), above);
    }

    private Actor account(String username, OrgUnit unit) {
        UserAccount account = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
        return new Actor(username, account.getDisplayName(), unit);
    }

    /** One image row per use, its bytes shared among the articles of a category (four pictures each). */
    private long image(String category, long articleId, String by, Instant at) {
        int variant = random.nextInt(4);
        byte[] bytes = pictures.computeIfAbsent(category + variant, key -> painter().draw(COLOURS.get(category),
                SLOGANS.get(category)[variant], SEED + key.hashCode()));
        NewsImage image = new NewsImage("image/jpeg", NewsDemoImages.WIDTH, NewsDemoImages.HEIGHT, bytes, by, at);
        em.persist(image);
        em.flush();
        image.attachTo(articleId);
        return image.getId();
    }

    private NewsDemoImages painter() {
        if (painter == null) {
            painter = new NewsDemoImages();
        }
        return painter;
    }

    /**
     * Realistic counters: a province-wide article is read by thousands over the years, a branch's by hundreds, a
     * school's by its staff. The demo member and officers have read some of the newest, on earlier days.
     */
    private void views(List<Long> published, long provinceId) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<Object[]> rows = em.createQuery("SELECT a.id, a.includeBelow, a.audienceUnit.level.grassroots,"
                        + " a.audienceUnit.id, a.publishedAt FROM NewsArticle a WHERE a.id IN :ids"
                        + " ORDER BY a.publishedAt DESC", Object[].class)
                .setParameter("ids", published).getResultList();
        List<Long> readers = em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username IN :names"
                + " ORDER BY a.id", Long.class).setParameter("names", List.of("doanvien", "canbo.coso",
                "canbo.huyen", "lanhdao.tinh")).getResultList();
        int rank = 0;
        for (Object[] row : rows) {
            long id = (Long) row[0];
            boolean school = Boolean.TRUE.equals(row[2]);
            boolean province = ((Long) row[3]) == provinceId;
            long days = Math.max(1, Duration.between((Instant) row[4], clock.instant()).toDays());
            long count = school ? 15 + random.nextInt(40)
                    : province ? Math.min(5200, 380 + days * 3 + random.nextInt(900))
                    : 90 + Math.min(700, days) + random.nextInt(200);
            em.createQuery("UPDATE NewsArticle a SET a.viewCount = :count WHERE a.id = :id")
                    .setParameter("count", count).setParameter("id", id).executeUpdate();
            if (rank++ < 8) {
                for (Long reader : readers) {
                    if (random.nextInt(3) > 0) {
                        em.createNativeQuery("INSERT INTO news_view (article_id, account_id, view_day) VALUES (?, ?, ?)")
                                .setParameter(1, id).setParameter(2, reader)
                                .setParameter(3, java.sql.Date.valueOf(today.minusDays(1 + random.nextInt(3))))
                                .executeUpdate();
                    }
                }
            }
        }
    }

    /** "2025-07-02 09:00" in Vietnam, or "-5 10:15": five days before today; never in the future. */
    private Instant when(String text) {
        String[] parts = text.trim().split("\\s+");
        LocalTime time = LocalTime.parse(parts[1]);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        LocalDate day = parts[0].matches("-?\\d+") ? today.minusDays(Math.abs(Long.parseLong(parts[0])))
                : LocalDate.parse(parts[0]);
        Instant at = LocalDateTime.of(day, time).atZone(Formats.ZONE).toInstant();
        Instant latest = clock.instant().minus(Duration.ofMinutes(30));
        return at.isAfter(latest) ? latest : at;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }

    private static List<Story> read() {
        List<Story> stories = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NewsDemoData.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            String[] header = null;
            Map<String, String> fields = new HashMap<>();
            List<String[]> blocks = new ArrayList<>();
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line == null || line.startsWith("==")) {
                    if (header != null) {
                        stories.add(new Story(header[0], header[1].trim(), header[2].trim(), header[3].trim(),
                                Set.of(header.length > 4 ? header[4].trim().split("\\s*,\\s*") : new String[0]),
                                fields.get("T"), fields.get("L"), List.copyOf(blocks), fields.get("B"),
                                fields.get("S")));
                    }
                    if (line == null) {
                        break;
                    }
                    header = line.substring(2).split("\\|", -1);
                    fields.clear();
                    blocks.clear();
                } else if (line.length() > 3 && line.charAt(1) == ':' || line.startsWith("C2:")) {
                    String key = line.substring(0, line.indexOf(':'));
                    String value = line.substring(line.indexOf(':') + 1).trim();
                    switch (key) {
                        case "P", "H", "C", "C2" -> blocks.add(new String[] {key, value});
                        default -> fields.put(key, value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // captions go after the first paragraph, a second photo after the third
        return stories.stream().map(NewsDemoData::placePhotos).toList();
    }

    private static Story placePhotos(Story story) {
        List<String[]> text = story.blocks().stream().filter(b -> !b[0].startsWith("C")).toList();
        List<String[]> photos = story.blocks().stream().filter(b -> b[0].startsWith("C")).toList();
        List<String[]> placed = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            placed.add(text.get(i));
            if (i == 0 && !photos.isEmpty()) {
                placed.add(photos.get(0));
            }
            if (i == 2 && photos.size() > 1) {
                placed.add(photos.get(1));
            }
        }
        if (text.size() < 3 && photos.size() > 1) {
            placed.add(photos.get(1));
        }
        return new Story(story.when(), story.category(), story.author(), story.audience(), story.flags(),
                story.title(), story.lead(), placed, story.byline(), story.source());
    }
}
