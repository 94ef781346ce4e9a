package vn.congdoan.intranet.reporting.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.reporting.AwardKind;
import vn.congdoan.intranet.reporting.AwardLevel;
import vn.congdoan.intranet.reporting.Classification;
import vn.congdoan.intranet.reporting.ReportFixture;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;

/** Only approved reports are summed; sums per child branch and for the branch match hand-computed totals. */
class ConsolidationPersistenceTest {

    private static final AwardLine PROVINCE_MERIT = new AwardLine(AwardLevel.PROVINCE, AwardKind.MERIT);
    private static final AwardLine SUPERIOR_CERTIFICATE = new AwardLine(AwardLevel.SUPERIOR, AwardKind.CERTIFICATE);

    @DatabaseTest
    void theProvinceTotalSumsTheTwoApprovedReportsOnly(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));

        Consolidation result = new ConsolidationService(em, ReportFixture.scope(em))
                .consolidate(f.leader, f.period.getId(), null);

        FigureTotals total = result.total();
        assertEquals(2, total.included());
        assertEquals(5, total.reports());
        assertEquals(65, total.membersTotal());
        assertEquals(50, total.membersWomen());
        assertEquals(4, total.newMembers());
        assertEquals(2, total.membersLeft());
        assertEquals(6, total.officersTrained());
        assertEquals(2, total.partyIntroduced());
        assertEquals(20 + 12, total.welfareMembers());
        assertEquals(3_500_000L, total.welfareAmount());
        assertEquals(2, total.emulationUnits());
        assertEquals(39 + 24, total.emulationMembers());
        assertEquals(1, total.classified(Classification.STRONG));
        assertEquals(1, total.classified(Classification.EXCELLENT));
        assertEquals(1, total.collectives(PROVINCE_MERIT));
        assertEquals(3, total.individuals(PROVINCE_MERIT));
        assertEquals(2, total.collectives(SUPERIOR_CERTIFICATE));
        assertEquals(5, total.individuals(SUPERIOR_CERTIFICATE));
        assertEquals(List.of(SUPERIOR_CERTIFICATE, PROVINCE_MERIT), result.awardLines());

        assertEquals(2, result.rows().size());
        FigureTotals d1 = result.rows().get(0).totals();
        assertEquals(f.district1.getId(), result.rows().get(0).unitId());
        assertEquals(2, d1.included());
        assertEquals(65, d1.membersTotal());
        FigureTotals d2 = result.rows().get(1).totals();
        assertEquals(0, d2.included());
        assertEquals(3, d2.reports());
        assertEquals(0, d2.membersTotal());
    }

    @DatabaseTest
    void aDistrictConsolidatesItsSchoolsOneRowEach(EntityManager em) {
        ReportFixture f = inTransaction(em, () -> new ReportFixture(em));
        ConsolidationService service = new ConsolidationService(em, ReportFixture.scope(em));

        Consolidation result = service.consolidate(f.officer1, f.period.getId(), null);

        assertEquals(f.district1.getId(), result.branch().unitId());
        assertEquals(2, result.rows().size());
        assertEquals(40, result.rows().stream().filter(r -> r.unitId() == f.a.getId()).findFirst().orElseThrow()
                .totals().membersTotal());
        assertEquals(65, result.total().membersTotal());
        assertThrows(AccessDeniedException.class, () -> service.consolidate(f.officer1, f.period.getId(),
                f.district2.getId()));
        assertThrows(AccessDeniedException.class, () -> service.consolidate(f.schoolOfficerA, f.period.getId(),
                null));
    }
}
