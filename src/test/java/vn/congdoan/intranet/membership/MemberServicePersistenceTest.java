package vn.congdoan.intranet.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.shared.TextNormalizer;

/** A school's member list and member records, as the demo accounts see them, on the migrated schema. */
class MemberServicePersistenceTest {

    private static final PageQuery FIRST_PAGE = PageQuery.firstPage(10);

    @DatabaseTest
    void officerPagesThroughTheirSchoolsMembers(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();

        List<Member> first = inTransaction(em, () -> service(em).findMembers(officer, school, FIRST_PAGE));
        List<Member> second = inTransaction(em, () -> service(em).findMembers(officer, school,
                new PageQuery(10, 10, null, true, Map.of())));
        int count = inTransaction(em, () -> service(em).countMembers(officer, school, FIRST_PAGE));

        assertEquals(10, first.size());
        assertEquals(10, second.size());
        assertTrue(Collections.disjoint(first, second), "the second page repeats rows of the first");
        assertEquals(membersOf(em, school), count);
        assertTrue(count > 20, "a school has dozens of members: " + count);
        first.forEach(member -> assertEquals(school, member.getUnit().getId()));
    }

    @DatabaseTest
    void sortingByNameAscendingAndDescendingGivesOppositeEnds(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();

        List<Member> ascending = inTransaction(em, () -> service(em).findMembers(officer, school,
                FIRST_PAGE.sortedBy("fullName", true)));
        List<Member> descending = inTransaction(em, () -> service(em).findMembers(officer, school,
                FIRST_PAGE.sortedBy("fullName", false)));

        List<Member> unknownColumn = inTransaction(em, () -> service(em).findMembers(officer, school,
                FIRST_PAGE.sortedBy("m.id; DROP TABLE union_member", true)));

        assertNotEquals(ascending.get(0).getFullName(), descending.get(0).getFullName());
        assertEquals(ids(ascending), ids(unknownColumn), "an unknown sort column falls back to the name");
        assertTrue(folded(ascending.get(9)).compareTo(folded(descending.get(9))) < 0,
                folded(ascending.get(9)) + " should come before " + folded(descending.get(9)));
        for (int i = 1; i < ascending.size(); i++) {
            assertTrue(folded(ascending.get(i - 1)).compareTo(folded(ascending.get(i))) <= 0,
                    "not ascending: " + folded(ascending.get(i - 1)) + " / " + folded(ascending.get(i)));
            assertTrue(folded(descending.get(i - 1)).compareTo(folded(descending.get(i))) >= 0,
                    "not descending: " + folded(descending.get(i - 1)) + " / " + folded(descending.get(i)));
        }
    }

    @DatabaseTest
    void searchWithoutDiacriticsFindsOnlyMatchingNames(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        PageQuery query = new PageQuery(0, 200, "fullName", true, Map.of("search", "nguyen"));

        List<Member> found = inTransaction(em, () -> service(em).findMembers(officer, school, query));
        int count = inTransaction(em, () -> service(em).countMembers(officer, school, query));

        assertFalse(found.isEmpty());
        assertEquals(found.size(), count);
        assertTrue(count < membersOf(em, school));
        found.forEach(member -> assertTrue(member.getFullName().contains("Nguyễn"), member.getFullName()));
    }

    @DatabaseTest
    void genderFilterSplitsTheList(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        PageQuery women = new PageQuery(0, 200, null, true, Map.of("gender", Gender.FEMALE));
        PageQuery men = women.withFilter("gender", Gender.MALE);

        List<Member> found = inTransaction(em, () -> service(em).findMembers(officer, school, women));
        int womenCount = inTransaction(em, () -> service(em).countMembers(officer, school, women));
        int menCount = inTransaction(em, () -> service(em).countMembers(officer, school, men));

        assertEquals(womenCount, found.size());
        found.forEach(member -> assertEquals(Gender.FEMALE, member.getGender(), member.getFullName()));
        assertTrue(womenCount > 0 && menCount > 0, womenCount + " women, " + menCount + " men");
        assertEquals(membersOf(em, school), womenCount + menCount);
    }

    @DatabaseTest
    void joinedDateRangeKeepsTheEndsAndExcludesTheRest(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        LocalDate from = LocalDate.of(2008, 1, 1);
        LocalDate to = LocalDate.of(2016, 12, 31);
        PageQuery query = new PageQuery(0, 200, "joinedOn", true, Map.of("joinedOnFrom", from, "joinedOnTo", to));

        List<Member> found = inTransaction(em, () -> service(em).findMembers(officer, school, query));
        int count = inTransaction(em, () -> service(em).countMembers(officer, school, query));

        assertFalse(found.isEmpty());
        assertEquals(found.size(), count);
        assertTrue(count < membersOf(em, school));
        found.forEach(member -> assertFalse(member.getJoinedOn().isBefore(from) || member.getJoinedOn().isAfter(to),
                member.getJoinedOn().toString()));
        long expected = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.unit.id = :id"
                        + " AND m.joinedOn BETWEEN :from AND :to", Long.class)
                .setParameter("id", school).setParameter("from", from).setParameter("to", to).getSingleResult();
        assertEquals(expected, count);
    }

    @DatabaseTest
    void theTablesJoinedDateRangeReachesTheQuery(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        LocalDate from = LocalDate.of(2008, 1, 1);
        LocalDate to = LocalDate.of(2016, 12, 31);
        ServiceLazyModel<Member> table = new ServiceLazyModel<>(q -> service(em).countMembers(officer, school, q),
                q -> service(em).findMembers(officer, school, q));
        Map<String, FilterMeta> dateRange = Map.of("joinedOn", FilterMeta.builder().field("joinedOn")
                .filterValue(List.of(from, to)).matchMode(MatchMode.BETWEEN).build());

        int count = inTransaction(em, () -> table.count(dateRange));
        List<Member> rows = inTransaction(em, () -> table.load(0, 200, Map.of(), dateRange));

        assertTrue(count > 0 && count < membersOf(em, school), count + " of " + membersOf(em, school));
        assertEquals(count, rows.size());
        rows.forEach(member -> assertFalse(member.getJoinedOn().isBefore(from) || member.getJoinedOn().isAfter(to),
                member.getJoinedOn().toString()));
    }

    @DatabaseTest
    void jobTitleFilterShowsOnlyThatTitle(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long school = demo.firstSchoolId();
        List<String> titles = inTransaction(em, () -> service(em).jobTitles(officer, school));
        PageQuery query = new PageQuery(0, 200, null, true, Map.of("jobTitle", "Hiệu trưởng"));

        List<Member> found = inTransaction(em, () -> service(em).findMembers(officer, school, query));

        assertTrue(titles.contains("Hiệu trưởng") && titles.contains("Giáo viên"), titles.toString());
        assertEquals(1, found.size(), "one headmaster per school");
        assertEquals("Hiệu trưởng", found.get(0).getJobTitle());
        int teachers = inTransaction(em, () -> service(em).countMembers(officer, school,
                query.withFilter("jobTitle", "Giáo viên")));
        assertTrue(teachers > 1 && teachers < membersOf(em, school), teachers + " teachers");
    }

    @DatabaseTest
    void officerCannotListAnotherSchoolsMembers(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long otherSchool = demo.secondSchoolId();

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).findMembers(officer, otherSchool, FIRST_PAGE)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).countMembers(officer, otherSchool, FIRST_PAGE)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).jobTitles(officer, otherSchool)));
    }

    @DatabaseTest
    void officerCannotOpenTheRecordOfAnotherSchoolsMember(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");
        long colleague = anyMemberOf(em, demo.firstSchoolId());
        long stranger = anyMemberOf(em, demo.secondSchoolId());

        assertEquals(colleague, inTransaction(em, () -> service(em).getMember(officer, colleague)).getId());
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).getMember(officer, stranger)));
    }

    @DatabaseTest
    void districtOfficerSeesTheMembersOfTheDistrictsSchools(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer district = demo.viewer("canbo.huyen");

        int count = inTransaction(em, () -> service(em).countMembers(district, demo.secondSchoolId(), FIRST_PAGE));

        assertEquals(membersOf(em, demo.secondSchoolId()), count);
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).countMembers(district, otherCommunesSchool(em, demo), FIRST_PAGE)));
    }

    /** A school now under the second commune union, outside canbo.huyen's commune. */
    private static long otherCommunesSchool(EntityManager em, DemoProvince demo) {
        return em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.parent.id = :commune ORDER BY u.id", Long.class)
                .setParameter("commune", demo.communeIds().get(1)).setMaxResults(1).getSingleResult();
    }

    @DatabaseTest
    void aMemberSeesTheirOwnRecordButNoList(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer member = demo.viewer("doanvien");
        long school = demo.firstSchoolId();

        Member own = inTransaction(em, () -> service(em).getMember(member, demo.firstMemberId()));
        assertEquals(member.displayName(), own.getFullName());
        assertEquals(own.getId(), inTransaction(em, () -> service(em).ownRecord(member)).orElseThrow().getId());

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).findMembers(member, school, FIRST_PAGE)));
        long colleague = em.createQuery("SELECT m.id FROM Member m WHERE m.unit.id = :unit AND m.id <> :own",
                        Long.class).setParameter("unit", school).setParameter("own", own.getId())
                .setMaxResults(1).getSingleResult();
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).getMember(member, colleague)));
    }

    @DatabaseTest
    void anUnknownMemberIsNotFound(TestDatabase db, EntityManager em) {
        Viewer admin = DemoProvince.in(db).viewer("admin");

        assertThrows(NotFoundException.class,
                () -> inTransaction(em, () -> service(em).getMember(admin, 999_999_999L)));
    }

    private static MemberService service(EntityManager em) {
        return MemberServices.using(em);
    }

    private static long membersOf(EntityManager em, long unitId) {
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.unit.id = :id", Long.class)
                .setParameter("id", unitId).getSingleResult();
    }

    private static long anyMemberOf(EntityManager em, long unitId) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.unit.id = :id ORDER BY m.id DESC", Long.class)
                .setParameter("id", unitId).setMaxResults(1).getSingleResult();
    }

    private static List<Long> ids(List<Member> members) {
        return members.stream().map(Member::getId).toList();
    }

    private static String folded(Member member) {
        return TextNormalizer.fold(member.getFullName());
    }
}
