package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.TODAY;
import static vn.congdoan.intranet.welfare.WelfareFixture.approved;
import static vn.congdoan.intranet.welfare.WelfareFixture.find;
import static vn.congdoan.intranet.welfare.WelfareFixture.funds;
import static vn.congdoan.intranet.welfare.WelfareFixture.memberIds;
import static vn.congdoan.intranet.welfare.WelfareFixture.officerOf;
import static vn.congdoan.intranet.welfare.WelfareFixture.otherSchools;
import static vn.congdoan.intranet.welfare.WelfareFixture.refused;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.welfare.fund.FundLineKind;
import vn.congdoan.intranet.welfare.fund.FundService;
import vn.congdoan.intranet.welfare.fund.WelfareFundLine;

/**
 * The yearly welfare fund: the balance summed exactly to the đồng from its lines, income rules, overdrafts only with
 * a reason, and concurrent payments that never take the fund below zero. Each test keeps the fund of its own school
 * of the first ward (not the two demo schools), for 2026, the demo clock's year.
 */
class FundPersistenceTest {

    @DatabaseTest
    void theBalanceIsOpeningPlusIncomeMinusPaidCasesToTheĐồng(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(0);
        Viewer officer = officerOf(school);
        FundService funds = funds(em);
        WelfareService welfare = welfare(em);
        List<Long> members = memberIds(em, school.getId());

        long fundId = inTransaction(em, () -> funds.openFund(officer, 2026, 1_234_567L)).getId();
        inTransaction(em, () -> funds.addIncome(officer, fundId, FundLineKind.INCOME_ALLOCATION,
                LocalDate.of(2026, 1, 15), 10_000_001L, "Kinh phí công đoàn trích cho quỹ phúc lợi"));
        inTransaction(em, () -> funds.addIncome(officer, fundId, FundLineKind.INCOME_DONATION,
                LocalDate.of(2026, 3, 8), 333L, "Ủng hộ của Ban giám hiệu"));
        assertEquals(11_234_901L, funds.balance(officer, fundId));

        long first = approved(em, officer, members.get(0), 1_000_000);
        long second = approved(em, officer, members.get(1 % members.size()), 234_901);
        inTransaction(em, () -> welfare.pay(officer, first, version(em, first), null));
        inTransaction(em, () -> welfare.pay(officer, second, version(em, second), null));

        assertEquals(10_000_000L, funds.balance(officer, fundId), "1.234.567 + 10.000.334 − 1.234.901");
        WelfareCase paid = find(em, first);
        assertEquals(WelfareStatus.PAID, paid.getStatus());
        assertEquals(officer.username(), paid.getPaidBy());
        assertNull(paid.getOverdraftReason());
        List<WelfareFundLine> lines = funds.lines(officer, fundId, PageQuery.firstPage(10));
        assertEquals(4, lines.size());
        assertEquals(4, funds.countLines(officer, fundId));
        WelfareFundLine expense = lines.stream().filter(l -> l.getKind() == FundLineKind.EXPENSE
                && l.getAmount() == 1_000_000).findFirst().orElseThrow();
        assertEquals(first, expense.getWelfareCase().getId());
        assertEquals(TODAY, expense.getLineDate());
        assertEquals(-1_000_000, expense.getSignedAmount());
        assertTrue(!expense.getDescription().contains("viêm phổi"), "the expense line kept the private details");
        assertEquals(List.of(WelfareEventKind.PAID, WelfareEventKind.APPROVED, WelfareEventKind.SUBMITTED,
                WelfareEventKind.CREATED), welfare.history(officer, first).stream().map(WelfareCaseEvent::getKind)
                .toList());
        refused(null, "welfare.pay.notApproved",
                () -> inTransaction(em, () -> welfare.pay(officer, first, version(em, first), null)));
    }

    @DatabaseTest
    void incomeRulesAndWhoKeepsTheFund(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(1);
        Viewer officer = officerOf(school);
        FundService funds = funds(em);

        refused("openingBalance", "welfare.fund.openingInvalid",
                () -> inTransaction(em, () -> funds.openFund(officer, 2026, -1L)));
        long fundId = inTransaction(em, () -> funds.openFund(officer, 2026, 0L)).getId();
        refused("fundYear", "welfare.fund.exists", () -> inTransaction(em, () -> funds.openFund(officer, 2026, 5L)));
        refused("amount", "welfare.fund.amountPositive", () -> inTransaction(em, () -> funds.addIncome(officer,
                fundId, FundLineKind.INCOME_DONATION, TODAY, 0L, "Ủng hộ")));
        refused("lineDate", "welfare.fund.dateOutsideYear", () -> inTransaction(em, () -> funds.addIncome(officer,
                fundId, FundLineKind.INCOME_DONATION, LocalDate.of(2025, 12, 31), 100L, "Ủng hộ")));
        refused("kind", "welfare.fund.kindRequired", () -> inTransaction(em, () -> funds.addIncome(officer,
                fundId, FundLineKind.EXPENSE, TODAY, 100L, "Chi")));
        refused("description", "welfare.fund.descriptionRequired", () -> inTransaction(em,
                () -> funds.addIncome(officer, fundId, FundLineKind.INCOME_DONATION, TODAY, 100L, "  ")));
        assertEquals(0L, funds.balance(officer, fundId));

        assertThrows(AccessDeniedException.class, () -> funds.balance(demo.viewer("canbo.coso"), fundId));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> funds.addIncome(
                demo.viewer("canbo.coso"), fundId, FundLineKind.INCOME_DONATION, TODAY, 100L, "Ủng hộ")));
        assertThrows(AccessDeniedException.class, () -> funds.balance(demo.viewer("doanvien"), fundId));
        assertEquals(0L, funds.balance(demo.viewer("canbo.huyen"), fundId), "the ward reads its schools' funds");
    }

    @DatabaseTest
    void aPaymentBeyondTheBalanceNeedsAReason(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(2);
        Viewer officer = officerOf(school);
        FundService funds = funds(em);
        WelfareService welfare = welfare(em);
        long caseId = approved(em, officer, memberIds(em, school.getId()).get(0), 500_000);

        refused("fund", "welfare.pay.noFund",
                () -> inTransaction(em, () -> welfare.pay(officer, caseId, version(em, caseId), null)));
        long fundId = inTransaction(em, () -> funds.openFund(officer, 2026, 100_000L)).getId();
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> welfare.pay(officer, caseId, version(em, caseId), "  ")));
        assertEquals("welfare.pay.overdraft", refusal.getMessageKey());
        assertEquals("overdraftReason", refusal.getField());
        assertEquals(List.of(100_000L, 500_000L), List.of(refusal.getArguments()));
        assertEquals(WelfareStatus.APPROVED, find(em, caseId).getStatus());
        assertEquals(100_000L, funds.balance(officer, fundId));

        String reason = "Đoàn viên mắc bệnh hiểm nghèo, BCH thống nhất tạm ứng chờ kinh phí cấp trên.";
        inTransaction(em, () -> welfare.pay(officer, caseId, version(em, caseId), reason));
        assertEquals(-400_000L, funds.balance(officer, fundId));
        assertEquals(reason, find(em, caseId).getOverdraftReason());
        assertEquals(reason, welfare.history(officer, caseId).get(0).getComment());
    }

    @DatabaseTest
    void concurrentPaymentsNeverTakeTheFundBelowZero(TestDatabase db, EntityManager em) throws Exception {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(3);
        Viewer officer = officerOf(school);
        List<Long> members = memberIds(em, school.getId());
        long opening = 3_000_000;
        long income = 1_500_001;
        long each = 1_500_000;
        long fundId = inTransaction(em, () -> funds(em).openFund(officer, 2026, opening)).getId();
        inTransaction(em, () -> funds(em).addIncome(officer, fundId, FundLineKind.INCOME_ALLOCATION, TODAY, income,
                "Kinh phí bổ sung"));
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cases.add(approved(em, officer, members.get(i % members.size()), each));
        }
        List<Long> versions = cases.stream().map(id -> version(em, id)).toList();

        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = cases.get(i);
            long loaded = versions.get(i);
            runs.add(pool.submit(() -> {
                try (EntityManager own = db.createEntityManager()) {
                    start.await();
                    inTransaction(own, () -> welfare(own).pay(officer, id, loaded, null));
                    outcomes.add("paid");
                } catch (BusinessException refusal) {
                    outcomes.add(refusal.getMessageKey());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long paid = outcomes.stream().filter("paid"::equals).count();
        assertEquals(8, outcomes.size(), outcomes.toString());
        assertEquals(3, paid, outcomes.toString());
        assertEquals(5, outcomes.stream().filter("welfare.pay.overdraft"::equals).count(), outcomes.toString());
        em.clear();
        long balance = funds(em).balance(officer, fundId);
        assertEquals(opening + income - paid * each, balance);
        assertTrue(balance >= 0, "balance " + balance);
        long paidCases = cases.stream().filter(id -> find(em, id).getStatus() == WelfareStatus.PAID).count();
        assertEquals(paid, paidCases);
    }
}
