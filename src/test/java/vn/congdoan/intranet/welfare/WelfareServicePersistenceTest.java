package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.find;
import static vn.congdoan.intranet.welfare.WelfareFixture.form;
import static vn.congdoan.intranet.welfare.WelfareFixture.refused;
import static vn.congdoan.intranet.welfare.WelfareFixture.submitted;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Welfare cases on the demo province: routing by amount and kind to the school, the ward or the province, who may
 * decide, rejection comments, scope by id, the privacy of the description, field rules and stale versions. Every
 * test opens cases of its own for doanvien (a member of canbo.coso's school).
 */
class WelfareServicePersistenceTest {

    @DatabaseTest
    void aCaseGoesToTheUnitWhoseLimitCoversItsAmount(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer school = demo.viewer("canbo.coso");
        long member = demo.firstMemberId();
        long ward = demo.communeIds().get(0);

        assertEquals(demo.firstSchoolId(), approverOf(em, submitted(em, school, member, WelfareKind.SICKNESS_VISIT,
                2_000_000)));
        assertEquals(ward, approverOf(em, submitted(em, school, member, WelfareKind.SICKNESS_VISIT, 2_000_001)));
        assertEquals(ward, approverOf(em, submitted(em, school, member, WelfareKind.HARDSHIP, 10_000_000)));
        assertEquals(demo.provinceId(), approverOf(em, submitted(em, school, member, WelfareKind.HARDSHIP,
                10_000_001)));
        assertEquals(ward, approverOf(em, submitted(em, school, member, WelfareKind.HOUSING_SUPPORT, 50_000_000)));
        assertEquals(demo.provinceId(), approverOf(em, submitted(em, school, member, WelfareKind.HOUSING_SUPPORT,
                50_000_001)));
        assertEquals(ward, welfare(em).approverFor(school, 5_000_000, WelfareKind.BEREAVEMENT).getId());
    }

    @DatabaseTest
    void theWardDecidesWhatWentAboveTheSchoolsLimitAndTheSchoolDoesNot(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = submitted(em, school, demo.firstMemberId(), WelfareKind.ACCIDENT_VISIT, 5_000_000);

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> welfare.approve(school, id, version(em, id), null)),
                "a school approved its own case above its limit");
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> welfare.approve(demo.viewer("canbo.coso2"), id, version(em, id), null)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> welfare.approve(demo.viewer("doanvien"), id, version(em, id), null)));

        Viewer ward = demo.viewer("canbo.huyen");
        refused("rejectComment", "welfare.reject.commentRequired",
                () -> inTransaction(em, () -> welfare.reject(ward, id, version(em, id), "   ")));
        inTransaction(em, () -> welfare.approve(ward, id, version(em, id), "Đồng ý hỗ trợ."));
        WelfareCase decided = find(em, id);
        assertEquals(WelfareStatus.APPROVED, decided.getStatus());
        assertEquals("canbo.huyen", decided.getDecidedBy());
        assertEquals(demo.communeIds().get(0), decided.getDecidedByUnit().getId());
        refused(null, "welfare.notSubmitted",
                () -> inTransaction(em, () -> welfare.approve(ward, id, version(em, id), null)));

        List<WelfareCaseEvent> history = welfare.history(school, id);
        assertEquals(List.of(WelfareEventKind.APPROVED, WelfareEventKind.SUBMITTED, WelfareEventKind.CREATED),
                history.stream().map(WelfareCaseEvent::getKind).toList());
        assertEquals("Đồng ý hỗ trợ.", history.get(0).getComment());
        assertEquals(ward.displayName(), history.get(0).getActorName());
    }

    @DatabaseTest
    void theSchoolDecidesWithinItsLimitAndTheProvinceAboveTheWardMayDecideToo(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        long small = submitted(em, school, demo.firstMemberId(), WelfareKind.TET_GIFT, 500_000);
        inTransaction(em, () -> welfare.reject(school, small, version(em, small), "Đã nhận quà đợt trước."));
        assertEquals(WelfareStatus.REJECTED, find(em, small).getStatus());

        long toWard = submitted(em, school, demo.firstMemberId(), WelfareKind.HARDSHIP, 3_000_000);
        Viewer province = demo.viewer("lanhdao.tinh");
        inTransaction(em, () -> welfare.approve(province, toWard, version(em, toWard), null));
        assertEquals(demo.provinceId(), find(em, toWard).getDecidedByUnit().getId());
    }

    @DatabaseTest
    void anotherSchoolNeverReachesACaseById(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> welfare.open(school, form(demo.firstMemberId(), WelfareKind.HARDSHIP,
                1_000_000))).getId();

        for (Viewer outsider : List.of(demo.viewer("canbo.coso2"), demo.viewer("doanvien"))) {
            assertThrows(AccessDeniedException.class, () -> welfare.getCase(outsider, id));
            assertThrows(AccessDeniedException.class, () -> welfare.history(outsider, id));
            assertThrows(AccessDeniedException.class, () -> welfare.formOf(outsider, id));
            assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> welfare.edit(outsider, id,
                    form(demo.firstMemberId(), WelfareKind.OTHER, 1), version(em, id))));
            assertThrows(AccessDeniedException.class,
                    () -> inTransaction(em, () -> welfare.submit(outsider, id, version(em, id))));
        }
        assertThrows(AccessDeniedException.class, () -> welfare.getCase(demo.viewer("canbo.huyen"), id),
                "the ward read an unsent draft");

        inTransaction(em, () -> welfare.submit(school, id, version(em, id)));
        inTransaction(em, () -> welfare.approve(school, id, version(em, id), null));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> welfare.pay(demo.viewer("canbo.coso2"), id, version(em, id), "x")));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> welfare.pay(demo.viewer("canbo.huyen"), id, version(em, id), "x")), "the ward paid");
    }

    @DatabaseTest
    void theDescriptionIsReadOnlyOnTheApprovalRoute(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer ward = demo.viewer("canbo.huyen");
        Viewer province = demo.viewer("lanhdao.tinh");
        long member = demo.firstMemberId();

        long withinSchool = submitted(em, school, member, WelfareKind.SICKNESS_VISIT, 1_000_000);
        assertVisible(welfare, school, withinSchool, true);
        assertVisible(welfare, ward, withinSchool, false);
        assertVisible(welfare, province, withinSchool, false);

        long toWard = submitted(em, school, member, WelfareKind.SICKNESS_VISIT, 5_000_000);
        assertVisible(welfare, school, toWard, true);
        assertVisible(welfare, ward, toWard, true);
        assertVisible(welfare, province, toWard, false);
        assertEquals(5_000_000, welfare.getCase(province, toWard).getCase().getAmount(), "the money stays visible");

        long toProvince = submitted(em, school, member, WelfareKind.HOUSING_SUPPORT, 60_000_000);
        assertVisible(welfare, school, toProvince, true);
        assertVisible(welfare, ward, toProvince, true);
        assertVisible(welfare, province, toProvince, true);

        // The sector union and the other ward lie beside the route: they see nothing at all.
        Viewer otherWard = new Viewer(-1, "phuong2", "Cán bộ phường", ward.role(), demo.communeIds().get(1),
                "/" + demo.provinceId() + "/" + demo.communeIds().get(1) + "/", null);
        assertThrows(AccessDeniedException.class, () -> welfare.getCase(otherWard, toProvince));
    }

    @DatabaseTest
    void theFieldRulesNameTheirField(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        long member = demo.firstMemberId();

        WelfareCaseForm noKind = form(member, null, 1);
        refused("kind", "welfare.kind.required", () -> inTransaction(em, () -> welfare.open(school, noKind)));
        WelfareCaseForm noDate = form(member, WelfareKind.OTHER, 1);
        noDate.setOccurredOn(null);
        refused("occurredOn", "welfare.occurredOn.required",
                () -> inTransaction(em, () -> welfare.open(school, noDate)));
        WelfareCaseForm future = form(member, WelfareKind.OTHER, 1);
        future.setOccurredOn(WelfareFixture.TODAY.plusDays(1));
        refused("occurredOn", "welfare.occurredOn.future", () -> inTransaction(em, () -> welfare.open(school, future)));
        refused("amount", "welfare.amount.negative",
                () -> inTransaction(em, () -> welfare.open(school, form(member, WelfareKind.OTHER, -1))));
        refused("amount", "welfare.amount.nothingGiven",
                () -> inTransaction(em, () -> welfare.open(school, form(member, WelfareKind.OTHER, 0))));
        WelfareCaseForm giftsOnly = form(member, WelfareKind.TET_GIFT, 0);
        giftsOnly.setGifts("01 giỏ quà Tết");
        assertEquals(0, inTransaction(em, () -> welfare.open(school, giftsOnly)).getAmount());
        WelfareCaseForm longText = form(member, WelfareKind.OTHER, 1);
        longText.setDescription("ư".repeat(WelfareCase.DESCRIPTION_MAX + 1));
        refused("description", "welfare.description.tooLong",
                () -> inTransaction(em, () -> welfare.open(school, longText)));
        WelfareCaseForm noMember = form(member, WelfareKind.OTHER, 1);
        noMember.setMemberId(null);
        refused("member", "welfare.member.required", () -> inTransaction(em, () -> welfare.open(school, noMember)));
        long otherSchoolsMember = WelfareFixture.memberIds(em, demo.secondSchoolId()).get(0);
        refused("member", "welfare.member.notInUnion", () -> inTransaction(em,
                () -> welfare.open(school, form(otherSchoolsMember, WelfareKind.OTHER, 1))));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> welfare.open(demo.viewer("canbo.huyen"), form(member, WelfareKind.OTHER, 1))));
    }

    @DatabaseTest
    void aStaleVersionChangesNothingAndASubmittedCaseIsNoLongerEditable(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareService welfare = welfare(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> welfare.open(school, form(demo.firstMemberId(), WelfareKind.OTHER,
                300_000))).getId();
        long loaded = version(em, id);
        WelfareCaseForm changed = welfare.formOf(school, id);
        changed.setAmount(400_000L);
        inTransaction(em, () -> welfare.edit(school, id, changed, loaded));
        assertEquals(400_000, find(em, id).getAmount());

        refused(null, "welfare.changedByOther", () -> inTransaction(em, () -> welfare.submit(school, id, loaded)));
        assertEquals(WelfareStatus.DRAFT, find(em, id).getStatus());
        inTransaction(em, () -> welfare.submit(school, id, version(em, id)));
        BusinessException refusal = assertThrows(BusinessException.class, () -> welfare.formOf(school, id));
        assertEquals("welfare.notEditable", refusal.getMessageKey());
        assertNull(find(em, id).getDecidedBy());
        assertFalse(find(em, id).getStatus().isEditable());
    }

    private static long approverOf(EntityManager em, long id) {
        return find(em, id).getApproverUnit().getId();
    }

    private static void assertVisible(WelfareService welfare, Viewer viewer, long id, boolean visible) {
        WelfareCaseView view = welfare.getCase(viewer, id);
        assertEquals(visible, view.isDescriptionVisible(), viewer.username());
        if (visible) {
            assertTrue(view.getDescription().contains("viêm phổi"), viewer.username());
        } else {
            assertNull(view.getDescription(), viewer.username());
        }
    }
}
