package vn.congdoan.intranet.news;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.shared.TextNormalizer;

/** The news tables of V7 and their entities agree: categories seeded, long Vietnamese bodies, photos as bytes. */
class NewsModelPersistenceTest {

    private static final Instant NOON = Instant.parse("2026-09-03T10:08:00Z");

    @DatabaseTest
    void anArticleKeepsItsTextAudienceHistoryAndPhoto(TestDatabase db, EntityManager em) {
        String body = "<p>Hội nghị đại biểu công chức, viên chức năm học 2026–2027 diễn ra sôi nổi.</p>".repeat(400);
        long[] ids = inTransaction(em, () -> {
            OrgUnit ward = unit(em, "W-1", "Công đoàn phường Bắc Bình Sơn", "COMMUNE_UNION", null);
            OrgUnit school = unit(em, "S-1", "Công đoàn Trường THCS Nguyễn Khuyến", UnitLevel.GRASSROOTS_UNION, ward);
            NewsCategory category = em.createNamedQuery("NewsCategory.all", NewsCategory.class).getResultList()
                    .get(0);
            NewsArticle article = new NewsArticle(school, "Nguyễn Thị Lan", "canbo.coso", NOON);
            article.write("Sôi nổi hội nghị viên chức", "Sáng 03/9, công đoàn trường tổ chức hội nghị.", body,
                    "Hội nghị đại biểu công chức", category, null, ward, true, NOON);
            em.persist(article);
            article.submit(NOON);
            article.publish("canbo.huyen", NOON);
            em.persist(new NewsEvent(article, NewsEventKind.PUBLISHED, NOON, "canbo.huyen", "Trần Văn Bình", ward,
                    null));
            NewsImage image = new NewsImage("image/jpeg", 1200, 800, new byte[] {(byte) 0xFF, (byte) 0xD8}, "canbo.coso",
                    NOON);
            em.persist(image);
            em.flush();
            image.attachTo(article.getId());
            article.setCoverImageId(image.getId());
            return new long[] {article.getId(), image.getId()};
        });

        try (EntityManager fresh = db.createEntityManager()) {
            NewsArticle article = fresh.find(NewsArticle.class, ids[0]);
            assertEquals(body, article.getBodyHtml());
            assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
            assertEquals("Hoạt động công đoàn", article.getCategory().getNameVi());
            assertTrue(article.getSearchText().contains(TextNormalizer.fold("sôi nổi hội nghị")));
            assertEquals(ids[1], article.getCoverImageId());
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, fresh.find(NewsImage.class, ids[1]).getData());
            List<NewsCategory> categories = fresh.createNamedQuery("NewsCategory.all", NewsCategory.class)
                    .getResultList();
            assertEquals(List.of("UNION_ACTIVITIES", "MEMBER_CARE", "EMULATION", "WOMEN", "NOTICES"),
                    categories.stream().map(NewsCategory::getCode).toList());
            OrgUnit school = article.getAuthorUnit();
            assertTrue(article.reaches(school), "a school below the ward is in a branch audience");
            assertFalse(article.reaches(unit(fresh, "S-2", "Khác", UnitLevel.GRASSROOTS_UNION, null)));
        }
    }

    private static OrgUnit unit(EntityManager em, String code, String name, String level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, name, name, em.find(UnitLevel.class, level), LocalDate.of(2020, 1, 1));
        if (em.getTransaction().isActive()) {
            em.persist(unit);
        } else {
            vn.congdoan.intranet.shared.Entities.withId(unit, 999_999);
        }
        unit.placeUnder(parent);
        return unit;
    }
}
