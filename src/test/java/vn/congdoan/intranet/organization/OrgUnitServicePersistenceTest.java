package vn.congdoan.intranet.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The union tree as each demo account sees it, on the migrated schema. Tests that change the tree build their own
 * branch under a new root, so the demo province stays as generated for the others.
 */
class OrgUnitServicePersistenceTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @DatabaseTest
    void provinceLeaderSeesTheWholeProvincesCounts(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer leader = demo.viewer("lanhdao.tinh");

        ScopeStatistics statistics = inTransaction(em, () -> service(em).statistics(leader, demo.provinceId()));

        assertEquals(demo.activeMembers(), statistics.members());
        assertTrue(statistics.members() > 1700 && statistics.members() < 2300, "about 2,000: " + statistics.members());
        assertTrue(statistics.units(UnitLevel.GRASSROOTS_UNION) >= 35, statistics.unitsByLevel().toString());
        assertEquals(0, statistics.units(UnitLevel.DISTRICT_FEDERATION), "ended on 01/07/2025");
        assertEquals(6, statistics.units("COMMUNE_UNION"));
        assertTrue(statistics.femalePercent() > 50 && statistics.femalePercent() < 100);
    }

    @DatabaseTest
    void aSchoolsStatisticsCountOnlyItsOwnMembers(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");

        ScopeStatistics statistics = inTransaction(em, () -> service(em).statistics(officer, demo.firstSchoolId()));

        long members = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.unit.id = :id AND m.status = :active",
                Long.class).setParameter("id", demo.firstSchoolId()).setParameter("active", MemberStatus.ACTIVE)
                .getSingleResult();
        assertEquals(members, statistics.members());
        assertEquals(Map.of(UnitLevel.GRASSROOTS_UNION, 1L), statistics.unitsByLevel());
    }

    @DatabaseTest
    void districtOfficersTreeStartsAtTheirDistrict(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.huyen");

        List<UnitNode> roots = inTransaction(em, () -> service(em).roots(officer));

        assertEquals(1, roots.size());
        UnitNode district = roots.get(0);
        assertEquals(demo.communeIds().get(0), district.id());
        assertEquals("Công đoàn phường Bắc Bình Sơn", district.name());
        assertFalse(district.isLeaf());
    }

    @DatabaseTest
    void districtOfficerExpandsTheirDistrictIntoItsSchools(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.huyen");

        List<UnitNode> children = inTransaction(em, () -> service(em).children(officer, demo.communeIds().get(0)));

        List<Long> ids = children.stream().map(UnitNode::id).toList();
        assertTrue(ids.contains(demo.firstSchoolId()) && ids.contains(demo.secondSchoolId()), ids.toString());
        assertTrue(children.stream().allMatch(UnitNode::grassroots));
        assertTrue(children.stream().allMatch(UnitNode::isLeaf));
    }

    @DatabaseTest
    void districtOfficerCannotExpandAnotherDistrict(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.huyen");
        long otherDistrict = demo.communeIds().get(1);

        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).children(officer, otherDistrict)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).statistics(officer, otherDistrict)));
    }

    @DatabaseTest
    void grassrootsOfficerCannotOpenAnotherSchool(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer officer = demo.viewer("canbo.coso");

        OrgUnit own = inTransaction(em, () -> service(em).getUnit(officer, demo.firstSchoolId()));
        assertTrue(own.getName().startsWith("Công đoàn Trường THCS"), own.getName());

        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).getUnit(officer, demo.secondSchoolId())));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service(em).getUnit(officer, demo.communeIds().get(0))));
    }

    @DatabaseTest
    void searchWithoutDiacriticsFindsVietnameseNames(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer leader = demo.viewer("lanhdao.tinh");
        PageQuery query = PageQuery.firstPage(50).withFilter("search", "truong thcs");

        List<OrgUnit> found = inTransaction(em, () -> service(em).findUnits(leader, query));
        int count = inTransaction(em, () -> service(em).countUnits(leader, query));

        assertFalse(found.isEmpty());
        assertEquals(found.size(), count);
        found.forEach(unit -> assertTrue(unit.getName().contains("Trường THCS"), unit.getName()));
    }

    @DatabaseTest
    void searchStaysWithinTheViewersScope(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer district = demo.viewer("canbo.huyen");
        PageQuery query = PageQuery.firstPage(50).withFilter("search", "THCS");

        int inProvince = inTransaction(em, () -> service(em).countUnits(demo.viewer("lanhdao.tinh"), query));
        List<OrgUnit> inDistrict = inTransaction(em, () -> service(em).findUnits(district, query));

        assertFalse(inDistrict.isEmpty());
        assertTrue(inDistrict.size() < inProvince, inDistrict.size() + " of " + inProvince);
        inDistrict.forEach(unit -> assertTrue(district.scope().covers(unit), unit.getName()));
    }

    @DatabaseTest
    void adminCreatesRenamesAndEndsAUnit(TestDatabase db, EntityManager em) {
        Viewer admin = DemoProvince.in(db).viewer("admin");
        OrgUnit root = createUnit(em, admin, "T1-ROOT", "Liên đoàn Lao động tỉnh Thử Nghiệm",
                UnitLevel.PROVINCE_FEDERATION, null);

        OrgUnit school = createUnit(em, admin, "T1-SCHOOL", "Công đoàn Trường Mầm non Họa Mi",
                UnitLevel.GRASSROOTS_UNION, root.getId());
        assertEquals(root.getPath() + school.getId() + "/", school.getPath());

        OrgUnit edited = draft(em, "T1-SCHOOL", "Công đoàn Trường Mầm non Họa Mi số 2", UnitLevel.GRASSROOTS_UNION);
        edited.setShortName("CĐ MN Họa Mi 2");
        inTransaction(em, () -> service(em).update(admin, school.getId(), edited));
        inTransaction(em, () -> service(em).deactivate(admin, school.getId()));

        try (EntityManager fresh = db.createEntityManager()) {
            OrgUnit saved = fresh.find(OrgUnit.class, school.getId());
            assertEquals("Công đoàn Trường Mầm non Họa Mi số 2", saved.getName());
            assertEquals("CĐ MN Họa Mi 2", saved.getDisplayName());
            assertFalse(saved.isActive());
            assertEquals(LocalDate.now(VIETNAM), saved.getValidTo(), "ended today, Vietnam time");
            assertEquals(1, service(fresh).countUnits(admin, PageQuery.firstPage(10)
                    .withFilter("search", "hoa mi so 2")));
        }
    }

    @DatabaseTest
    void aUnitWithActiveUnitsBelowCannotBeEnded(TestDatabase db, EntityManager em) {
        Viewer admin = DemoProvince.in(db).viewer("admin");
        OrgUnit root = createUnit(em, admin, "T2-ROOT", "Liên đoàn Lao động tỉnh Thử Nghiệm 2",
                UnitLevel.PROVINCE_FEDERATION, null);
        createUnit(em, admin, "T2-SCHOOL", "Công đoàn Trường Tiểu học Kim Đồng", UnitLevel.GRASSROOTS_UNION,
                root.getId());

        BusinessException refusal = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> service(em).deactivate(admin, root.getId())));

        assertEquals("unit.deactivate.hasChildren", refusal.getMessageKey());
        try (EntityManager fresh = db.createEntityManager()) {
            assertTrue(fresh.find(OrgUnit.class, root.getId()).isActive());
        }
    }

    @DatabaseTest
    void aUnitCodeCanBeUsedOnlyOnce(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer admin = demo.viewer("admin");

        BusinessException onCreate = assertThrows(BusinessException.class, () -> createUnit(em, admin, "LDLD-H01",
                "Liên đoàn Lao động huyện Trùng Mã", UnitLevel.DISTRICT_FEDERATION, demo.provinceId()));
        assertEquals("code", onCreate.getField());
        assertEquals("unit.code.taken", onCreate.getMessageKey());

        OrgUnit taken = draft(em, "LDLD-H01", "Liên đoàn Lao động huyện Hòa Lạc", UnitLevel.DISTRICT_FEDERATION);
        BusinessException onUpdate = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> service(em).update(admin, demo.districtIds().get(1), taken)));
        assertEquals("code", onUpdate.getField());

        try (EntityManager fresh = db.createEntityManager()) {
            assertEquals("LDLD-H02", fresh.find(OrgUnit.class, demo.districtIds().get(1)).getCode());
        }
    }

    @DatabaseTest
    void noUnitIsCreatedUnderAnEndedUnit(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);

        BusinessException refusal = assertThrows(BusinessException.class, () -> createUnit(em, demo.viewer("admin"),
                "ENDED-CHILD", "Công đoàn Trường Mầm non Ánh Dương", UnitLevel.GRASSROOTS_UNION,
                demo.districtIds().get(0)));

        assertEquals("parent", refusal.getField());
        assertEquals("unit.parent.ended", refusal.getMessageKey());
    }

    @DatabaseTest
    void aUnitWithActiveMembersIsDissolvedNotJustEnded(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);

        BusinessException refusal = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service(em).deactivate(demo.viewer("admin"), demo.secondSchoolId())));

        assertEquals("unit.deactivate.hasMembers", refusal.getMessageKey());
        em.clear();
        assertTrue(em.find(OrgUnit.class, demo.secondSchoolId()).isActive());
    }

    @DatabaseTest
    void onlyTheAdministratorChangesTheTree(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer leader = demo.viewer("lanhdao.tinh");

        assertThrows(AccessDeniedException.class, () -> createUnit(em, leader, "T3-SCHOOL",
                "Công đoàn Trường THCS Lý Tự Trọng số 9", UnitLevel.GRASSROOTS_UNION, demo.communeIds().get(0)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service(em).deactivate(leader, demo.secondSchoolId())));
    }

    private static OrgUnitService service(EntityManager em) {
        return OrgUnitServices.using(em);
    }

    private static OrgUnit createUnit(EntityManager em, Viewer viewer, String code, String name, String level,
                                      Long parentId) {
        return inTransaction(em, () -> service(em).create(viewer, draft(em, code, name, level), parentId));
    }

    /** What the admin's form holds: a new unit with its code, name, level and start date. */
    private static OrgUnit draft(EntityManager em, String code, String name, String level) {
        OrgUnit unit = OrgUnit.draft(LocalDate.of(2025, 9, 5));
        unit.setCode(code);
        unit.setName(name);
        unit.setLevel(em.find(UnitLevel.class, level));
        return unit;
    }
}
