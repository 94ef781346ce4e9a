package vn.congdoan.intranet.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Reading the demo news: who sees which article (by list, by search and by id), diacritics-insensitive search with
 * category and date filters and paging, and "Tin tức khác".
 */
class NewsReadServicePersistenceTest {

    private static final int ALL = 200;

    private static List<Long> ids(EntityManager em, String where, Object... parameters) {
        var query = em.createQuery("SELECT a.id FROM NewsArticle a WHERE " + where + " ORDER BY a.id", Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter("p" + i, parameters[i]);
        }
        return query.getResultList();
    }

    /** Published articles addressed to one school only. */
    private static List<Long> unitOnly(EntityManager em, long schoolId) {
        return ids(em, "a.audienceUnit.id = :p0 AND a.includeBelow = FALSE AND a.status = :p1", schoolId,
                ArticleStatus.PUBLISHED);
    }

    /** The published unit-only articles of schools in another ward than canbo.huyen's. */
    private static List<Long> otherWardUnitOnly(EntityManager em, DemoProvince demo) {
        String path = em.createQuery("SELECT u.path FROM OrgUnit u WHERE u.id = :id", String.class)
                .setParameter("id", demo.communeIds().get(2)).getSingleResult();
        return ids(em, "a.audienceUnit.path LIKE :p0 AND a.includeBelow = FALSE AND a.status = :p1", path + "%",
                ArticleStatus.PUBLISHED);
    }

    private static Set<Long> everythingListed(NewsReadService service, Viewer viewer) {
        Set<Long> seen = new HashSet<>();
        service.latest(viewer, ALL).forEach(s -> seen.add(s.id()));
        service.featured(viewer, ALL).forEach(s -> seen.add(s.id()));
        service.categories().forEach(c -> service.byCategory(viewer, c.getId(), ALL).forEach(s -> seen.add(s.id())));
        service.search(viewer, PageQuery.firstPage(ALL)).forEach(s -> seen.add(s.id()));
        return seen;
    }

    @DatabaseTest
    void theDemoHasSixtyFourArticlesOverFiveYearsAndEveryCategory(TestDatabase db, EntityManager em) {
        DemoProvince.in(db);
        assertTrue(ids(em, "a.status = :p0", ArticleStatus.PUBLISHED).size() >= 64);
        assertEquals(5L, em.createQuery("SELECT COUNT(DISTINCT a.category) FROM NewsArticle a", Long.class)
                .getSingleResult());
        assertTrue(ids(em, "a.publishedAt < :p0", ZonedDateTime.of(2021, 12, 31, 0, 0, 0, 0, Formats.ZONE)
                .toInstant()).size() > 3);
        assertTrue(ids(em, "a.publishedAt > :p0", DemoProvince.CLOCK.instant()).isEmpty());
        assertTrue(ids(em, "a.featured = TRUE AND a.status = :p0", ArticleStatus.PUBLISHED).size() >= 4);
        assertFalse(ids(em, "a.status <> :p0", ArticleStatus.PUBLISHED).isEmpty());
    }

    @DatabaseTest
    void aMemberSeesTheProvinceHisBranchAndHisSchoolButNothingElse(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsReadService service = new NewsReadService(em, DemoProvince.CLOCK);
        Viewer member = demo.viewer("doanvien");

        Set<Long> seen = everythingListed(service, member);

        List<Long> provinceWide = ids(em, "a.audienceUnit.id = :p0 AND a.includeBelow = TRUE AND a.status = :p1",
                demo.provinceId(), ArticleStatus.PUBLISHED);
        assertTrue(seen.containsAll(provinceWide));
        List<Long> ward = ids(em, "a.audienceUnit.id = :p0 AND a.status = :p1", demo.communeIds().get(0),
                ArticleStatus.PUBLISHED);
        assertFalse(ward.isEmpty());
        assertTrue(seen.containsAll(ward), "his ward's branch articles");
        List<Long> ownSchool = unitOnly(em, demo.firstSchoolId());
        assertFalse(ownSchool.isEmpty());
        assertTrue(seen.containsAll(ownSchool), "his own school's unit-only articles");

        List<Long> forbidden = new ArrayList<>(unitOnly(em, demo.secondSchoolId()));
        forbidden.addAll(otherWardUnitOnly(em, demo));
        forbidden.addAll(ids(em, "a.status <> :p0", ArticleStatus.PUBLISHED));
        forbidden.addAll(ids(em, "a.audienceUnit.id = :p0", demo.communeIds().get(2)));
        assertTrue(forbidden.size() >= 6);
        for (long id : forbidden) {
            assertFalse(seen.contains(id), "listed " + id);
            assertThrows(NotFoundException.class, () -> service.article(member, id), "opened " + id);
            String title = em.find(NewsArticle.class, id).getTitle();
            assertTrue(service.search(member, PageQuery.firstPage(ALL).withFilter(NewsReadService.TEXT, title))
                    .stream().noneMatch(s -> s.id() == id), "found " + id);
        }
        assertThrows(NotFoundException.class, () -> service.article(member, 987_654_321L));
        assertEquals(seen.size(), service.count(member, PageQuery.firstPage(1)));
    }

    @DatabaseTest
    void theWardOfficerReadsHisSchoolsButNotAnotherWards(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsReadService service = new NewsReadService(em, DemoProvince.CLOCK);
        Viewer ward = demo.viewer("canbo.huyen");

        for (long id : unitOnly(em, demo.secondSchoolId())) {
            assertEquals(id, service.article(ward, id).getId());
        }
        for (long id : otherWardUnitOnly(em, demo)) {
            assertThrows(NotFoundException.class, () -> service.article(ward, id));
        }
        Viewer coso2 = demo.viewer("canbo.coso2");
        for (long id : unitOnly(em, demo.firstSchoolId())) {
            assertThrows(NotFoundException.class, () -> service.article(coso2, id), "a neighbour school's news");
        }
    }

    @DatabaseTest
    void theProvinceLeaderReadsEveryPublishedArticleAndNoDraft(TestDatabase db, EntityManager em) {
        DemoProvince.in(db);
        NewsReadService service = new NewsReadService(em, DemoProvince.CLOCK);
        Viewer leader = DemoProvince.in(db).viewer("lanhdao.tinh");

        assertEquals(new HashSet<>(ids(em, "a.status = :p0", ArticleStatus.PUBLISHED)),
                everythingListed(service, leader));
        for (long id : ids(em, "a.status <> :p0", ArticleStatus.PUBLISHED)) {
            assertThrows(NotFoundException.class, () -> service.article(leader, id));
        }
    }

    @DatabaseTest
    void searchIgnoresDiacriticsAndCaseAndFiltersByCategoryAndDays(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsReadService service = new NewsReadService(em, DemoProvince.CLOCK);
        Viewer member = demo.viewer("doanvien");
        PageQuery all = PageQuery.firstPage(ALL);

        List<NewsSummary> plain = service.search(member, all.withFilter(NewsReadService.TEXT, "cong doan"));
        List<NewsSummary> accented = service.search(member, all.withFilter(NewsReadService.TEXT, "Công Đoàn"));
        assertFalse(plain.isEmpty());
        assertEquals(plain, accented);
        List<NewsSummary> upper = service.search(member, all.withFilter(NewsReadService.TEXT, "HỘI NGHỊ"));
        assertFalse(upper.isEmpty());
        assertEquals(upper, service.search(member, all.withFilter(NewsReadService.TEXT, "hoi nghi")));
        assertTrue(service.search(member, all.withFilter(NewsReadService.TEXT, "100%_!")).isEmpty(),
                "LIKE wildcards are literal");
        List<NewsSummary> tet = service.search(member, all.withFilter(NewsReadService.TEXT, "tet sum vay"));
        assertTrue(tet.size() >= 3);

        for (int i = 1; i < plain.size(); i++) {
            assertFalse(plain.get(i).publishedAt().isAfter(plain.get(i - 1).publishedAt()), "newest first");
        }

        long women = service.categories().stream().filter(c -> c.getCode().equals("WOMEN")).findFirst()
                .orElseThrow().getId();
        List<NewsSummary> womenOnly = service.search(member, all.withFilter(NewsReadService.CATEGORY, women));
        assertFalse(womenOnly.isEmpty());
        assertTrue(womenOnly.stream().allMatch(s -> s.categoryId() == women));

        // 08/3/2024 09:00 in Vietnam lies inside [08/3/2024, 08/3/2024] and not inside the next day
        PageQuery eighthOfMarch = all.withFilter(NewsReadService.FROM, LocalDate.of(2024, 3, 8))
                .withFilter(NewsReadService.TO, LocalDate.of(2024, 3, 8));
        List<NewsSummary> that = service.search(member, eighthOfMarch);
        assertEquals(1, that.size());
        assertTrue(that.get(0).title().contains("Giỏi việc nước"));
        assertTrue(service.search(member, all.withFilter(NewsReadService.FROM, LocalDate.of(2024, 3, 9))
                .withFilter(NewsReadService.TO, LocalDate.of(2024, 3, 9))).isEmpty());
        List<NewsSummary> year2023 = service.search(member, all.withFilter(NewsReadService.FROM,
                LocalDate.of(2023, 1, 1)).withFilter(NewsReadService.TO, LocalDate.of(2023, 12, 31)));
        assertTrue(year2023.size() >= 5);
        assertTrue(year2023.stream().allMatch(s -> s.publishedAt().atZone(Formats.ZONE).getYear() == 2023));
        assertEquals(year2023.size(), service.count(member, all.withFilter(NewsReadService.FROM,
                LocalDate.of(2023, 1, 1)).withFilter(NewsReadService.TO, LocalDate.of(2023, 12, 31))));

        PageQuery text = all.withFilter(NewsReadService.TEXT, "cong doan");
        List<NewsSummary> first = service.search(member, new PageQuery(0, 5, null, true, text.filters()));
        List<NewsSummary> second = service.search(member, new PageQuery(5, 5, null, true, text.filters()));
        assertEquals(plain.subList(0, 5), first);
        assertEquals(plain.subList(5, 10), second);
        assertEquals(plain.size(), service.count(member, text));
    }

    @DatabaseTest
    void otherNewsLeavesOutTheArticleItselfAndWhatTheReaderMayNotSee(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NewsReadService service = new NewsReadService(em, DemoProvince.CLOCK);
        Viewer member = demo.viewer("doanvien");
        NewsSummary newest = service.latest(member, 1).get(0);
        NewsArticle article = service.article(member, newest.id());

        List<NewsSummary> others = service.others(member, article, 6);

        assertEquals(6, others.size());
        assertTrue(others.stream().noneMatch(s -> s.id() == article.getId()));
        Set<Long> visible = everythingListed(service, member);
        assertTrue(others.stream().allMatch(s -> visible.contains(s.id())));
        assertEquals(article.getCategory().getId(), others.get(0).categoryId(), "same category first");
        assertEquals(6, new HashSet<>(others).size());
    }
}
