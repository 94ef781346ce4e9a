package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.congdoan.intranet.emulation.movement.EntryStatus;
import vn.congdoan.intranet.emulation.movement.Movement;
import vn.congdoan.intranet.emulation.movement.MovementCriterion;
import vn.congdoan.intranet.emulation.movement.MovementEntry;
import vn.congdoan.intranet.emulation.movement.MovementResults;
import vn.congdoan.intranet.emulation.movement.MovementScore;
import vn.congdoan.intranet.emulation.movement.Participants;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.Formats;

/**
 * The demo's emulation movements, launched by the provincial federation and written through the entities' own
 * transitions (registered → self-scored → scored): this school year's women-only movement for members, still open
 * for registration, with women teachers of many schools registered and some self-scores in; this school year's
 * movement for unions, whose deadline has passed, with canbo.coso's school registered and its self-score waiting for
 * the province; and last school year's movement for unions and members, scored and closed. The texts are the demo's
 * own.
 */
final class MovementDemoData {

    private static final long SEED = 20260915L;
    private static final int FLUSH_EVERY = 300;
    private static final int SCHOOLS = 36;
    private static final LocalTime MORNING = LocalTime.of(8, 30);
    private static final String BY = "lanhdao.tinh";

    /** The province launches; {@code firstSchool} is canbo.coso's, left free in the women-only movement. */
    record Units(OrgUnit province, OrgUnit firstSchool) {
    }

    private record Criterion(String name, int maxPoints) {
    }

    private final EntityManager em;
    private final LocalDate today;
    private final Random random = new Random(SEED);
    private int written;

    MovementDemoData(EntityManager em, Clock clock) {
        this.em = em;
        this.today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    /** Writes the movements; returns a line for the log. */
    String create(Units units) {
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        List<OrgUnit> schools = new ArrayList<>(schools(units.province()));
        if (!schools.contains(units.firstSchool())) {
            schools.add(units.firstSchool());
        }
        Map<Long, List<Member>> women = women(schools);
        int entries = 0;

        Movement women2026 = movement(units.province(), "Giỏi việc trường, đảm việc nhà năm học " + year + "–"
                        + (year + 1),
                "Phong trào dành cho nữ nhà giáo, cán bộ quản lý và người lao động: giỏi chuyên môn, tận tụy với "
                        + "học sinh, vun đắp gia đình no ấm, bình đẳng, hạnh phúc.",
                Participants.MEMBERS, true, LocalDate.of(year, 9, 15), LocalDate.of(year + 1, 5, 31),
                max(today.plusDays(21), LocalDate.of(year, 12, 15)), LocalDate.of(year, 9, 10), List.of(
                        new Criterion("Hoàn thành tốt nhiệm vụ dạy học và giáo dục học sinh", 40),
                        new Criterion("Tự học, bồi dưỡng chuyên môn; có sản phẩm, sáng kiến được công nhận", 30),
                        new Criterion("Xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc", 30)));
        for (OrgUnit school : schools) {
            if (school.equals(units.firstSchool())) {
                continue; // canbo.coso registers its women teachers in the walkthrough
            }
            for (Member woman : women.getOrDefault(school.getId(), List.of())) {
                MovementEntry entry = register(women2026, MovementEntry.ofMember(women2026, woman, BY,
                        at(LocalDate.of(year, 10, 1).plusDays(random.nextInt(40)))));
                if (random.nextInt(4) == 0) {
                    selfScore(entry, LocalDate.of(year, 11, 10).plusDays(random.nextInt(10)), true);
                }
                entries++;
            }
        }

        Movement units2026 = movement(units.province(), "Thi đua dạy tốt, học tốt – xây dựng trường học hạnh phúc",
                "Các công đoàn cơ sở phối hợp với nhà trường xây dựng môi trường làm việc an toàn, thân thiện; "
                        + "chăm lo đời sống đoàn viên; tổ chức tốt các đợt thi đua chào mừng 20/11.",
                Participants.UNITS, false, LocalDate.of(year, 9, 5), LocalDate.of(year + 1, 5, 25),
                min(today.minusDays(10), LocalDate.of(year, 10, 31)), LocalDate.of(year, 9, 1), List.of(
                        new Criterion("Tổ chức phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11", 30),
                        new Criterion("Chăm lo đời sống, bảo vệ quyền lợi của đoàn viên", 40),
                        new Criterion("Xây dựng trường học an toàn, thân thiện, hạnh phúc", 30)));
        for (OrgUnit school : schools) {
            MovementEntry entry = register(units2026, MovementEntry.ofUnit(units2026, school, BY,
                    at(LocalDate.of(year, 9, 10).plusDays(random.nextInt(30)))));
            if (school.equals(units.firstSchool())) {
                selfScore(entry, today.minusDays(2), true); // waiting for the province's score
            } else if (random.nextInt(3) == 0) {
                selfScore(entry, LocalDate.of(year, 11, 1).plusDays(random.nextInt(15)), true);
            }
            entries++;
        }

        Movement lastYear = movement(units.province(), "Đổi mới sáng tạo trong dạy và học năm học " + (year - 1)
                        + "–" + year,
                "Khuyến khích tập thể và đoàn viên ứng dụng công nghệ số, đổi mới phương pháp dạy học và chia sẻ "
                        + "kinh nghiệm giữa các trường.",
                Participants.BOTH, false, LocalDate.of(year - 1, 9, 15), LocalDate.of(year, 5, 31),
                LocalDate.of(year - 1, 10, 31), LocalDate.of(year - 1, 9, 10), List.of(
                        new Criterion("Ứng dụng công nghệ số trong giảng dạy và quản lý", 35),
                        new Criterion("Sáng kiến, giải pháp đổi mới được công nhận", 35),
                        new Criterion("Chia sẻ, lan tỏa kinh nghiệm tới đồng nghiệp", 30)));
        for (OrgUnit school : schools) {
            entries += scoredLastYear(lastYear, MovementEntry.ofUnit(lastYear, school, BY,
                    at(LocalDate.of(year - 1, 10, 5).plusDays(random.nextInt(20)))), year, units.province());
            List<Member> ofSchool = women.getOrDefault(school.getId(), List.of());
            if (!ofSchool.isEmpty()) {
                Member best = ofSchool.get(ofSchool.size() - 1);
                entries += scoredLastYear(lastYear, MovementEntry.ofMember(lastYear, best, BY,
                        at(LocalDate.of(year - 1, 10, 5).plusDays(random.nextInt(20)))), year, units.province());
            }
        }
        em.flush();
        lastYear.close();
        em.flush();
        return String.format("3 movements, %d registrations from %d schools", entries, schools.size());
    }

    private int scoredLastYear(Movement movement, MovementEntry entry, int year, OrgUnit province) {
        register(movement, entry);
        selfScore(entry, LocalDate.of(year, 5, 20).plusDays(random.nextInt(8)), true);
        int total = 0;
        int max = 0;
        for (MovementScore score : scoresOf(entry)) {
            int maxPoints = score.getCriterion().getMaxPoints();
            int points = Math.max(0, score.getSelfPoints() - random.nextInt(4));
            score.setSuperiorPoints(points);
            total += points;
            max += maxPoints;
        }
        MovementResults thresholds = movement.thresholds();
        entry.score(total, thresholds.of(total, max), BY, province, at(LocalDate.of(year, 6, 10)));
        return 1;
    }

    /** The score rows written for the entry last, kept here so scoring needs no query. */
    private final Map<MovementEntry, List<MovementScore>> sheets = new LinkedHashMap<>();
    private final Map<Movement, List<MovementCriterion>> criteriaOf = new LinkedHashMap<>();

    private List<MovementScore> scoresOf(MovementEntry entry) {
        return sheets.getOrDefault(entry, List.of());
    }

    private Movement movement(OrgUnit province, String name, String description, Participants participants,
                              boolean womenOnly, LocalDate starts, LocalDate ends, LocalDate registerUntil,
                              LocalDate launched, List<Criterion> criteria) {
        Movement movement = new Movement(province, BY, at(launched));
        movement.describe(name, description, participants, womenOnly, starts, ends, registerUntil,
                MovementResults.DEFAULTS);
        em.persist(movement);
        List<MovementCriterion> written = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            MovementCriterion criterion = new MovementCriterion(movement, i + 1, criteria.get(i).name(),
                    criteria.get(i).maxPoints());
            em.persist(criterion);
            written.add(criterion);
        }
        criteriaOf.put(movement, written);
        return movement;
    }

    private MovementEntry register(Movement movement, MovementEntry entry) {
        em.persist(entry);
        tick();
        return entry;
    }

    /** Self-scores every criterion between half and all of its points, with evidence, and submits. */
    private void selfScore(MovementEntry entry, LocalDate day, boolean submit) {
        List<MovementScore> scores = new ArrayList<>();
        int total = 0;
        for (MovementCriterion criterion : criteriaOf.get(entry.getMovement())) {
            int max = criterion.getMaxPoints();
            int points = max / 2 + random.nextInt(max - max / 2 + 1);
            MovementScore score = new MovementScore(entry, criterion);
            score.selfScore(points, EVIDENCE[random.nextInt(EVIDENCE.length)]);
            em.persist(score);
            scores.add(score);
            total += points;
            tick();
        }
        sheets.put(entry, scores);
        if (submit) {
            entry.submitSelfScore(total, at(day));
        }
    }

    private static final String[] EVIDENCE = {
        "Biên bản sinh hoạt chuyên môn tổ và kế hoạch bài dạy được tổ trưởng ký duyệt.",
        "Giấy chứng nhận giáo viên dạy giỏi cấp huyện; kết quả dự giờ xếp loại Tốt.",
        "Quyết định công nhận sáng kiến của Hội đồng khoa học ngành; sản phẩm lưu tại thư viện trường.",
        "Báo cáo tổng kết hoạt động; hình ảnh hội thi và danh sách đoàn viên tham gia.",
        "Xác nhận của Ban chấp hành công đoàn và bình xét tại hội nghị tổ công đoàn.",
        "Danh sách thăm hỏi, hỗ trợ đoàn viên có chữ ký nhận; sổ quỹ phúc lợi đã được kiểm tra.",
    };

    private List<OrgUnit> schools(OrgUnit province) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.active = TRUE AND u.level.grassroots = TRUE"
                        + " AND u.path LIKE :branch ORDER BY u.id", OrgUnit.class)
                .setParameter("branch", province.getPath() + "%").setMaxResults(SCHOOLS).getResultList();
    }

    /** Up to three active women of each school, in one query. */
    private Map<Long, List<Member>> women(List<OrgUnit> schools) {
        Map<Long, List<Member>> women = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM Member m WHERE m.unit IN :schools AND m.gender = :female"
                        + " AND m.status = :active ORDER BY m.unit.id, m.id", Member.class)
                .setParameter("schools", schools).setParameter("female", Gender.FEMALE)
                .setParameter("active", MemberStatus.ACTIVE).getResultList()
                .forEach(m -> {
                    List<Member> ofSchool = women.computeIfAbsent(m.getUnit().getId(), id -> new ArrayList<>());
                    if (ofSchool.size() < 3) {
                        ofSchool.add(m);
                    }
                });
        return women;
    }

    private void tick() {
        if (++written % FLUSH_EVERY == 0) {
            em.flush();
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(MORNING).atZone(Formats.ZONE).toInstant();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
