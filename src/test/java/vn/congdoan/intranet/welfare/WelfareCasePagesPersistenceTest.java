package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.find;
import static vn.congdoan.intranet.welfare.WelfareFixture.form;
import static vn.congdoan.intranet.welfare.WelfareFixture.memberIds;
import static vn.congdoan.intranet.welfare.WelfareFixture.refused;
import static vn.congdoan.intranet.welfare.WelfareFixture.submitted;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * What the case pages need beyond the welfare service: the member picker limited to the officer's own union, the
 * list's name search without diacritics, the form's save-and-submit in one step, and the notices a submission and
 * a decision leave for the other side.
 */
class WelfareCasePagesPersistenceTest {

    @DatabaseTest
    void thePickerOffersOnlyTheOfficersOwnMembersWhateverTheIdSays(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        CaseMembers members = new CaseMembers(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer other = demo.viewer("canbo.coso2");
        Member doanvien = em.find(Member.class, demo.firstMemberId());
        String folded = TextNormalizer.fold(doanvien.getFullName());

        List<Member> found = members.search(school, folded.toUpperCase());
        assertTrue(found.stream().anyMatch(m -> m.getId().equals(doanvien.getId())), "no " + folded);
        assertTrue(found.stream().allMatch(m -> m.getUnit().getId() == demo.firstSchoolId()));
        assertTrue(members.search(school, "").size() <= CaseMembers.SUGGESTIONS);
        assertTrue(members.search(other, doanvien.getFullName()).stream()
                .noneMatch(m -> m.getId().equals(doanvien.getId())), "another school picked canbo.coso's member");

        assertEquals(doanvien.getId(), members.get(school, doanvien.getId()).getId());
        assertThrows(AccessDeniedException.class, () -> members.get(other, doanvien.getId()));
        assertThrows(AccessDeniedException.class, () -> members.search(demo.viewer("doanvien"), "a"));
    }

    @DatabaseTest
    void theListFindsACaseByTheMembersOrTheUnionsNameWithoutDiacritics(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareBoardService board = new WelfareBoardService(em);
        Viewer school = demo.viewer("canbo.coso");
        long memberId = memberIds(em, demo.firstSchoolId()).get(3);
        Member member = em.find(Member.class, memberId);
        long id = submitted(em, school, memberId, WelfareKind.BEREAVEMENT, 2_500_000);
        String bare = TextNormalizer.withoutMarks(member.getFullName());

        assertTrue(ids(board.findCases(school, search(bare))).contains(id), bare);
        assertEquals(board.findCases(school, search(bare)).size(), board.countCases(school, search(bare)));
        Viewer ward = demo.viewer("canbo.huyen");
        assertTrue(ids(board.findCases(ward, search("nguyen khuyen"))).contains(id), "by the union's name");
        assertFalse(ids(board.findCases(ward, search("Nguyễn Văn Trỗi"))).contains(id));
        assertTrue(board.findCases(demo.viewer("canbo.coso2"), search(bare)).stream()
                .noneMatch(c -> c.getId() == id), "another school listed the case");
    }

    @DatabaseTest
    void submittingFromTheFormSavesTheLastChangesOrNothing(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> welfare.open(school, form(demo.firstMemberId(), WelfareKind.HARDSHIP,
                1_000_000))).getId();

        WelfareCaseForm bad = form(demo.firstMemberId(), WelfareKind.HARDSHIP, 4_000_000);
        bad.setOccurredOn(WelfareFixture.TODAY.plusDays(1));
        refused("occurredOn", "welfare.occurredOn.future",
                () -> inTransaction(em, () -> welfare.submit(school, id, bad, version(em, id))));
        assertEquals(WelfareStatus.DRAFT, find(em, id).getStatus());
        assertEquals(1_000_000, find(em, id).getAmount());

        inTransaction(em, () -> welfare.submit(school, id, form(demo.firstMemberId(), WelfareKind.HARDSHIP,
                4_000_000), version(em, id)));
        WelfareCase sent = find(em, id);
        assertEquals(WelfareStatus.SUBMITTED, sent.getStatus());
        assertEquals(4_000_000, sent.getAmount());
        assertEquals(demo.communeIds().get(0), sent.getApproverUnit().getId());
        refused(null, "welfare.changedByOther", () -> inTransaction(em, () -> welfare.approve(
                demo.viewer("canbo.huyen"), id, version(em, id) - 1, null)));
    }

    @DatabaseTest
    void theWardHearsOfASubmissionAndTheSchoolOfTheDecision(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer ward = demo.viewer("canbo.huyen");
        long wardBefore = unread(em, ward, "notification.welfareSubmitted");

        submitted(em, school, demo.firstMemberId(), WelfareKind.SICKNESS_VISIT, 300_000);
        assertEquals(wardBefore, unread(em, ward, "notification.welfareSubmitted"),
                "the ward was told of a case within the school's own limit");

        long id = submitted(em, school, demo.firstMemberId(), WelfareKind.HARDSHIP, 3_000_000);
        assertEquals(wardBefore + 1, unread(em, ward, "notification.welfareSubmitted"));
        assertEquals(0, unread(em, demo.viewer("canbo.coso2"), "notification.welfareSubmitted"));

        long approvedBefore = unread(em, school, "notification.welfareApproved");
        inTransaction(em, () -> welfare.approve(ward, id, version(em, id), "Đồng ý."));
        assertEquals(approvedBefore + 1, unread(em, school, "notification.welfareApproved"));

        long other = submitted(em, school, demo.firstMemberId(), WelfareKind.HARDSHIP, 3_500_000);
        long rejectedBefore = unread(em, school, "notification.welfareRejected");
        inTransaction(em, () -> welfare.reject(ward, other, version(em, other), "Trùng hồ sơ trước."));
        assertEquals(rejectedBefore + 1, unread(em, school, "notification.welfareRejected"));
    }

    private static PageQuery search(String text) {
        return PageQuery.firstPage(PageQuery.MAX_PAGE_SIZE).withFilter("search", text);
    }

    private static List<Long> ids(List<WelfareCase> cases) {
        return cases.stream().map(WelfareCase::getId).toList();
    }

    private static long unread(EntityManager em, Viewer viewer, String key) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.messageKey = :k"
                + " AND n.readAt IS NULL", Long.class).setParameter("a", viewer.accountId()).setParameter("k", key)
                .getSingleResult();
    }
}
