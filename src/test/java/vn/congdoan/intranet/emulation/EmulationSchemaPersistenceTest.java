package vn.congdoan.intranet.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.congdoan.intranet.emulation.award.Award;
import vn.congdoan.intranet.emulation.award.AwardEvent;
import vn.congdoan.intranet.emulation.award.AwardType;
import vn.congdoan.intranet.emulation.award.IssuerTier;
import vn.congdoan.intranet.emulation.classification.ClassificationTitle;
import vn.congdoan.intranet.emulation.classification.MemberClassification;
import vn.congdoan.intranet.emulation.classification.TitleSubject;
import vn.congdoan.intranet.emulation.classification.UnitClassification;
import vn.congdoan.intranet.emulation.movement.Movement;
import vn.congdoan.intranet.emulation.movement.MovementCriterion;
import vn.congdoan.intranet.emulation.movement.MovementEntry;
import vn.congdoan.intranet.emulation.movement.MovementScore;
import vn.congdoan.intranet.emulation.target.Target;
import vn.congdoan.intranet.emulation.target.TargetPlan;
import vn.congdoan.intranet.shared.DatabaseTest;

/** V10's reference data reads through the entities, and every emulation entity maps onto its table. */
class EmulationSchemaPersistenceTest {

    @DatabaseTest
    void titlesAndAwardTypesAreSeededAsData(EntityManager em) {
        List<ClassificationTitle> titles = em.createQuery(
                "SELECT t FROM ClassificationTitle t ORDER BY t.subject, t.rankOrder", ClassificationTitle.class)
                .getResultList();
        assertEquals(8, titles.size());
        assertEquals(TitleSubject.MEMBER, titles.get(0).getSubject());
        assertEquals("Đoàn viên công đoàn xuất sắc", titles.get(0).getNameVi());
        assertEquals("Công đoàn cơ sở vững mạnh xuất sắc", titles.get(4).getNameVi());
        assertEquals(90, titles.get(4).getMinPoints());

        List<AwardType> types = em.createQuery("SELECT t FROM AwardType t ORDER BY t.rankOrder", AwardType.class)
                .getResultList();
        assertEquals(8, types.size());
        assertEquals(IssuerTier.GRASSROOTS, types.get(0).getIssuerTier());
        assertEquals(IssuerTier.NATIONAL, types.get(7).getIssuerTier());
        assertEquals(true, types.get(7).isOncePerPerson(), "the commemorative medal goes once per person");
    }

    @DatabaseTest
    void everyEntityMapsOntoItsTable(EntityManager em) {
        for (Class<?> entity : List.of(UnitClassification.class, MemberClassification.class, Award.class,
                AwardEvent.class, Movement.class, MovementCriterion.class, MovementEntry.class, MovementScore.class,
                TargetPlan.class, Target.class)) {
            List<?> rows = em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e", entity).getResultList();
            assertEquals(0, rows.size(), entity.getSimpleName());
        }
    }
}
