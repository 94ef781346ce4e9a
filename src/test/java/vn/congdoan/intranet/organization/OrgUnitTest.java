package vn.congdoan.intranet.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.Entities.withId;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);

    private final OrgUnit province = placed(1, null);
    private final OrgUnit district = placed(7, province);
    private final OrgUnit school = placed(42, district);
    private final OrgUnit otherDistrict = placed(70, province);

    @Test
    void aRootUnitHasItsOwnIdAsPath() {
        assertEquals("/1/", province.getPath());
        assertEquals(0, province.getDepth());
        assertNull(province.getParent());
    }

    @Test
    void aChildExtendsItsParentsPath() {
        assertEquals("/1/7/42/", school.getPath());
        assertEquals(2, school.getDepth());
        assertSame(district, school.getParent());
    }

    @Test
    void aUnitIsWithinItselfAndItsAncestors() {
        assertTrue(school.isWithin(school));
        assertTrue(school.isWithin(district));
        assertTrue(school.isWithin(province));
        assertFalse(province.isWithin(school));
        assertFalse(school.isWithin(null));
    }

    @Test
    void aUnitIsNotWithinASiblingWhoseIdStartsWithTheSameDigits() {
        assertFalse(otherDistrict.isWithin(district));
        assertFalse(school.isWithin(otherDistrict));
    }

    @Test
    void movingAUnitMovesItsPathAndDepth() {
        school.placeUnder(otherDistrict);

        assertEquals("/1/70/42/", school.getPath());
        assertEquals(2, school.getDepth());
        assertFalse(school.isWithin(district));
    }

    @Test
    void aUnitCannotBePlacedUnderItselfOrItsDescendants() {
        assertThrows(IllegalArgumentException.class, () -> district.placeUnder(district));
        assertThrows(IllegalArgumentException.class, () -> district.placeUnder(school));
        assertEquals("/1/7/", district.getPath());
    }

    @Test
    void aUnitMustBePersistedBeforeItIsPlaced() {
        OrgUnit unsaved = new OrgUnit("CDCS-9", "Công đoàn Trường Mầm non Sơn Ca", null, null, START);

        assertThrows(IllegalStateException.class, () -> unsaved.placeUnder(province));
    }

    @Test
    void deactivatingEndsTheUnitOnTheDayAndReactivatingReopensIt() {
        LocalDate end = LocalDate.of(2025, 7, 1);
        school.deactivate(end);

        assertFalse(school.isActive());
        assertEquals(end, school.getValidTo());

        school.reactivate();
        assertTrue(school.isActive());
        assertNull(school.getValidTo());
    }

    @Test
    void theDisplayNameIsTheShortNameWhenThereIsOne() {
        OrgUnit unit = new OrgUnit("CDCS-1", "Công đoàn Trường THCS Nguyễn Du", "CĐ THCS Nguyễn Du", null, START);
        assertEquals("CĐ THCS Nguyễn Du", unit.getDisplayName());

        unit.setShortName("   ");
        assertNull(unit.getShortName());
        assertEquals("Công đoàn Trường THCS Nguyễn Du", unit.getDisplayName());
    }

    private static OrgUnit placed(long id, OrgUnit parent) {
        OrgUnit unit = withId(new OrgUnit("U" + id, "Đơn vị " + id, null, null, START), id);
        unit.placeUnder(parent);
        return unit;
    }
}
