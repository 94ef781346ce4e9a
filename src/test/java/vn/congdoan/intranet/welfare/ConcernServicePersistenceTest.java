package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.concerns;
import static vn.congdoan.intranet.welfare.WelfareFixture.form;
import static vn.congdoan.intranet.welfare.WelfareFixture.refused;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.welfare.concern.ConcernService;
import vn.congdoan.intranet.welfare.concern.ConcernStatus;
import vn.congdoan.intranet.welfare.concern.MemberConcern;

/**
 * Members' concerns on the demo province: doanvien raises them, canbo.coso answers one and takes another up as a
 * case, doanvien reads the answers and their own cases, and a colleague of the same school sees none of it.
 */
class ConcernServicePersistenceTest {

    @DatabaseTest
    void theUnionAnswersAndTheMemberReadsTheAnswer(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ConcernService concerns = concerns(em);
        Viewer member = demo.viewer("doanvien");
        Viewer officer = demo.viewer("canbo.coso");

        MemberConcern raised = inTransaction(em, () -> concerns.raise(member, " Chế độ phụ cấp thâm niên ",
                "Tôi chưa được nâng phụ cấp thâm niên từ tháng 9/2026, đề nghị công đoàn kiến nghị với nhà trường."));
        long id = raised.getId();
        assertEquals("Chế độ phụ cấp thâm niên", raised.getSubject());
        assertEquals(demo.firstSchoolId(), raised.getUnit().getId());
        assertEquals(ConcernStatus.OPEN, raised.getStatus());
        assertTrue(concerns.unionConcerns(officer, PageQuery.firstPage(200)).stream()
                .anyMatch(c -> c.getId() == id));
        assertTrue(concerns.countUnionConcerns(officer, ConcernStatus.OPEN) >= 1);

        refused("answer", "welfare.concern.answer.required",
                () -> inTransaction(em, () -> concerns.answer(officer, id, concernVersion(em, id), " ")));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> concerns.answer(demo.viewer("canbo.coso2"), id, concernVersion(em, id), "Trả lời")));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> concerns.answer(member, id, concernVersion(em, id), "Tự trả lời")));
        inTransaction(em, () -> concerns.answer(officer, id, concernVersion(em, id),
                "BCH đã làm việc với Hiệu trưởng; phụ cấp được truy lĩnh trong kỳ lương tháng 12/2026."));

        MemberConcern read = concerns.myConcerns(member).stream().filter(c -> c.getId() == id).findFirst()
                .orElseThrow();
        assertEquals(ConcernStatus.ANSWERED, read.getStatus());
        assertTrue(read.getAnswer().startsWith("BCH đã làm việc"));
        assertEquals("canbo.coso", read.getAnsweredBy());
        assertEquals(read.getAnswer(), concerns.getConcern(member, id).getAnswer());
        refused(null, "welfare.concern.alreadyHandled",
                () -> inTransaction(em, () -> concerns.answer(officer, id, concernVersion(em, id), "Lần hai")));

        Viewer colleague = colleague(em, demo);
        assertTrue(concerns.myConcerns(colleague).stream().noneMatch(c -> c.getId() == id));
        assertThrows(AccessDeniedException.class, () -> concerns.getConcern(colleague, id));
        assertThrows(AccessDeniedException.class, () -> concerns.getConcern(demo.viewer("canbo.coso2"), id));
        assertThrows(AccessDeniedException.class, () -> concerns.unionConcerns(member, PageQuery.firstPage(10)));
    }

    @DatabaseTest
    void aConcernTakenUpAsACaseShowsInTheMembersOwnCasesOnly(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ConcernService concerns = concerns(em);
        WelfareService welfare = welfare(em);
        Viewer member = demo.viewer("doanvien");
        Viewer officer = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> concerns.raise(member, "Đề nghị hỗ trợ khó khăn",
                "Gia đình tôi bị ngập do bão, đồ đạc hư hỏng nhiều.")).getId();

        WelfareCaseForm form = form(0, WelfareKind.DISASTER_RELIEF, 1_500_000);
        form.setMemberId(demo.secondSchoolId()); // whatever the page sends, the case is for the concern's member
        WelfareCase taken = inTransaction(em, () -> concerns.turnIntoCase(officer, id, concernVersion(em, id), form,
                "Công đoàn trường đã lập hồ sơ hỗ trợ thiên tai cho đồng chí."));
        long caseId = taken.getId();
        assertEquals(demo.firstMemberId(), taken.getMember().getId());
        assertEquals(WelfareStatus.DRAFT, taken.getStatus());
        MemberConcern concern = concerns.getConcern(member, id);
        assertEquals(ConcernStatus.TURNED_INTO_CASE, concern.getStatus());
        assertEquals(caseId, concern.getWelfareCase().getId());
        assertEquals(id, welfare.getCase(officer, caseId).getCase().getConcern().getId());

        assertTrue(concerns.myCases(member).stream().noneMatch(v -> v.getCase().getId() == caseId),
                "the member saw an unsent draft");
        inTransaction(em, () -> welfare.submit(officer, caseId, version(em, caseId)));
        inTransaction(em, () -> welfare.approve(officer, caseId, version(em, caseId), null));
        WelfareCaseView mine = concerns.myCases(member).stream().filter(v -> v.getCase().getId() == caseId)
                .findFirst().orElseThrow();
        assertEquals(1_500_000, mine.getCase().getAmount());
        assertEquals(WelfareStatus.APPROVED, mine.getCase().getStatus());
        assertTrue(mine.isDescriptionVisible(), "a member reads their own case");

        Viewer colleague = colleague(em, demo);
        List<WelfareCaseView> theirs = concerns.myCases(colleague);
        assertTrue(theirs.stream().noneMatch(v -> v.getCase().getId() == caseId));
        assertTrue(theirs.stream().allMatch(v -> v.getCase().getMember().getId().equals(colleague.memberId())));
        assertThrows(AccessDeniedException.class, () -> welfare.getCase(colleague, caseId));
        assertThrows(AccessDeniedException.class, () -> welfare.getCase(member, caseId),
                "members read their cases only through their own list");
    }

    @DatabaseTest
    void theMembersTextIsRequiredAndOnlyMembersRaise(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ConcernService concerns = concerns(em);
        Viewer member = demo.viewer("doanvien");
        refused("subject", "welfare.concern.subject.required",
                () -> inTransaction(em, () -> concerns.raise(member, "  ", "Nội dung")));
        refused("body", "welfare.concern.body.required",
                () -> inTransaction(em, () -> concerns.raise(member, "Tiêu đề", null)));
        refused("subject", "welfare.concern.subject.tooLong", () -> inTransaction(em,
                () -> concerns.raise(member, "ơ".repeat(MemberConcern.SUBJECT_MAX + 1), "Nội dung")));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> concerns.raise(demo.viewer("canbo.coso"), "Tiêu đề", "Nội dung")));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> concerns.raise(demo.viewer("admin"), "Tiêu đề", "Nội dung")),
                "an account without a member record");
        assertFalse(concerns.myConcerns(member).stream().anyMatch(c -> c.getSubject().equals("Tiêu đề")));
    }

    /** Another active member of doanvien's school, signed in as a member. */
    private static Viewer colleague(EntityManager em, DemoProvince demo) {
        Viewer member = demo.viewer("doanvien");
        long other = WelfareFixture.memberIds(em, demo.firstSchoolId()).stream()
                .filter(id -> id != demo.firstMemberId()).findFirst().orElseThrow();
        return new Viewer(-7, "dongnghiep", "Đồng nghiệp", Role.MEMBER, member.unitId(), member.unitPath(), other);
    }

    private static long concernVersion(EntityManager em, long id) {
        em.clear();
        return em.find(MemberConcern.class, id).getVersion();
    }
}
