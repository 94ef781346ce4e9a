package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.welfare.concern.ConcernService;
import vn.congdoan.intranet.welfare.fund.FundService;

/** Helpers of the welfare tests on the demo province: services, forms, other schools' officers, a case's version. */
final class WelfareFixture {

    /** The demo clock's day: 24/11/2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private WelfareFixture() {
    }

    static WelfareService welfare(EntityManager em) {
        return new WelfareService(em, DemoProvince.CLOCK);
    }

    static FundService funds(EntityManager em) {
        return new FundService(em, DemoProvince.CLOCK);
    }

    static ConcernService concerns(EntityManager em) {
        return new ConcernService(em, DemoProvince.CLOCK);
    }

    static WelfareCaseForm form(long memberId, WelfareKind kind, long amount) {
        WelfareCaseForm form = new WelfareCaseForm();
        form.setMemberId(memberId);
        form.setKind(kind);
        form.setOccurredOn(TODAY.minusDays(3));
        form.setAmount(amount);
        form.setDescription("Đoàn viên điều trị tại Bệnh viện Đa khoa tỉnh, chẩn đoán viêm phổi.");
        return form;
    }

    /** Opens and submits a case; returns its id. */
    static long submitted(EntityManager em, Viewer officer, long memberId, WelfareKind kind, long amount) {
        WelfareService welfare = welfare(em);
        long id = inTransaction(em, () -> welfare.open(officer, form(memberId, kind, amount))).getId();
        inTransaction(em, () -> welfare.submit(officer, id, version(em, id)));
        return id;
    }

    /** A case within the school's own limit, opened, submitted and approved by the school's officer. */
    static long approved(EntityManager em, Viewer officer, long memberId, long amount) {
        long id = submitted(em, officer, memberId, WelfareKind.HARDSHIP, amount);
        inTransaction(em, () -> welfare(em).approve(officer, id, version(em, id), null));
        return id;
    }

    static WelfareCase find(EntityManager em, long id) {
        em.clear();
        return em.find(WelfareCase.class, id);
    }

    static long version(EntityManager em, long id) {
        return find(em, id).getVersion();
    }

    /**
     * The active schools of the wards (the first ward's first) other than the two demo schools, each with active members, for tests that
     * need a union (and its fund) of their own.
     */
    static List<OrgUnit> otherSchools(EntityManager em, DemoProvince demo) {
        List<OrgUnit> schools = new ArrayList<>();
        for (long ward : demo.communeIds()) {
            schools.addAll(em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent.id = :ward AND u.active = TRUE"
                            + " AND u.level.code = 'GRASSROOTS_UNION' AND u.id NOT IN :demo AND EXISTS (SELECT m"
                            + " FROM Member m WHERE m.unit = u AND m.status = :active) ORDER BY u.id", OrgUnit.class)
                    .setParameter("ward", ward)
                    .setParameter("demo", List.of(demo.firstSchoolId(), demo.secondSchoolId()))
                    .setParameter("active", MemberStatus.ACTIVE).getResultList());
        }
        return schools;
    }

    /** A grassroots officer of the school, as the services see them. */
    static Viewer officerOf(OrgUnit school) {
        return new Viewer(-school.getId(), "canbo." + school.getId(), "Cán bộ " + school.getName(),
                Role.GRASSROOTS_OFFICER, school.getId(), school.getPath(), null);
    }

    static List<Long> memberIds(EntityManager em, long unitId) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.unit.id = :unit AND m.status = :active"
                        + " ORDER BY m.id", Long.class)
                .setParameter("unit", unitId).setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    static void refused(String field, String key, Executable call) {
        BusinessException refusal = assertThrows(BusinessException.class, call, key);
        assertEquals(key, refusal.getMessageKey());
        assertEquals(field, refusal.getField(), key);
    }
}
