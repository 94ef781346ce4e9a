package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.approved;
import static vn.congdoan.intranet.welfare.WelfareFixture.form;
import static vn.congdoan.intranet.welfare.WelfareFixture.funds;
import static vn.congdoan.intranet.welfare.WelfareFixture.memberIds;
import static vn.congdoan.intranet.welfare.WelfareFixture.officerOf;
import static vn.congdoan.intranet.welfare.WelfareFixture.otherSchools;
import static vn.congdoan.intranet.welfare.WelfareFixture.submitted;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.welfare.summary.WelfareSummary;

/**
 * The lists and the leaders' figures on the demo province: one school of the first ward pays three cases to two
 * members in November 2026 and sends one larger case to the ward. (The demo has no other welfare data, so the
 * figures are exact.)
 */
class WelfareBoardPersistenceTest {

    @DatabaseTest
    void listsAndFiguresFollowScopeAndCountOnlyPaidSupport(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(0);
        Viewer officer = officerOf(school);
        WelfareService welfare = welfare(em);
        WelfareBoardService board = new WelfareBoardService(em);
        List<Long> members = memberIds(em, school.getId());
        long fundId = inTransaction(em, () -> funds(em).openFund(officer, 2026, 10_000_000L)).getId();
        for (long[] paid : new long[][] {{0, 1_000_000}, {0, 500_000}, {1, 2_000_000}}) {
            long id = approved(em, officer, members.get((int) paid[0]), paid[1]);
            inTransaction(em, () -> welfare.pay(officer, id, version(em, id), null));
        }
        long toWard = submitted(em, officer, members.get(0), WelfareKind.BEREAVEMENT, 5_000_000);
        long draft = inTransaction(em, () -> welfare.open(officer, form(members.get(1), WelfareKind.OTHER,
                100_000))).getId();

        PageQuery all = PageQuery.firstPage(200);
        assertEquals(5, board.countCases(officer, all));
        assertEquals(3, board.countCases(officer, all.withFilter("status", WelfareStatus.PAID)));
        assertEquals(1, board.countCases(officer, all.withFilter("kind", WelfareKind.BEREAVEMENT)));
        assertEquals(0, board.countCases(officer, all.withFilter("year", 2025)));
        Viewer ward = demo.viewer("canbo.huyen");
        List<Long> wardList = ids(board.findCases(ward, all.withFilter("unitId", school.getId())));
        assertEquals(4, wardList.size());
        assertFalse(wardList.contains(draft), "the ward listed a draft");
        assertEquals(0, board.countCases(demo.viewer("canbo.coso2"), all.withFilter("unitId", school.getId())));

        assertEquals(List.of(toWard), ids(board.findAwaitingDecision(ward, all)));
        assertEquals(1, board.countAwaitingDecision(ward, all));
        assertEquals(0, board.countAwaitingDecision(officer, all), "a school decides nothing above its limit");
        assertTrue(ids(board.findAwaitingDecision(demo.viewer("lanhdao.tinh"), all)).contains(toWard));

        WelfareSummary summary = board.summary(demo.viewer("lanhdao.tinh"), 2026);
        assertEquals(2, summary.membersSupported());
        assertEquals(List.of(new WelfareSummary.KindRow(WelfareKind.HARDSHIP, 3, 3_500_000)), summary.byKind());
        assertEquals(3_500_000, summary.byMonth()[10]);
        assertEquals(3_500_000, summary.totalPaid());
        WelfareSummary.BranchRow firstWard = summary.branches().stream()
                .filter(b -> b.unitId() == demo.communeIds().get(0)).findFirst().orElseThrow();
        assertEquals(2, firstWard.membersSupported());
        assertEquals(3_500_000, firstWard.amountPaid());
        WelfareSummary.FundRow fund = summary.funds().stream().filter(f -> f.fundId() == fundId).findFirst()
                .orElseThrow();
        assertEquals(new WelfareSummary.FundRow(fundId, school.getId(), school.getName(), 10_000_000, 0, 3_500_000,
                6_500_000), fund);
        assertEquals(funds(em).balance(officer, fundId), fund.balance());

        assertEquals(0, board.summary(demo.viewer("canbo.coso2"), 2026).totalPaid());
        assertEquals(0, board.summary(demo.viewer("lanhdao.tinh"), 2025).membersSupported());
        assertThrows(AccessDeniedException.class, () -> board.summary(demo.viewer("doanvien"), 2026));
        assertThrows(AccessDeniedException.class, () -> board.findCases(demo.viewer("doanvien"), all));
    }

    private static List<Long> ids(List<WelfareCase> cases) {
        return cases.stream().map(WelfareCase::getId).toList();
    }
}
