package vn.congdoan.intranet.emulation.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/** A school proposes, its ward decides; the rules, the race and the scope on the demo province. */
class ClassificationServicePersistenceTest {

    private static final int YEAR = 2026;

    @DatabaseTest
    void aSchoolProposesAndItsWardDecides(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ClassificationService service = new ClassificationService(em, DemoProvince.CLOCK);
        Viewer school = demo.viewer("canbo.coso");
        Viewer ward = demo.viewer("canbo.huyen");
        Viewer other = demo.viewer("canbo.coso2");
        assertEquals(YEAR, service.currentSchoolYear());
        Map<String, Long> titles = new HashMap<>();
        service.titles(TitleSubject.UNIT, true).forEach(t -> titles.put(t.getCode(), t.getId()));
        service.titles(TitleSubject.MEMBER, true).forEach(t -> titles.put(t.getCode(), t.getId()));

        BusinessException below = assertThrows(BusinessException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeUnit(school, YEAR, titles.get("UNIT_EXCELLENT"), 85, null, null)));
        assertEquals("points", below.getField(), "85 points are below the cut-off of 90");
        assertEquals("classification.belowCutOff", below.getMessageKey());
        assertThrows(BusinessException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeUnit(school, YEAR, titles.get("UNIT_STRONG"), 106, null, null)));
        assertThrows(BusinessException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeUnit(school, YEAR + 1, titles.get("UNIT_STRONG"), 80, null, null)));
        assertThrows(AccessDeniedException.class, () -> service.proposeUnit(ward, YEAR, titles.get("UNIT_STRONG"),
                80, null, null));

        UnitClassification proposed = TestDatabase.inTransaction(em, () -> service.proposeUnit(school, YEAR,
                titles.get("UNIT_EXCELLENT"), 104, "Tự chấm 99 điểm, cộng 5 điểm thưởng.", null));
        long id = proposed.getId();
        long version = proposed.getVersion();
        // the page that still showed no proposal loses the race
        assertThrows(OptimisticLockException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeUnit(school, YEAR, titles.get("UNIT_STRONG"), 80, null, null)));

        List<Member> members = service.findMembers(school, demo.firstSchoolId(), PageQuery.firstPage(5));
        assertEquals(5, members.size());
        Map<Long, Long> chosen = new HashMap<>();
        members.forEach(m -> chosen.put(m.getId(), titles.get("MEMBER_GOOD")));
        chosen.put(members.get(0).getId(), titles.get("MEMBER_EXCELLENT"));
        assertEquals(5, TestDatabase.inTransaction(em, () -> service.proposeMembers(school, YEAR, chosen)));
        Map<Long, Long> foreign = Map.of(service.findMembers(other, demo.secondSchoolId(), PageQuery.firstPage(1))
                .get(0).getId(), titles.get("MEMBER_GOOD"));
        assertThrows(NotFoundException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeMembers(school, YEAR, foreign)), "not a member of canbo.coso's school");

        // scope: the other school sees nothing of it, not by id either
        assertThrows(NotFoundException.class, () -> service.findUnitClassification(other, demo.firstSchoolId(), YEAR));
        assertThrows(AccessDeniedException.class, () -> service.getProposal(other, id));
        assertThrows(AccessDeniedException.class, () -> service.getProposal(school, id), "no deciding one's own");
        assertEquals(0, service.memberClassifications(other, demo.secondSchoolId(), YEAR,
                chosen.keySet()).size());

        // the ward sees it among the proposals, with its members' counts
        PageQuery waiting = PageQuery.firstPage(50).withFilter(ClassificationService.STATUS,
                ClassificationStatus.PROPOSED).withFilter(ClassificationService.SEARCH, "nguyen khuyen");
        assertEquals(1, service.countProposals(ward, YEAR, waiting));
        assertEquals(id, service.findProposals(ward, YEAR, waiting).get(0).getId());
        Map<Long, Long> counts = service.memberTitleCounts(ward, YEAR, List.of(demo.firstSchoolId()))
                .get(demo.firstSchoolId());
        assertEquals(1L, counts.get(titles.get("MEMBER_EXCELLENT")));
        assertEquals(4L, counts.get(titles.get("MEMBER_GOOD")));
        assertThrows(OptimisticLockException.class, () -> TestDatabase.inTransaction(em,
                () -> service.decideUnit(ward, id, titles.get("UNIT_STRONG"), null, version - 1)));

        UnitClassification decided = TestDatabase.inTransaction(em, () -> service.decideUnit(ward, id,
                titles.get("UNIT_STRONG"), "Chưa đủ minh chứng cho mức xuất sắc.", version));
        assertEquals("UNIT_STRONG", decided.getDecidedTitle().getCode());
        assertEquals(5, TestDatabase.inTransaction(em, () -> service.decideMembersAsProposed(ward,
                demo.firstSchoolId(), YEAR)));
        em.clear();

        UnitClassification seen = service.findUnitClassification(school, demo.firstSchoolId(), YEAR).orElseThrow();
        assertTrue(seen.isDecided());
        assertEquals("Chưa đủ minh chứng cho mức xuất sắc.", seen.getDecisionNote());
        BusinessException again = assertThrows(BusinessException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeUnit(school, YEAR, titles.get("UNIT_EXCELLENT"), 99, null, seen.getVersion())));
        assertEquals("classification.alreadyDecided", again.getMessageKey());
        assertThrows(BusinessException.class, () -> TestDatabase.inTransaction(em,
                () -> service.proposeMembers(school, YEAR, chosen)), "decided members cannot be proposed again");
    }
}
