package vn.congdoan.intranet.restructuring;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;

/**
 * A small tree of its own for each restructuring test, beside the demo province so that the demo stays as
 * generated: a province P with districts D1 (schools A and B) and D2 (school C), a union cell under A, members in
 * each school and accounts for A's officer, A's member and D1's officer. Everything began on 01/01/2020.
 */
final class SmallTree {

    static final LocalDate START = LocalDate.of(2020, 1, 1);

    final OrgUnit province;
    final OrgUnit district1;
    final OrgUnit district2;
    final OrgUnit schoolA;
    final OrgUnit schoolB;
    final OrgUnit schoolC;
    final OrgUnit cellA;
    final List<Member> teachersA;
    final Member accountantA;
    final List<Member> membersB;
    final Member memberC;
    final UserAccount officerA;
    final UserAccount memberAccountA;
    final UserAccount officerD1;

    private final EntityManager em;
    private final MemberLifecycle lifecycle;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    SmallTree(EntityManager em) {
        this.em = em;
        this.lifecycle = new MemberLifecycle(em);
        province = unit("P", "Liên đoàn Lao động tỉnh Thử Nghiệm", UnitLevel.PROVINCE_FEDERATION, null);
        district1 = unit("D1", "Liên đoàn Lao động huyện Một", UnitLevel.DISTRICT_FEDERATION, province);
        district2 = unit("D2", "Liên đoàn Lao động huyện Hai", UnitLevel.DISTRICT_FEDERATION, province);
        schoolA = unit("A", "Công đoàn Trường Tiểu học An Bình", UnitLevel.GRASSROOTS_UNION, district1);
        schoolB = unit("B", "Công đoàn Trường Mầm non Bình Minh", UnitLevel.GRASSROOTS_UNION, district1);
        schoolC = unit("C", "Công đoàn Trường THCS Chu Văn An", UnitLevel.GRASSROOTS_UNION, district2);
        cellA = unit("A-T1", "Tổ công đoàn khối 1", "UNION_CELL", schoolA);
        teachersA = List.of(member(schoolA, "Nguyễn Thị Hoa", "Giáo viên"), member(schoolA, "Trần Văn Hùng",
                "Giáo viên"), member(schoolA, "Lê Thị Mai", "Giáo viên"));
        accountantA = member(schoolA, "Phạm Thị Lan", "Kế toán");
        membersB = List.of(member(schoolB, "Đỗ Thị Thu", "Giáo viên"), member(schoolB, "Vũ Thị Yến", "Giáo viên"));
        memberC = member(schoolC, "Hoàng Văn Nam", "Giáo viên");
        officerA = account("cbA", Role.GRASSROOTS_OFFICER, schoolA, null);
        memberAccountA = account("dvA", Role.MEMBER, schoolA, teachersA.get(0));
        officerD1 = account("cbD1", Role.SUPERIOR_OFFICER, district1, null);
        em.flush();
    }

    private OrgUnit unit(String code, String name, String level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code + "-" + tag, name, null, em.find(UnitLevel.class, level), START);
        em.persist(unit);
        unit.placeUnder(parent);
        em.persist(new UnitLink(unit, parent, START, null));
        return unit;
    }

    private Member member(OrgUnit unit, String name, String title) {
        Member member = new Member(unit, name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE,
                LocalDate.of(1985, 5, 12), title, START, null);
        lifecycle.join(member, START, MovementKind.REGISTRATION);
        lifecycle.issueCards(List.of(member), START);
        return member;
    }

    private UserAccount account(String username, Role role, OrgUnit unit, Member member) {
        UserAccount account = new UserAccount(username + tag, username, role, unit, "x");
        account.setMember(member);
        em.persist(account);
        return account;
    }
}
