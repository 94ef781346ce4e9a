package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.emulation.award.AwardType;
import vn.congdoan.intranet.emulation.award.IssuerTier;
import vn.congdoan.intranet.emulation.classification.ClassificationTitle;
import vn.congdoan.intranet.emulation.classification.UnitClassification;
import vn.congdoan.intranet.emulation.target.PlanKind;
import vn.congdoan.intranet.emulation.target.Target;
import vn.congdoan.intranet.emulation.target.TargetMetric;
import vn.congdoan.intranet.emulation.target.TargetPlan;
import vn.congdoan.intranet.emulation.target.TargetShape;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The demo's yearly classifications and targets: every grassroots union and its members classified and decided for
 * school years 2023–2025, half of the unions (canbo.coso's school among them, its members not yet) proposing 2026
 * and waiting for their ward; a handful of granted awards; the provincial federation's congress term plan with nine
 * targets of every shape (about seven met for 2025) and a year plan of canbo.huyen's ward. Members' rows go in with
 * one INSERT … SELECT per year, so the step stays fast at any province size.
 */
public final class ClassificationDemoData {

    /** The province's term, school years 2023–2024 to 2027–2028. */
    public static final String TERM_NAME =
            "Nghị quyết Đại hội Công đoàn Giáo dục tỉnh Bình Sơn lần thứ V, nhiệm kỳ 2023–2028";

    private final EntityManager em;
    private final Instant now;
    private final Map<String, ClassificationTitle> titles = new HashMap<>();

    public ClassificationDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.now = clock.instant();
        em.createQuery("SELECT t FROM ClassificationTitle t", ClassificationTitle.class).getResultList()
                .forEach(t -> titles.put(t.getCode(), t));
    }

    /** The units the step works with. */
    public record Units(OrgUnit province, OrgUnit ward, OrgUnit firstSchool, OrgUnit secondSchool) {
    }

    /** Creates everything; returns a line for the log. */
    public String create(Units units) {
        int unitRows = 0;
        int memberRows = 0;
        for (int year = 2023; year <= 2025; year++) {
            unitRows += classifyUnits(units, year, true);
            memberRows += classifyMembers(units, year, true);
        }
        unitRows += classifyUnits(units, 2026, false);
        memberRows += classifyMembers(units, 2026, false);
        // the province's own title is decided outside the system (by the national confederation) and recorded
        UnitClassification own = new UnitClassification(2025, units.province(), title("UNIT_EXCELLENT"), 96,
                "Tự đánh giá theo hướng dẫn của Tổng Liên đoàn.", "demo", at(2026, 8, 10));
        own.decide(title("UNIT_EXCELLENT"), "Tổng Liên đoàn công nhận.", "demo", null, at(2026, 10, 5));
        em.persist(own);
        int awards = awards(units);
        termPlan(units.province(), units);
        wardPlan(units.ward());
        em.flush();
        return unitRows + " union and " + memberRows + " member classifications, " + awards + " awards, 2 plans";
    }

    // ----- classifications -----

    private int classifyUnits(Units units, int year, boolean decided) {
        List<OrgUnit> unions = em.createQuery("SELECT u FROM OrgUnit u WHERE u.level.code = 'GRASSROOTS_UNION'"
                        + " AND u.path LIKE :province AND u.validFrom <= :end AND (u.validTo IS NULL OR u.validTo >="
                        + " :start) ORDER BY u.id", OrgUnit.class)
                .setParameter("province", units.province().getPath() + "%")
                .setParameter("start", LocalDate.of(year, 9, 1)).setParameter("end", LocalDate.of(year + 1, 8, 31))
                .getResultList();
        int created = 0;
        for (int i = 0; i < unions.size(); i++) {
            OrgUnit union = unions.get(i);
            boolean proposes = decided || i % 2 == 0 || union.equals(units.firstSchool());
            if (!proposes || !decided && union.equals(units.secondSchool())) {
                continue;
            }
            // one union in 25 only completes its tasks, one in three is outstanding, the rest strong
            String code = i % 25 == 24 ? "UNIT_COMPLETED" : i % 3 == 0 ? "UNIT_EXCELLENT" : "UNIT_STRONG";
            int points = switch (code) {
                case "UNIT_EXCELLENT" -> 90 + i % 10;
                case "UNIT_STRONG" -> 72 + i % 17;
                default -> 55 + i % 14;
            };
            UnitClassification classification = new UnitClassification(year, union, title(code), points,
                    "Tự chấm theo bộ tiêu chí năm học " + year + "–" + (year + 1) + ".", "demo", at(year + 1, 8, 5));
            if (decided) {
                classification.decide(title(code), null, "demo", union.getParent(), at(year + 1, 9, 20));
            }
            em.persist(classification);
            created++;
        }
        em.flush();
        return created;
    }

    /**
     * The members of the year's classified unions who were members during it, in one statement. Titles follow the
     * member id: one in a hundred did not complete their tasks, three in ten were outstanding, six in ten did well.
     */
    private int classifyMembers(Units units, int year, boolean decided) {
        long span = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM union_member")
                .getSingleResult()).longValue();
        long base = reserveIds(span);
        String title = "CASE WHEN MOD(m.id, 100) = 0 THEN ?1 WHEN MOD(m.id, 10) < 3 THEN ?2"
                + " WHEN MOD(m.id, 10) < 9 THEN ?3 ELSE ?4 END";
        int rows = em.createNativeQuery("INSERT INTO member_classification (id, version, school_year, member_id,"
                        + " unit_id, proposed_title_id, status, proposed_by, proposed_at, decided_title_id,"
                        + " decided_by, decided_by_unit_id, decided_at)"
                        + " SELECT ?5 + m.id, 1, ?6, m.id, m.unit_id, " + title + ", ?7, 'demo', ?8, "
                        + (decided ? title + ", 'demo', u.parent_id, ?9" : "NULL, NULL, NULL, NULL")
                        + " FROM union_member m JOIN unit_classification c ON c.unit_id = m.unit_id"
                        + " AND c.school_year = ?6 JOIN org_unit u ON u.id = m.unit_id"
                        + " WHERE m.joined_on <= ?10 AND (m.left_on IS NULL OR m.left_on >= ?11) AND u.id <> ?12")
                .setParameter(1, title("MEMBER_NOT_COMPLETED").getId()).setParameter(2, title("MEMBER_EXCELLENT").getId())
                .setParameter(3, title("MEMBER_GOOD").getId()).setParameter(4, title("MEMBER_COMPLETED").getId())
                .setParameter(5, base).setParameter(6, year).setParameter(7, decided ? "DECIDED" : "PROPOSED")
                .setParameter(8, sqlTime(at(year + 1, 8, 5))).setParameter(9, sqlTime(at(year + 1, 9, 20)))
                .setParameter(10, sqlDay(LocalDate.of(year + 1, 8, 31))).setParameter(11, sqlDay(LocalDate.of(year, 9, 1)))
                // canbo.coso proposes its members' 2026 titles in the demo itself
                .setParameter(12, decided ? -1L : units.firstSchool().getId())
                .executeUpdate();
        return rows;
    }

    // ----- awards -----

    /** A few granted awards per year, in SQL: the award workflow belongs to its own feature. */
    private int awards(Units units) {
        List<OrgUnit> unions = em.createQuery("SELECT u FROM OrgUnit u WHERE u.level.code = 'GRASSROOTS_UNION'"
                + " AND u.active = TRUE AND u.path LIKE :p ORDER BY u.id", OrgUnit.class)
                .setParameter("p", units.province().getPath() + "%").getResultList();
        int created = 0;
        for (int year = 2023; year <= 2025; year++) {
            for (int i = 0; i < 6; i++) {
                OrgUnit union = unions.get((year * 7 + i * 5) % unions.size());
                String type = i < 4 ? "BK_PROVINCE" : i == 4 ? "FLAG_PROVINCE" : "BK_EDU_UNION_VN";
                if (type.equals("FLAG_PROVINCE") && year != 2024) {
                    type = "GK_SUPERIOR_OVERALL";
                }
                award(type, year, union, units.province());
                created++;
            }
        }
        award("BK_VGCL", 2024, units.firstSchool(), units.province());
        return created + 1;
    }

    private void award(String typeCode, int year, OrgUnit union, OrgUnit province) {
        AwardType type = em.createQuery("SELECT t FROM AwardType t WHERE t.code = :c", AwardType.class)
                .setParameter("c", typeCode).getSingleResult();
        OrgUnit issuer = type.getIssuerTier() == IssuerTier.DIRECT_SUPERIOR && union.getParent() != null
                ? union.getParent() : province;
        em.createNativeQuery("INSERT INTO award (id, version, award_type_id, school_year, recipient_unit_id,"
                        + " recipient_name, search_name, recipient_path, nominating_unit_id, issuer_unit_id, citation,"
                        + " status, decision_no, decision_date, signer, created_by, created_at, decided_at)"
                        + " VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'GRANTED', ?11, ?12, ?13, 'demo', ?14, ?14)")
                .setParameter(1, reserveIds(1)).setParameter(2, type.getId()).setParameter(3, year)
                .setParameter(4, union.getId()).setParameter(5, union.getName())
                .setParameter(6, TextNormalizer.fold(union.getName())).setParameter(7, union.getPath())
                .setParameter(8, union.getId()).setParameter(9, issuer.getId())
                .setParameter(10, "Hoàn thành xuất sắc nhiệm vụ năm học " + year + "–" + (year + 1) + ".")
                .setParameter(11, (100 + year % 100) + "/QĐ-KT").setParameter(12, sqlDay(LocalDate.of(year + 1, 9, 25)))
                .setParameter(13, "Chủ tịch").setParameter(14, sqlTime(at(year + 1, 9, 25))).executeUpdate();
    }

    // ----- plans -----

    private void termPlan(OrgUnit province, Units units) {
        TargetPlan plan = new TargetPlan(province, PlanKind.TERM, TERM_NAME, 2023, 2027, "demo", at(2023, 10, 15));
        em.persist(plan);
        int n = 0;
        target(plan, ++n, "Công đoàn Giáo dục tỉnh hằng năm đạt danh hiệu vững mạnh", TargetShape.TITLE,
                TargetMetric.OWN_TITLE, "UNIT_STRONG", null, null, null, null);
        target(plan, ++n, "Ít nhất 95% công đoàn cơ sở đạt vững mạnh trở lên", TargetShape.PERCENT_FLOOR,
                TargetMetric.UNITS_WITH_TITLE, "UNIT_STRONG", null, null, "95", null);
        target(plan, ++n, "Ít nhất 50% công đoàn cơ sở đạt vững mạnh xuất sắc", TargetShape.PERCENT_FLOOR,
                TargetMetric.UNITS_WITH_TITLE, "UNIT_EXCELLENT", null, null, "50", null);
        target(plan, ++n, "Ít nhất 97% đoàn viên hoàn thành nhiệm vụ trở lên", TargetShape.PERCENT_FLOOR,
                TargetMetric.MEMBERS_WITH_TITLE, "MEMBER_COMPLETED", null, null, "97", null);
        target(plan, ++n, "Ít nhất 20% đoàn viên được công nhận đoàn viên công đoàn xuất sắc",
                TargetShape.PERCENT_FLOOR, TargetMetric.MEMBERS_WITH_TITLE, "MEMBER_EXCELLENT", null, null, "20", null);
        target(plan, ++n, "Ít nhất 10 công đoàn cơ sở vững mạnh xuất sắc mỗi năm", TargetShape.COUNT,
                TargetMetric.UNITS_WITH_TITLE, "UNIT_EXCELLENT", null, null, "10", null);
        target(plan, ++n, "14 tập thể, cá nhân được Bằng khen, Cờ thi đua từ cấp tỉnh trở lên", TargetShape.COUNT,
                TargetMetric.AWARDS_GRANTED, null, null, IssuerTier.PROVINCE, "14", null);
        target(plan, ++n, "Ít nhất 2 tập thể được Bằng khen của Tổng Liên đoàn Lao động Việt Nam", TargetShape.COUNT,
                TargetMetric.AWARDS_GRANTED, null, "BK_VGCL", null, "2", null);
        long introduced = partyIntroduced(province, 2023, 2025);
        long low = Math.max(1, introduced * 8 / 10);
        long high = Math.max(low + 5, introduced + introduced / 5);
        target(plan, ++n, "Giới thiệu từ " + low + " đến " + high + " đoàn viên ưu tú cho Đảng xem xét kết nạp",
                TargetShape.RANGE, TargetMetric.PARTY_INTRODUCED, null, null, null, String.valueOf(low),
                String.valueOf(high));
    }

    private void wardPlan(OrgUnit ward) {
        TargetPlan plan = new TargetPlan(ward, PlanKind.YEAR, "Chỉ tiêu thi đua năm học 2025–2026 của "
                + ward.getName(), 2025, 2025, "demo", at(2025, 9, 20));
        em.persist(plan);
        target(plan, 1, "Ít nhất 90% công đoàn cơ sở trong phường đạt vững mạnh trở lên", TargetShape.PERCENT_FLOOR,
                TargetMetric.UNITS_WITH_TITLE, "UNIT_STRONG", null, null, "90", null);
        target(plan, 2, "Ít nhất 30 đoàn viên công đoàn xuất sắc", TargetShape.COUNT,
                TargetMetric.MEMBERS_WITH_TITLE, "MEMBER_EXCELLENT", null, null, "30", null);
        target(plan, 3, "Giới thiệu từ 2 đến 6 đoàn viên ưu tú cho Đảng", TargetShape.RANGE,
                TargetMetric.PARTY_INTRODUCED, null, null, null, "2", "6");
    }

    private void target(TargetPlan plan, int order, String label, TargetShape shape, TargetMetric metric,
                        String titleCode, String awardCode, IssuerTier tier, String low, String high) {
        AwardType type = awardCode == null ? null : em.createQuery("SELECT t FROM AwardType t WHERE t.code = :c",
                AwardType.class).setParameter("c", awardCode).getSingleResult();
        em.persist(new Target(plan, order, label, shape, metric, titleCode == null ? null : title(titleCode), type,
                tier, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high)));
    }

    private long partyIntroduced(OrgUnit unit, int first, int last) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(r.party_introduced), 0) FROM activity_report r"
                        + " JOIN reporting_period p ON p.id = r.period_id WHERE r.status = 'APPROVED'"
                        + " AND p.kind = 'SCHOOL_YEAR' AND r.unit_path LIKE ?1 AND p.covers_from BETWEEN ?2 AND ?3")
                .setParameter(1, unit.getPath() + "%").setParameter(2, sqlDay(LocalDate.of(first, 8, 1)))
                .setParameter(3, sqlDay(LocalDate.of(last + 1, 7, 31))).getSingleResult();
        return sum.longValue();
    }

    // ----- helpers -----

    private ClassificationTitle title(String code) {
        return titles.get(code);
    }

    /**
     * Takes {@code count} ids for rows written in SQL past the entity manager: the table generator's counter moves
     * beyond them, so EclipseLink's next block starts after them (its current block lies below the counter).
     */
    private long reserveIds(long count) {
        long next = ((Number) em.createNativeQuery("SELECT next_val FROM id_sequence WHERE seq_name = 'ids'")
                .getSingleResult()).longValue();
        em.createNativeQuery("UPDATE id_sequence SET next_val = next_val + ?1 WHERE seq_name = 'ids'")
                .setParameter(1, count + 1).executeUpdate();
        return next + 1;
    }

    private static java.sql.Timestamp sqlTime(Instant instant) {
        return java.sql.Timestamp.from(instant); // as InstantConverter writes entity times
    }

    private static java.sql.Date sqlDay(LocalDate day) {
        return java.sql.Date.valueOf(day);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(7));
    }
}
