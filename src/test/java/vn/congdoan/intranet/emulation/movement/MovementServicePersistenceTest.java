package vn.congdoan.intranet.emulation.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Movements on the demo province (today 24/11/2026): lanhdao.tinh launches, canbo.coso registers its school and a
 * woman teacher, self-scores and submits, the province scores; canbo.coso2 never reaches canbo.coso's registrations.
 */
class MovementServicePersistenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @DatabaseTest
    void aLaunchIsRefusedAtTheFieldForEachBrokenRule(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        MovementService service = new MovementService(em, DemoProvince.CLOCK);
        Viewer province = demo.viewer("lanhdao.tinh");

        refused("name", "movement.name.required", () -> service.launch(province, edit(form(), f -> f.setName(" "))));
        refused("endsOn", "movement.endsOn.beforeStart",
                () -> service.launch(province, edit(form(), f -> f.setEndsOn(f.getStartsOn().minusDays(1)))));
        refused("registerUntil", "movement.registerUntil.afterEnd",
                () -> service.launch(province, edit(form(), f -> f.setRegisterUntil(f.getEndsOn().plusDays(1)))));
        refused("registerUntil", "movement.registerUntil.past",
                () -> service.launch(province, edit(form(), f -> f.setRegisterUntil(TODAY.minusDays(1)))));
        refused("criteria", "movement.criteria.none",
                () -> service.launch(province, edit(form(), f -> f.getCriteria().clear())));
        refused("criteria", "movement.criterion.pointsPositive", () -> service.launch(province,
                edit(form(), f -> f.getCriteria().get(1).setMaxPoints(0))));
        refused("criteria", "movement.criterion.nameRequired", () -> service.launch(province,
                edit(form(), f -> f.getCriteria().get(0).setName(""))));
        refused("goodFromPct", "movement.threshold.order",
                () -> service.launch(province, edit(form(), f -> f.setGoodFromPct(95))));
        refused("passFromPct", "movement.threshold.range",
                () -> service.launch(province, edit(form(), f -> f.setPassFromPct(0))));
        assertThrows(AccessDeniedException.class, () -> service.launch(demo.viewer("canbo.coso"), form()));

        Movement launched = inTransaction(em, () -> service.launch(province, edit(form(), f -> {
            f.addCriterion(); // an empty line left by "add" is no criterion
            f.moveUp(1);      // the second criterion goes first
        })));
        assertEquals(MovementStatus.OPEN, launched.getStatus());
        assertEquals(demo.provinceId(), launched.getUnit().getId());
        assertEquals(List.of("Có sáng kiến kinh nghiệm được công nhận", "Hoàn thành xuất sắc nhiệm vụ giảng dạy"),
                service.criteria(province, launched.getId()).stream().map(MovementCriterion::getName).toList());
        assertEquals(30, service.maxPoints(launched));
        assertEquals(90, launched.getExcellentFromPct());
    }

    @DatabaseTest
    void everythingChangesBeforeTheFirstRegistrationAndOnlyTheDeadlineAfter(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        MovementService service = new MovementService(em, DemoProvince.CLOCK);
        Viewer province = demo.viewer("lanhdao.tinh");
        long id = inTransaction(em, () -> service.launch(province, form())).getId();

        MovementForm changed = edit(form(), f -> {
            f.setName("Thi đua dạy tốt, học tốt");
            f.getCriteria().add(new MovementForm.Criterion("Tham gia hội giảng cấp trường", 5));
        });
        inTransaction(em, () -> service.update(province, id, version(em, id), changed));
        assertEquals(35, service.maxPoints(find(em, id)));
        assertThrows(AccessDeniedException.class, () -> service.update(demo.viewer("canbo.huyen"), id,
                version(em, id), changed));
        refused(null, "movement.changedByOther", () -> service.update(province, id, version(em, id) - 1, changed));

        inTransaction(em, () -> service.registerUnit(demo.viewer("canbo.coso"), id));
        refused(null, "movement.edit.onlyDeadline", () -> service.update(province, id, version(em, id),
                edit(MovementForm.of(find(em, id), criteria(em, id)), f -> f.getCriteria().remove(2))));
        refused("registerUntil", "movement.registerUntil.onlyLater", () -> service.update(province, id,
                version(em, id), edit(MovementForm.of(find(em, id), criteria(em, id)),
                        f -> f.setRegisterUntil(TODAY.plusDays(1)))));
        LocalDate later = find(em, id).getRegisterUntil().plusDays(10);
        inTransaction(em, () -> service.update(province, id, version(em, id),
                edit(MovementForm.of(find(em, id), criteria(em, id)), f -> f.setRegisterUntil(later))));
        assertEquals(later, find(em, id).getRegisterUntil());
        assertEquals("Thi đua dạy tốt, học tốt", find(em, id).getName());
    }

    @DatabaseTest
    void registrationKeepsTheDeadlineAndTheWomenOnlyRule(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        MovementService service = new MovementService(em, DemoProvince.CLOCK);
        Viewer province = demo.viewer("lanhdao.tinh");
        Viewer school = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> service.launch(province, edit(form(), f -> {
            f.setParticipants(Participants.MEMBERS);
            f.setWomenOnly(true);
        }))).getId();
        long woman = member(em, demo.firstSchoolId(), Gender.FEMALE);
        long man = member(em, demo.firstSchoolId(), Gender.MALE);

        refused(null, "movement.register.unitsNotAllowed", () -> service.registerUnit(school, id));
        refused("member", "movement.register.womenOnly", () -> service.registerMember(school, id, man));
        MovementEntry entry = inTransaction(em, () -> service.registerMember(school, id, woman));
        assertEquals(EntryStatus.REGISTERED, entry.getStatus());
        assertEquals(demo.firstSchoolId(), entry.getUnit().getId());
        refused("member", "movement.register.already", () -> service.registerMember(school, id, woman));
        assertThrows(AccessDeniedException.class, () -> service.registerMember(demo.viewer("canbo.coso2"), id, woman));
        assertThrows(AccessDeniedException.class, () -> service.registerMember(province, id, woman));
        assertTrue(service.memberCandidates(school, "").stream()
                .allMatch(m -> m.getUnit().getId() == demo.firstSchoolId()));

        // the deadline is the last day: on it registration is open, the day after it is not
        LocalDate deadline = find(em, id).getRegisterUntil();
        MovementService onDeadline = new MovementService(em, at(deadline));
        MovementService dayAfter = new MovementService(em, at(deadline.plusDays(1)));
        long another = member(em, demo.firstSchoolId(), Gender.FEMALE, woman);
        refused(null, "movement.register.deadlinePassed", () -> dayAfter.registerMember(school, id, another));
        inTransaction(em, () -> onDeadline.registerMember(school, id, another));
    }

    @DatabaseTest
    void selfScoreWithinBoundsThenTheLaunchersScoreGivesTheResult(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        MovementService service = new MovementService(em, DemoProvince.CLOCK);
        Viewer province = demo.viewer("lanhdao.tinh");
        Viewer school = demo.viewer("canbo.coso");
        long id = inTransaction(em, () -> service.launch(province, form())).getId();
        long entryId = inTransaction(em, () -> service.registerUnit(school, id)).getId();

        List<ScoreLine> sheet = service.sheet(school, entryId);
        assertEquals(2, sheet.size());
        sheet.get(0).setSelfPoints(21);
        refused("scores", "movement.score.pointsRange",
                () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, false));
        sheet.get(0).setSelfPoints(-1);
        refused("scores", "movement.score.pointsRange",
                () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, false));
        sheet.get(0).setSelfPoints(19);
        sheet.get(0).setEvidence("Giờ dạy xếp loại giỏi: 18/20 tiết dự giờ");
        inTransaction(em, () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, false));
        refused("scores", "movement.score.pointsRequired",
                () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, true));
        sheet.get(1).setSelfPoints(10);
        refused("scores", "movement.self.evidenceRequired",
                () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, true));
        sheet.get(1).setEvidence("Sáng kiến được Hội đồng khoa học tỉnh công nhận");
        refused(null, "movement.score.notReady", () -> service.score(province, entryId, entryVersion(em, entryId),
                service.sheet(province, entryId)));
        MovementEntry submitted = inTransaction(em,
                () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, true));
        assertEquals(EntryStatus.SELF_SCORED, submitted.getStatus());
        assertEquals(29, submitted.getSelfPoints());
        refused(null, "movement.self.done",
                () -> service.selfScore(school, entryId, entryVersion(em, entryId), sheet, false));

        List<ScoreLine> scoring = service.sheet(province, entryId);
        assertEquals("Giờ dạy xếp loại giỏi: 18/20 tiết dự giờ", scoring.get(0).getEvidence());
        scoring.get(0).setSuperiorPoints(18);
        scoring.get(1).setSuperiorPoints(9);
        assertThrows(AccessDeniedException.class, () -> service.score(demo.viewer("canbo.huyen"), entryId,
                entryVersion(em, entryId), scoring));
        refused(null, "movement.changedByOther",
                () -> service.score(province, entryId, entryVersion(em, entryId) + 1, scoring));
        refused(null, "movement.close.waiting", () -> service.close(province, id, version(em, id)));
        MovementEntry scored = inTransaction(em,
                () -> service.score(province, entryId, entryVersion(em, entryId), scoring));
        // 27 of 30 is exactly 90 %: Xuất sắc
        assertEquals(27, scored.getFinalPoints());
        assertEquals(MovementResult.EXCELLENT, scored.getResult());
        assertEquals(demo.provinceId(), scored.getScoredByUnit().getId());
        assertEquals(1L, service.resultCounts(province, id).get(MovementResult.EXCELLENT));
        assertEquals(MovementResult.EXCELLENT, service.getEntry(school, entryId).getResult());

        inTransaction(em, () -> service.close(province, id, version(em, id)));
        assertEquals(MovementStatus.CLOSED, find(em, id).getStatus());
        refused(null, "movement.closed", () -> service.registerUnit(demo.viewer("canbo.coso2"), id));
    }

    @DatabaseTest
    void anotherSchoolNeverReachesTheRegistrationsOfCanboCoso(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        MovementService service = new MovementService(em, DemoProvince.CLOCK);
        Viewer province = demo.viewer("lanhdao.tinh");
        Viewer school = demo.viewer("canbo.coso");
        Viewer other = demo.viewer("canbo.coso2");
        long id = inTransaction(em, () -> service.launch(province, form())).getId();
        long mine = inTransaction(em, () -> service.registerUnit(school, id)).getId();
        long theirs = inTransaction(em, () -> service.registerUnit(other, id)).getId();

        assertThrows(AccessDeniedException.class, () -> service.getEntry(other, mine));
        assertThrows(AccessDeniedException.class, () -> service.sheet(other, mine));
        assertThrows(AccessDeniedException.class, () -> service.selfScore(other, mine, entryVersion(em, mine),
                service.sheet(school, mine), false));
        assertThrows(AccessDeniedException.class, () -> service.getEntry(demo.viewer("doanvien"), mine));
        assertEquals(List.of(theirs), ids(service.findEntries(other, id, PageQuery.firstPage(50))));
        assertEquals(List.of(mine), ids(service.findEntries(school, id, PageQuery.firstPage(50))));
        assertEquals(1, service.countEntries(school, id, PageQuery.firstPage(1)));
        assertEquals(2, service.countEntries(province, id, PageQuery.firstPage(1)));
        assertEquals(1, service.countEntries(demo.viewer("canbo.huyen"), id,
                PageQuery.firstPage(1).withFilter("search", "nguyen khuyen")));

        // the school sees the province's movement; a movement of the ward is not seen by the province's other wards
        assertTrue(service.findMovements(school, PageQuery.firstPage(200)).stream().anyMatch(m -> m.getId() == id));
        long ward = inTransaction(em, () -> service.launch(demo.viewer("canbo.huyen"), form())).getId();
        assertTrue(service.findMovements(school, PageQuery.firstPage(200)).stream().anyMatch(m -> m.getId() == ward));
        assertTrue(service.findMovements(province, PageQuery.firstPage(200)).stream().anyMatch(m -> m.getId() == ward));
        Viewer otherWard = demo.viewer("canbo.huyen");
        otherWard = new Viewer(otherWard.accountId(), "canbo.phuong2", "x", otherWard.role(), demo.communeIds().get(1),
                unitPath(em, demo.communeIds().get(1)), null);
        Viewer elsewhere = otherWard;
        assertThrows(AccessDeniedException.class, () -> service.get(elsewhere, ward));
        assertFalse(service.findMovements(elsewhere, PageQuery.firstPage(200)).stream()
                .anyMatch(m -> m.getId() == ward));
    }

    // ----- helpers -----

    static MovementForm form() {
        MovementForm form = new MovementForm();
        form.setName("Giỏi việc trường, đảm việc nhà");
        form.setDescription("Phong trào thi đua dành cho nữ nhà giáo, cán bộ quản lý và người lao động.");
        form.setParticipants(Participants.BOTH);
        form.setStartsOn(TODAY.minusDays(30));
        form.setEndsOn(TODAY.plusMonths(6));
        form.setRegisterUntil(TODAY.plusDays(20));
        form.getCriteria().add(new MovementForm.Criterion("Hoàn thành xuất sắc nhiệm vụ giảng dạy", 20));
        form.getCriteria().add(new MovementForm.Criterion("Có sáng kiến kinh nghiệm được công nhận", 10));
        return form;
    }

    private static MovementForm edit(MovementForm form, java.util.function.Consumer<MovementForm> change) {
        change.accept(form);
        return form;
    }

    private static Clock at(LocalDate day) {
        return Clock.offset(DemoProvince.CLOCK, Duration.between(TODAY.atStartOfDay(), day.atStartOfDay()));
    }

    private static Movement find(EntityManager em, long id) {
        em.clear();
        return em.find(Movement.class, id);
    }

    private static long version(EntityManager em, long id) {
        return find(em, id).getVersion();
    }

    private static long entryVersion(EntityManager em, long id) {
        em.clear();
        return em.find(MovementEntry.class, id).getVersion();
    }

    private static List<MovementCriterion> criteria(EntityManager em, long id) {
        return em.createQuery("SELECT c FROM MovementCriterion c WHERE c.movement.id = :id ORDER BY c.sortOrder",
                MovementCriterion.class).setParameter("id", id).getResultList();
    }

    private static long member(EntityManager em, long unitId, Gender gender, Long... except) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.unit.id = :unit AND m.gender = :gender"
                        + " AND m.status = :active ORDER BY m.id", Long.class)
                .setParameter("unit", unitId).setParameter("gender", gender)
                .setParameter("active", MemberStatus.ACTIVE).getResultList().stream()
                .filter(id -> !List.of(except).contains(id)).findFirst().orElseThrow();
    }

    private static String unitPath(EntityManager em, long unitId) {
        return em.createQuery("SELECT u.path FROM OrgUnit u WHERE u.id = :id", String.class)
                .setParameter("id", unitId).getSingleResult();
    }

    private static List<Long> ids(List<MovementEntry> entries) {
        return entries.stream().map(MovementEntry::getId).toList();
    }

    private static void refused(String field, String key, Executable call) {
        BusinessException refusal = assertThrows(BusinessException.class, call, key);
        assertEquals(key, refusal.getMessageKey());
        assertEquals(field, refusal.getField(), key);
    }
}
