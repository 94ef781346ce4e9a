package vn.congdoan.intranet.emulation.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Awards on the demo province (2025 tree: province → ward → school): a school's teacher nominated for the province's
 * Bằng khen climbs through the ward to the province, which decides; own kinds granted at once; national awards
 * recorded; once-per-person medals; rejection and revocation with reasons; stale versions; and scope by id and in
 * the lists between canbo.coso and canbo.coso2. Each test works on members of its own.
 */
class AwardServicePersistenceTest {

    private static final long GK_GRASSROOTS = 201;
    private static final long GK_SUPERIOR = 202;
    private static final long BK_PROVINCE = 204;
    private static final long FLAG_PROVINCE = 205;
    private static final long BK_VGCL = 207;
    private static final long MEDAL = 208;
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 11, 20);

    @DatabaseTest
    void aTeacherNominatedByTheSchoolClimbsThroughTheWardAndTheProvinceDecides(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        AwardService awards = new AwardService(em, DemoProvince.CLOCK);
        Viewer school = demo.viewer("canbo.coso");
        long teacher = members(em, demo.firstSchoolId()).get(1);
        long ward = demo.communeIds().get(0);

        Award nominated = inTransaction(em, () -> awards.nominate(school, individual(BK_PROVINCE, teacher)));
        long id = nominated.getId();
        assertEquals(AwardStatus.PENDING, nominated.getStatus());
        assertEquals(ward, nominated.getCurrentUnit().getId());
        assertEquals(demo.provinceId(), nominated.getIssuerUnit().getId());
        assertEquals(em.find(OrgUnit.class, demo.firstSchoolId()).getPath(), nominated.getRecipientPath());
        assertEquals(1, notices(em, "canbo.huyen", id), "the ward is told it waits there");

        Viewer huyen = demo.viewer("canbo.huyen");
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> awards.decide(huyen, id,
                version(em, id), decision())), "the ward is not the issuer");
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> awards.endorse(school, id,
                version(em, id), null)), "the school endorsed its own nomination");
        inTransaction(em, () -> awards.endorse(huyen, id, version(em, id), "Đề nghị đúng thành tích."));
        assertEquals(demo.provinceId(), find(em, id).getCurrentUnit().getId());
        assertEquals(1, notices(em, "lanhdao.tinh", id));

        Viewer province = demo.viewer("lanhdao.tinh");
        refused("decisionNo", "award.decision.numberRequired", () -> inTransaction(em, () -> awards.decide(
                province, id, version(em, id), new NominationForm.Decision(" ", DECIDED_ON, "Nguyễn Văn Thành"))));
        refused("decisionDate", "award.decision.dateFuture", () -> inTransaction(em, () -> awards.decide(province,
                id, version(em, id), new NominationForm.Decision("12/QĐ", LocalDate.of(2026, 12, 1), "A"))));
        inTransaction(em, () -> awards.decide(province, id, version(em, id), decision()));

        Award granted = find(em, id);
        assertEquals(AwardStatus.GRANTED, granted.getStatus());
        assertEquals("185/QĐ-LĐLĐ", granted.getDecisionNo());
        assertEquals(DECIDED_ON, granted.getDecisionDate());
        assertNull(granted.getCurrentUnit());
        assertEquals(List.of(AwardEventKind.NOMINATED, AwardEventKind.ENDORSED, AwardEventKind.GRANTED),
                awards.history(school, id).stream().map(AwardEvent::getKind).toList());
        assertEquals(1, notices(em, "canbo.coso", id), "the school learns the decision");
        refused(null, "award.changedByOther", () -> inTransaction(em, () -> awards.revoke(province, id,
                version(em, id) - 1, "Khai sai thành tích.")));
    }

    @DatabaseTest
    void anotherSchoolNeverSeesTheNominationByIdNorInItsLists(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        AwardService awards = new AwardService(em, DemoProvince.CLOCK);
        AwardRegisterService register = new AwardRegisterService(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer other = demo.viewer("canbo.coso2");
        long teacher = members(em, demo.firstSchoolId()).get(2);
        long id = inTransaction(em, () -> awards.nominate(school, individual(BK_PROVINCE, teacher))).getId();

        assertThrows(AccessDeniedException.class, () -> awards.get(other, id));
        assertThrows(AccessDeniedException.class, () -> awards.history(other, id));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> awards.reject(other, id,
                version(em, id), "Không")));
        assertThrows(AccessDeniedException.class, () -> awards.get(demo.viewer("doanvien"), id));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> awards.nominate(other,
                individual(BK_PROVINCE, teacher))), "a member of another school");
        assertThrows(AccessDeniedException.class, () -> awards.recipientMember(other, teacher));

        PageQuery all = PageQuery.firstPage(200);
        assertTrue(ids(register.find(school, AwardRegisterService.Listing.OWN, all)).contains(id));
        assertFalse(ids(register.find(other, AwardRegisterService.Listing.OWN, all)).contains(id));
        assertFalse(ids(register.find(other, AwardRegisterService.Listing.REGISTER, all)).contains(id));
        assertTrue(ids(register.find(demo.viewer("canbo.huyen"), AwardRegisterService.Listing.WAITING, all))
                .contains(id));
        assertFalse(ids(register.find(demo.viewer("lanhdao.tinh"), AwardRegisterService.Listing.WAITING, all))
                .contains(id), "it does not wait at the province yet");
        assertTrue(ids(register.find(demo.viewer("lanhdao.tinh"), AwardRegisterService.Listing.REGISTER, all))
                .contains(id));
        assertThrows(AccessDeniedException.class, () -> register.count(other, AwardRegisterService.Listing.REGISTER,
                all.withFilter("unitId", demo.firstSchoolId())), "a branch outside its scope");
        assertTrue(register.searchMembers(other, "").stream()
                .allMatch(m -> m.getUnit().getId() == demo.secondSchoolId()));
    }

    @DatabaseTest
    void ownKindsAreGrantedAtOnceAndNationalAwardsRecordedByTheProvince(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        AwardService awards = new AwardService(em, DemoProvince.CLOCK);
        List<Long> teachers = members(em, demo.firstSchoolId());

        NominationForm own = individual(GK_GRASSROOTS, teachers.get(3));
        refused("decisionNo", "award.decision.numberRequired",
                () -> inTransaction(em, () -> awards.nominate(demo.viewer("canbo.coso"), own)));
        own.setDecisionNo("07/QĐ-CĐCS");
        own.setDecisionDate(DECIDED_ON);
        own.setSigner("Đặng Thị Kim Loan");
        Award school = inTransaction(em, () -> awards.nominate(demo.viewer("canbo.coso"), own));
        assertEquals(AwardStatus.GRANTED, school.getStatus());
        assertEquals(demo.firstSchoolId(), school.getIssuerUnit().getId());

        NominationForm ward = collective(GK_SUPERIOR, demo.firstSchoolId());
        ward.setDecisionNo("31/QĐ-CĐP");
        ward.setDecisionDate(DECIDED_ON);
        ward.setSigner("Phạm Quốc Bảo");
        Award superior = inTransaction(em, () -> awards.nominate(demo.viewer("canbo.huyen"), ward));
        assertEquals(AwardStatus.GRANTED, superior.getStatus());
        assertEquals(em.find(OrgUnit.class, demo.firstSchoolId()).getPath(), superior.getRecipientPath());

        NominationForm national = individual(BK_VGCL, teachers.get(4));
        national.setDecisionNo("1520/QĐ-TLĐ");
        national.setDecisionDate(DECIDED_ON);
        national.setSigner("Tổng Liên đoàn Lao động Việt Nam");
        long recorded = inTransaction(em, () -> awards.nominate(demo.viewer("canbo.nganh"), national)).getId();
        assertEquals(List.of(AwardEventKind.RECORDED), awards.history(demo.viewer("lanhdao.tinh"), recorded)
                .stream().map(AwardEvent::getKind).toList());

        refused("type", "award.route.notAbove", () -> inTransaction(em, () -> awards.nominate(
                demo.viewer("canbo.huyen"), individual(GK_GRASSROOTS, teachers.get(5)))));
        refused("unit", "award.recipient.individualOnly", () -> inTransaction(em, () -> awards.nominate(
                demo.viewer("canbo.coso"), collective(MEDAL, demo.firstSchoolId()))));
        refused("member", "award.recipient.collectiveOnly", () -> inTransaction(em, () -> awards.nominate(
                demo.viewer("canbo.coso"), individual(FLAG_PROVINCE, teachers.get(5)))));
        refused("type", "award.route.noIssuer", () -> inTransaction(em, () -> awards.nominate(
                demo.viewer("canbo.coso"), collective(GK_GRASSROOTS, demo.firstSchoolId()))));
    }

    @DatabaseTest
    void theMedalGoesOncePerPersonAndANationalNominationClimbsToTheProvinceThatRecordsIt(TestDatabase db,
                                                                                        EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        AwardService awards = new AwardService(em, DemoProvince.CLOCK);
        Viewer school = demo.viewer("canbo.coso");
        long teacher = members(em, demo.firstSchoolId()).get(6);
        long id = inTransaction(em, () -> awards.nominate(school, individual(MEDAL, teacher))).getId();
        BusinessException twice = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> awards.nominate(school, individual(MEDAL, teacher))));
        assertEquals("award.oncePerPerson", twice.getMessageKey());
        assertEquals("member", twice.getField());

        inTransaction(em, () -> awards.endorse(demo.viewer("canbo.huyen"), id, version(em, id), null));
        inTransaction(em, () -> awards.decide(demo.viewer("canbo.nganh"), id, version(em, id),
                new NominationForm.Decision("2210/QĐ-TLĐ", DECIDED_ON, "Tổng Liên đoàn Lao động Việt Nam")));
        assertEquals(AwardEventKind.RECORDED, awards.history(school, id).get(2).getKind());
        assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> awards.nominate(school, individual(MEDAL, teacher))));
    }

    @DatabaseTest
    void rejectionNeedsAReasonAndRevocationIsTheIssuers(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        AwardService awards = new AwardService(em, DemoProvince.CLOCK);
        Viewer school = demo.viewer("canbo.coso");
        Viewer ward = demo.viewer("canbo.huyen");
        List<Long> teachers = members(em, demo.firstSchoolId());

        long rejected = inTransaction(em, () -> awards.nominate(school, individual(GK_SUPERIOR, teachers.get(7))))
                .getId();
        refused("rejectReason", "award.reject.reasonRequired",
                () -> inTransaction(em, () -> awards.reject(ward, rejected, version(em, rejected), "  ")));
        inTransaction(em, () -> awards.reject(ward, rejected, version(em, rejected), "Chưa đủ thành tích."));
        assertEquals(AwardStatus.REJECTED, find(em, rejected).getStatus());
        assertEquals(1, notices(em, "canbo.coso", rejected));

        long granted = inTransaction(em, () -> awards.nominate(school, individual(GK_SUPERIOR, teachers.get(8))))
                .getId();
        inTransaction(em, () -> awards.decide(ward, granted, version(em, granted), decision()));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> awards.revoke(
                demo.viewer("lanhdao.tinh"), granted, version(em, granted), "Sai")), "only the issuer revokes");
        refused("revokeReason", "award.revoke.reasonRequired",
                () -> inTransaction(em, () -> awards.revoke(ward, granted, version(em, granted), null)));
        inTransaction(em, () -> awards.revoke(ward, granted, version(em, granted), "Khai sai thành tích."));
        assertEquals(AwardStatus.REVOKED, find(em, granted).getStatus());
    }

    @DatabaseTest
    void theRegisterFindsANameWithoutDiacriticsAndTheMemberSeesOnlyTheirOwnGrantedAwards(TestDatabase db,
                                                                                         EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        AwardService awards = new AwardService(em, DemoProvince.CLOCK);
        AwardRegisterService register = new AwardRegisterService(em);
        Viewer school = demo.viewer("canbo.coso");
        Member me = em.find(Member.class, demo.firstMemberId());
        NominationForm own = individual(GK_GRASSROOTS, me.getId());
        own.setDecisionNo("09/QĐ-CĐCS");
        own.setDecisionDate(DECIDED_ON);
        own.setSigner("Đặng Thị Kim Loan");
        long id = inTransaction(em, () -> awards.nominate(school, own)).getId();
        long pending = inTransaction(em, () -> awards.nominate(school, individual(BK_PROVINCE, me.getId()))).getId();

        String folded = vn.congdoan.intranet.shared.TextNormalizer.fold(me.getFullName());
        PageQuery byName = PageQuery.firstPage(50).withFilter("search", folded.toUpperCase())
                .withFilter("status", AwardStatus.GRANTED).withFilter("year", 2026);
        assertTrue(ids(register.find(demo.viewer("lanhdao.tinh"), AwardRegisterService.Listing.REGISTER, byName))
                .contains(id));
        assertEquals(0, register.count(demo.viewer("canbo.coso2"), AwardRegisterService.Listing.REGISTER, byName));

        Viewer member = demo.viewer("doanvien");
        List<Long> mine = ids(register.mine(member));
        assertTrue(mine.contains(id));
        assertFalse(mine.contains(pending), "a pending nomination is not the member's award yet");
        assertTrue(register.mine(member).stream().allMatch(a -> a.getRecipientMember().getId() == me.getId()));
        assertEquals(me.getFullName(), awards.get(member, id).getRecipientName());
        assertThrows(AccessDeniedException.class, () -> awards.get(member, pending));
        assertThrows(AccessDeniedException.class, () -> register.count(member, AwardRegisterService.Listing.REGISTER,
                byName));

        byte[] sheet = register.registerWorkbook(demo.viewer("canbo.coso"), byName, java.util.Locale.ENGLISH)
                .content();
        assertTrue(sheet.length > 1000);
        assertEquals("'=1+1", AwardRegisterXlsx.neutralised("=1+1"));
        assertEquals("'-5", AwardRegisterXlsx.neutralised("-5"));
        assertEquals("Nguyễn", AwardRegisterXlsx.neutralised("Nguyễn"));
    }

    // ----- helpers -----

    private static NominationForm individual(long typeId, long memberId) {
        NominationForm form = new NominationForm();
        form.setTypeId(typeId);
        form.setMemberId(memberId);
        form.setSchoolYear(2026);
        form.setCitation("Hoàn thành xuất sắc nhiệm vụ năm học, tích cực trong phong trào thi đua của công đoàn.");
        return form;
    }

    private static NominationForm collective(long typeId, long unitId) {
        NominationForm form = individual(typeId, 0);
        form.setMemberId(null);
        form.setUnitId(unitId);
        return form;
    }

    private static NominationForm.Decision decision() {
        return new NominationForm.Decision("185/QĐ-LĐLĐ", DECIDED_ON, "Nguyễn Văn Thành");
    }

    private static List<Long> members(EntityManager em, long unitId) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.unit.id = :unit AND m.status = :active"
                        + " ORDER BY m.id", Long.class)
                .setParameter("unit", unitId).setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    private static Award find(EntityManager em, long id) {
        em.clear();
        return em.find(Award.class, id);
    }

    private static long version(EntityManager em, long id) {
        return find(em, id).getVersion();
    }

    private static List<Long> ids(List<Award> awards) {
        return awards.stream().map(Award::getId).toList();
    }

    /** Notifications about this award received by the demo account. */
    private static long notices(EntityManager em, String username, long awardId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n, UserAccount a WHERE n.accountId = a.id"
                        + " AND a.username = :user AND n.link = :link", Long.class)
                .setParameter("user", username).setParameter("link", "/emulation/award.xhtml?id=" + awardId)
                .getSingleResult();
    }

    private static void refused(String field, String key, Executable call) {
        BusinessException refusal = assertThrows(BusinessException.class, call, key);
        assertEquals(key, refusal.getMessageKey());
        assertEquals(field, refusal.getField(), key);
    }
}
