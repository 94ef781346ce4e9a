package vn.congdoan.intranet.emulation.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.emulation.award.IssuerTier;
import vn.congdoan.intranet.emulation.classification.ClassificationTitle;
import vn.congdoan.intranet.emulation.classification.UnitClassification;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.TestDatabase;
import vn.congdoan.intranet.shared.DatabaseTest;

/**
 * Actual values computed from classification and award rows, on a ward of 20 schools made here (so every number is
 * counted by hand) beside the demo province.
 */
class TargetServicePersistenceTest {

    private static final int YEAR = 2025;

    @DatabaseTest
    void sharesCountsAndRangesAreComputedFromTheRecordedFacts(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        TargetService service = new TargetService(em, DemoProvince.CLOCK);
        Viewer leader = demo.viewer("lanhdao.tinh");
        long planId = TestDatabase.inTransaction(em, () -> {
            OrgUnit province = em.find(OrgUnit.class, demo.provinceId());
            OrgUnit ward = unit(em, "TEST-WARD", "Công đoàn phường Thử Nghiệm", "COMMUNE_UNION", province);
            OrgUnit empty = unit(em, "TEST-EMPTY", "Công đoàn xã Không Trường", "COMMUNE_UNION", province);
            List<OrgUnit> schools = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                schools.add(unit(em, "TEST-S" + i, "Trường thử " + i, "GRASSROOTS_UNION", ward));
            }
            // 19 of 20 strong or better (6 outstanding), one only completing its tasks: exactly 95 %
            for (int i = 0; i < 20; i++) {
                String code = i == 0 ? "UNIT_COMPLETED" : i <= 6 ? "UNIT_EXCELLENT" : "UNIT_STRONG";
                UnitClassification c = new UnitClassification(YEAR, schools.get(i), title(em, code), i <= 6 ? 95 : 80, null,
                        "test", DemoProvince.CLOCK.instant());
                c.decide(title(em, code), null, "test", ward, DemoProvince.CLOCK.instant());
                em.persist(c);
            }
            // a proposal not yet decided counts for nothing
            em.persist(new UnitClassification(YEAR - 1, schools.get(0), title(em, "UNIT_EXCELLENT"), 95, null,
                    "test", DemoProvince.CLOCK.instant()));
            // awards: 2 provincial Bằng khen in 2024, 1 in 2025, 1 national in 2025, 1 revoked, 1 in 2022 (before
            // the plan), 1 school-level Giấy khen, 1 to a school outside the ward
            TestAwards awards = new TestAwards(em);
            awards.insert("BK_PROVINCE", 2024, schools.get(1), "GRANTED");
            awards.insert("BK_PROVINCE", 2024, schools.get(2), "GRANTED");
            awards.insert("BK_PROVINCE", 2025, schools.get(3), "GRANTED");
            awards.insert("BK_VGCL", 2025, schools.get(4), "GRANTED");
            awards.insert("BK_PROVINCE", 2025, schools.get(5), "REVOKED");
            awards.insert("BK_PROVINCE", 2022, schools.get(6), "GRANTED");
            awards.insert("GK_GRASSROOTS", 2025, schools.get(7), "GRANTED");
            awards.insert("BK_PROVINCE", 2025, em.find(OrgUnit.class, demo.secondSchoolId()), "GRANTED");
            em.flush();
            TargetPlan plan = new TargetPlan(ward, PlanKind.TERM, "Nhiệm kỳ thử", 2023, 2027, "test",
                    DemoProvince.CLOCK.instant());
            em.persist(plan);
            add(em, plan, 1, TargetShape.PERCENT_FLOOR, TargetMetric.UNITS_WITH_TITLE, "UNIT_STRONG", "95", null);
            add(em, plan, 2, TargetShape.PERCENT_FLOOR, TargetMetric.UNITS_WITH_TITLE, "UNIT_EXCELLENT", "35", null);
            add(em, plan, 3, TargetShape.COUNT, TargetMetric.UNITS_WITH_TITLE, "UNIT_EXCELLENT", "7", null);
            Target tier = new Target(plan, 4, "Bằng khen cấp tỉnh trở lên", TargetShape.RANGE,
                    TargetMetric.AWARDS_GRANTED, null, null, IssuerTier.PROVINCE, new BigDecimal("3"),
                    new BigDecimal("4"));
            em.persist(tier);
            add(em, plan, 5, TargetShape.TITLE, TargetMetric.OWN_TITLE, "UNIT_STRONG", null, null);
            TargetPlan nothing = new TargetPlan(empty, PlanKind.YEAR, "Năm thử", YEAR, YEAR, "test",
                    DemoProvince.CLOCK.instant());
            em.persist(nothing);
            add(em, nothing, 1, TargetShape.PERCENT_FLOOR, TargetMetric.UNITS_WITH_TITLE, "UNIT_STRONG", "95", null);
            em.flush();
            return plan.getId() * 1_000_000 + nothing.getId();
        });
        long termId = planId / 1_000_000;
        long emptyId = planId % 1_000_000;

        TargetService.PlanEvaluation term = service.evaluate(leader, termId, YEAR);
        assertEquals(YEAR, term.year());
        List<TargetService.TargetResult> r = term.results();
        assertEquals(TargetOutcome.MET, r.get(0).getOutcome(), "19 of 20 = exactly 95 %");
        assertEquals(new BigDecimal("95.00"), r.get(0).evaluation().actual());
        assertEquals(19, r.get(0).evaluation().reached());
        assertEquals(20, r.get(0).evaluation().total());
        assertEquals(TargetOutcome.NOT_MET, r.get(1).getOutcome(), "6 of 20 = 30 % < 35 %");
        assertEquals(new BigDecimal("30.00"), r.get(1).evaluation().actual());
        assertEquals(TargetOutcome.NOT_MET, r.get(2).getOutcome(), "6 outstanding < 7");
        assertEquals(TargetOutcome.MET, r.get(3).getOutcome(), "2 + 1 provincial and 1 national in 2023–2025: 4");
        assertEquals(new BigDecimal(4), r.get(3).evaluation().actual());
        assertEquals(TargetOutcome.NOT_MET, r.get(4).getOutcome(), "the ward itself was never classified");
        assertEquals(2, term.getReached(), "exactly 95 % and the range");

        TargetService.TargetResult in2024 = service.evaluate(leader, termId, 2024).results().get(3);
        assertEquals(new BigDecimal(2), in2024.evaluation().actual(), "only the awards up to 2024");
        assertEquals(TargetOutcome.NOT_MET, in2024.getOutcome());

        TargetService.TargetResult none = service.evaluate(leader, emptyId, null).results().get(0);
        assertEquals(TargetOutcome.NO_SUBJECTS, none.getOutcome(), "a ward without schools has no share");
    }

    private static void add(EntityManager em, TargetPlan plan, int order, TargetShape shape, TargetMetric metric,
                            String title, String low, String high) {
        em.persist(new Target(plan, order, "Chỉ tiêu " + order, shape, metric, title == null ? null : title(em, title),
                null, null, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high)));
    }

    private static ClassificationTitle title(EntityManager em, String code) {
        return em.createQuery("SELECT t FROM ClassificationTitle t WHERE t.code = :c", ClassificationTitle.class)
                .setParameter("c", code).getSingleResult();
    }

    private static OrgUnit unit(EntityManager em, String code, String name, String level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, name, null, em.find(UnitLevel.class, level), LocalDate.of(2020, 1, 1));
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }
}
