package vn.congdoan.intranet.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The news desk on the demo province: who writes, submits, returns, publishes and unpublishes which article, what
 * a writer may address an article to, the field rules, the sanitizing on save, photos, history, notifications and a
 * lost race. Every test writes articles of its own.
 */
class NewsDeskServicePersistenceTest {

    private static final String BODY = "<p>Sáng 03/9, Công đoàn trường tổ chức <strong>hội nghị viên chức</strong>.</p>";

    @DatabaseTest
    void theSchoolWritesSubmitsIsReturnedRevisesAndTheWardPublishes(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer ward = demo.viewer("canbo.huyen");
        long wardSubmittedBefore = unread(em, ward, "notification.newsSubmitted");

        NewsArticle draft = inTransaction(em, () -> desk.save(school, null, form(demo.firstSchoolId()), 0));
        long id = draft.getId();
        assertEquals(ArticleStatus.DRAFT, draft.getStatus());
        assertEquals(school.displayName(), draft.getAuthorName());
        assertEquals(demo.firstSchoolId(), draft.getAuthorUnit().getId());
        assertThrows(AccessDeniedException.class, () -> desk.getArticle(ward, id), "the ward read an unsent draft");
        assertFalse(pendingIds(desk, ward).contains(id));

        inTransaction(em, () -> desk.submit(school, id, desk.formOf(school, id), version(em, id)));
        assertEquals(ArticleStatus.SUBMITTED, find(em, id).getStatus());
        assertEquals(wardSubmittedBefore + 1, unread(em, ward, "notification.newsSubmitted"));
        assertTrue(pendingIds(desk, ward).contains(id));
        assertFalse(pendingIds(desk, demo.viewer("lanhdao.tinh")).isEmpty());
        assertThrows(BusinessException.class, () -> desk.formOf(school, id), "a submitted article was editable");

        refused("returnComment", "article.return.commentRequired",
                () -> inTransaction(em, () -> desk.returnArticle(ward, id, version(em, id), "  ")));
        inTransaction(em, () -> desk.returnArticle(ward, id, version(em, id), "Bổ sung ảnh và tên người phát biểu."));
        assertEquals(ArticleStatus.RETURNED, find(em, id).getStatus());
        assertEquals(1, unread(em, school, "notification.newsReturned", id));
        assertEquals("Bổ sung ảnh và tên người phát biểu.",
                desk.latestReturn(school, id).orElseThrow().getComment());

        ArticleForm revised = desk.formOf(school, id);
        revised.setTitle("Hội nghị viên chức năm học 2026–2027 (đã sửa)");
        inTransaction(em, () -> desk.submit(school, id, revised, version(em, id)));
        assertTrue(desk.latestReturn(school, id).isEmpty());

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.publish(school, id, version(em, id))), "grassroots published");
        NewsArticle published = inTransaction(em, () -> desk.publish(ward, id, version(em, id)));
        assertEquals(ArticleStatus.PUBLISHED, published.getStatus());
        assertEquals("canbo.huyen", published.getPublishedBy());
        assertEquals(1, unread(em, school, "notification.newsPublished", id));
        assertFalse(pendingIds(desk, ward).contains(id));

        List<NewsEvent> history = desk.history(school, id);
        assertEquals(List.of(NewsEventKind.PUBLISHED, NewsEventKind.SUBMITTED, NewsEventKind.RETURNED,
                NewsEventKind.SUBMITTED, NewsEventKind.CREATED), history.stream().map(NewsEvent::getKind).toList());
        assertEquals(demo.communeIds().get(0), history.get(0).getActorUnit().getId());
        assertEquals(ward.displayName(), history.get(0).getActorName());
        assertEquals("Bổ sung ảnh và tên người phát biểu.", history.get(2).getComment());
    }

    @DatabaseTest
    void anotherSchoolNeitherSeesNorEditsNorPublishes(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer other = demo.viewer("canbo.coso2");
        long id = inTransaction(em, () -> desk.save(school, null, form(demo.firstSchoolId()), 0)).getId();

        assertThrows(AccessDeniedException.class, () -> desk.getArticle(other, id));
        assertThrows(AccessDeniedException.class, () -> desk.formOf(other, id));
        assertThrows(AccessDeniedException.class, () -> desk.history(other, id));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.save(other, id, form(demo.secondSchoolId()), version(em, id))));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.submit(other, id, form(demo.secondSchoolId()), version(em, id))));
        assertFalse(ownIds(desk, other).contains(id));
        assertTrue(ownIds(desk, school).contains(id));
        assertEquals(ArticleStatus.DRAFT, find(em, id).getStatus());

        Viewer member = demo.viewer("doanvien");
        assertThrows(AccessDeniedException.class, () -> desk.getArticle(member, id));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.save(member, null, form(demo.firstSchoolId()), 0)));
    }

    @DatabaseTest
    void aWriterAddressesOnlyTheirUnitAndWhatLiesBelowIt(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer school = demo.viewer("canbo.coso");
        for (long outside : List.of(demo.secondSchoolId(), demo.communeIds().get(0), demo.communeIds().get(1),
                demo.provinceId())) {
            refused("audience", "article.audience.outOfScope",
                    () -> inTransaction(em, () -> desk.save(school, null, form(outside), 0)));
        }
        Viewer ward = demo.viewer("canbo.huyen");
        refused("audience", "article.audience.outOfScope",
                () -> inTransaction(em, () -> desk.save(ward, null, form(demo.provinceId()), 0)));
        NewsArticle toSchool = inTransaction(em, () -> desk.save(ward, null, form(demo.firstSchoolId()), 0));
        assertEquals(demo.firstSchoolId(), toSchool.getAudienceUnit().getId());
    }

    @DatabaseTest
    void theProvinceLeaderPublishesProvinceWideDirectlyAndUnpublishingNeedsAReason(TestDatabase db,
                                                                                    EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer leader = demo.viewer("lanhdao.tinh");
        ArticleForm wholeProvince = form(demo.provinceId());
        wholeProvince.setIncludeBelow(true);
        NewsArticle article = inTransaction(em, () -> desk.saveAndPublish(leader, null, wholeProvince, 0));
        long id = article.getId();
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
        assertEquals(demo.provinceId(), article.getAudienceUnit().getId());
        assertTrue(article.isIncludeBelow());
        assertEquals(List.of(NewsEventKind.PUBLISHED, NewsEventKind.CREATED),
                desk.history(leader, id).stream().map(NewsEvent::getKind).toList());

        NewsArticle featured = inTransaction(em, () -> desk.setFeatured(leader, id, version(em, id), true));
        assertTrue(featured.isFeatured());
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.unpublish(demo.viewer("canbo.huyen"), id, version(em, id), "x")),
                "a ward took down the province's article");
        refused("unpublishComment", "article.unpublish.commentRequired",
                () -> inTransaction(em, () -> desk.unpublish(leader, id, version(em, id), null)));
        inTransaction(em, () -> desk.unpublish(leader, id, version(em, id), "Thông tin chưa chính xác."));
        assertEquals(ArticleStatus.UNPUBLISHED, find(em, id).getStatus());
        assertEquals("Thông tin chưa chính xác.", desk.latestReturn(leader, id).orElseThrow().getComment());
        ArticleForm again = desk.formOf(leader, id);
        again.setLead("Bản đã đính chính.");
        assertEquals(ArticleStatus.PUBLISHED,
                inTransaction(em, () -> desk.saveAndPublish(leader, id, again, version(em, id))).getStatus());
    }

    @DatabaseTest
    void theWardPublishesItsOwnArticleButCannotSubmitAndTheSchoolCannotPublish(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer ward = demo.viewer("canbo.huyen");
        Viewer school = demo.viewer("canbo.coso");
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.saveAndPublish(school, null, form(demo.firstSchoolId()), 0)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> desk.submit(ward, null, form(demo.communeIds().get(0)), 0)));
        NewsArticle own = inTransaction(em, () -> desk.saveAndPublish(ward, null, form(demo.communeIds().get(0)), 0));
        assertEquals(ArticleStatus.PUBLISHED, own.getStatus());
        // A ward's own published article is in its list; a school's submitted one may be returned by the province too.
        assertTrue(ownIds(desk, ward).contains(own.getId()));
    }

    @DatabaseTest
    void eachFieldIsCheckedAtItsInput(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer school = demo.viewer("canbo.coso");
        long unit = demo.firstSchoolId();
        Map<String, java.util.function.Consumer<ArticleForm>> breakages = new java.util.LinkedHashMap<>();
        breakages.put("title|article.title.required", f -> f.setTitle("   "));
        breakages.put("title|article.title.tooLong", f -> f.setTitle("x".repeat(NewsArticle.TITLE_MAX + 1)));
        breakages.put("lead|article.lead.required", f -> f.setLead(null));
        breakages.put("lead|article.lead.tooLong", f -> f.setLead("x".repeat(NewsArticle.LEAD_MAX + 1)));
        breakages.put("category|article.category.required", f -> f.setCategoryId(null));
        breakages.put("source|article.source.tooLong", f -> f.setSource("x".repeat(NewsArticle.SOURCE_MAX + 1)));
        breakages.put("audience|article.audience.required", f -> f.setAudienceUnitId(null));
        breakages.put("body|article.body.required", f -> f.setBodyHtml("<p><br></p><script>alert(1)</script>"));
        breakages.put("body|article.body.tooLong", f -> f.setBodyHtml("<p>" + "chữ ".repeat(60_000) + "</p>"));
        breakages.put("photo|article.photo.notAvailable",
                f -> f.getPhotos().add(new ArticleForm.PhotoLine(987_654_321L, "Ảnh")));
        breakages.forEach((expected, breakage) -> {
            ArticleForm form = form(unit);
            breakage.accept(form);
            String[] parts = expected.split("\\|");
            refused(parts[0], parts[1], () -> inTransaction(em, () -> desk.save(school, null, form, 0)));
        });
    }

    @DatabaseTest
    void theBodyIsSanitizedOnSaveAndPhotosBecomeFiguresOfTheArticle(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        PhotoService photos = new PhotoService(em, DemoProvince.CLOCK);
        Viewer school = demo.viewer("canbo.coso");
        NewsImage photo = inTransaction(em, () -> photos.upload(school, "anh.jpg", PhotoProcessorTest.jpeg(1600, 900)));
        assertEquals(1200, photo.getWidth());
        NewsImage othersPhoto = inTransaction(em,
                () -> photos.upload(demo.viewer("canbo.coso2"), "khac.jpg", PhotoProcessorTest.jpeg(300, 200)));

        ArticleForm form = form(demo.firstSchoolId());
        form.setBodyHtml("<p onclick=\"alert(1)\">Nội dung</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">bấm</a><img src=x onerror=alert(1)>");
        form.getPhotos().add(new ArticleForm.PhotoLine(photo.getId(), "Đoàn viên nhận quà <b>Tết</b>"));
        long id = inTransaction(em, () -> desk.save(school, null, form, 0)).getId();

        NewsArticle stored = find(em, id);
        String body = stored.getBodyHtml();
        for (String gone : List.of("<script", "onclick", "javascript:", "onerror", "<b>")) {
            assertFalse(body.contains(gone), () -> gone + " stored in " + body);
        }
        assertTrue(body.contains("<figure class=\"news-photo\"><img src=\"/news/image?id&#61;" + photo.getId()), body);
        assertTrue(body.contains("<figcaption>Đoàn viên nhận quà &lt;b&gt;Tết&lt;/b&gt;</figcaption>"), body);
        assertEquals(photo.getId(), stored.getCoverImageId());
        assertEquals(id, em.find(NewsImage.class, photo.getId()).getArticleId());
        assertTrue(stored.getSearchText().contains("noi dung"), stored.getSearchText());

        ArticleForm reloaded = desk.formOf(school, id);
        assertEquals("<p>Nội dung</p>bấm", reloaded.getBodyHtml());
        assertEquals(1, reloaded.getPhotos().size());
        assertEquals("Đoàn viên nhận quà <b>Tết</b>", reloaded.getPhotos().get(0).getCaption());

        assertEquals("image/jpeg", photos.serve(school, photo.getId()).contentType());
        assertThrows(AccessDeniedException.class, () -> photos.serve(demo.viewer("canbo.coso2"), photo.getId()),
                "a draft's photo was sent to another school");
        assertThrows(AccessDeniedException.class, () -> photos.serve(demo.viewer("doanvien"), photo.getId()),
                "a draft's photo was sent to a reader");
        ArticleForm stealing = desk.formOf(school, id);
        stealing.getPhotos().add(new ArticleForm.PhotoLine(othersPhoto.getId(), ""));
        refused("photo", "article.photo.notAvailable",
                () -> inTransaction(em, () -> desk.save(school, id, stealing, version(em, id))));
        assertNull(em.find(NewsImage.class, othersPhoto.getId()).getArticleId());
    }

    @DatabaseTest
    void aWriteOverSomeoneElsesNewerChangeIsRefused(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> desk.save(school, null, form(demo.firstSchoolId()), 0)).getId();
        long loaded = version(em, id);
        ArticleForm first = desk.formOf(school, id);
        first.setTitle("Bản của người thứ nhất");
        inTransaction(em, () -> desk.save(school, id, first, loaded));
        ArticleForm second = desk.formOf(school, id);
        second.setTitle("Bản của người thứ hai");
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> desk.save(school, id, second, loaded)));
        assertEquals("article.changedByOther", refusal.getMessageKey());
        assertEquals("Bản của người thứ nhất", find(em, id).getTitle());
    }

    @DatabaseTest
    void theOwnListFiltersByStatusAndUnaccentedText(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsDeskService desk = desk(em);
        Viewer school = demo.viewer("canbo.coso");
        ArticleForm form = form(demo.firstSchoolId());
        form.setTitle("Giải bóng đá nữ công đoàn Nguyễn Khuyến");
        long id = inTransaction(em, () -> desk.save(school, null, form, 0)).getId();
        PageQuery page = PageQuery.firstPage(50);
        assertTrue(desk.findOwn(school, page.withFilter("text", "BONG DA NU")).stream()
                .anyMatch(a -> a.getId() == id));
        assertFalse(desk.findOwn(school, page.withFilter("text", "BONG DA NU")
                .withFilter("status", ArticleStatus.PUBLISHED)).stream().anyMatch(a -> a.getId() == id));
        assertEquals(desk.findOwn(school, page).size(), desk.countOwn(school, page));
    }

    private static ArticleForm form(long audienceUnitId) {
        ArticleForm form = new ArticleForm();
        form.setTitle("Hội nghị viên chức năm học 2026–2027");
        form.setLead("Sáng 03/9, Công đoàn trường tổ chức hội nghị đại biểu viên chức.");
        form.setBodyHtml(BODY);
        form.setCategoryId(1L);
        form.setSource("Công đoàn trường");
        form.setAudienceUnitId(audienceUnitId);
        form.setIncludeBelow(false);
        return form;
    }

    private static NewsDeskService desk(EntityManager em) {
        return new NewsDeskService(em, DemoProvince.CLOCK, new NotificationService(em, DemoProvince.CLOCK));
    }

    private static void refused(String field, String key, Executable call) {
        BusinessException refusal = assertThrows(BusinessException.class, call, key);
        assertEquals(key, refusal.getMessageKey());
        assertEquals(field, refusal.getField(), key);
    }

    private static List<Long> pendingIds(NewsDeskService desk, Viewer viewer) {
        return desk.findPending(viewer, PageQuery.firstPage(200)).stream().map(NewsArticle::getId).toList();
    }

    private static List<Long> ownIds(NewsDeskService desk, Viewer viewer) {
        return desk.findOwn(viewer, PageQuery.firstPage(200)).stream().map(NewsArticle::getId).toList();
    }

    private static NewsArticle find(EntityManager em, long id) {
        NewsArticle article = em.find(NewsArticle.class, id);
        em.refresh(article);
        return article;
    }

    private static long version(EntityManager em, long id) {
        return find(em, id).getVersion();
    }

    private static long unread(EntityManager em, Viewer viewer, String key) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.messageKey = :k"
                + " AND n.readAt IS NULL", Long.class).setParameter("a", viewer.accountId()).setParameter("k", key)
                .getSingleResult();
    }

    private static long unread(EntityManager em, Viewer viewer, String key, long articleId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.messageKey = :k"
                        + " AND n.readAt IS NULL AND n.link LIKE :link", Long.class)
                .setParameter("a", viewer.accountId()).setParameter("k", key)
                .setParameter("link", "%?id=" + articleId).getSingleResult();
    }
}
