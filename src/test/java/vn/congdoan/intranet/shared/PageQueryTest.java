package vn.congdoan.intranet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void clampsThePageSizeToTheMaximum() {
        assertEquals(PageQuery.MAX_PAGE_SIZE, new PageQuery(0, 100_000, null, true, Map.of()).pageSize());
        assertEquals(200, PageQuery.MAX_PAGE_SIZE);
    }

    @Test
    void clampsThePageSizeToAtLeastOneRow() {
        assertEquals(1, new PageQuery(0, 0, null, true, Map.of()).pageSize());
        assertEquals(1, new PageQuery(0, -10, null, true, Map.of()).pageSize());
    }

    @Test
    void clampsANegativeFirstRowToZero() {
        assertEquals(0, new PageQuery(-20, 10, null, true, Map.of()).first());
        assertEquals(30, new PageQuery(30, 10, null, true, Map.of()).first());
    }

    @Test
    void treatsMissingFiltersAsNone() {
        assertTrue(new PageQuery(0, 10, null, true, null).filters().isEmpty());
    }

    @Test
    void keepsItsOwnCopyOfTheFilters() {
        Map<String, Object> typed = new HashMap<>(Map.of("search", "Lan"));
        PageQuery query = new PageQuery(0, 10, null, true, typed);
        typed.put("search", "Hoa");

        assertEquals("Lan", query.text("search"));
    }

    @Test
    void withFilterLeavesTheOriginalQueryAlone() {
        PageQuery first = PageQuery.firstPage(10);
        PageQuery filtered = first.withFilter("search", "Mai");

        assertNull(first.text("search"));
        assertEquals("Mai", filtered.text("search"));
        assertEquals(10, filtered.pageSize());
    }

    @Test
    void textIsTrimmedAndBlankTextIsAbsent() {
        PageQuery query = PageQuery.firstPage(10).withFilter("search", "  Nguyễn ").withFilter("jobTitle", "   ");

        assertEquals("Nguyễn", query.text("search"));
        assertNull(query.text("jobTitle"));
        assertNull(query.text("missing"));
    }

    @Test
    void valueOfAnotherTypeIsAbsent() {
        PageQuery query = PageQuery.firstPage(10).withFilter("joinedFrom", "2020-01-01");

        assertNull(query.value("joinedFrom", LocalDate.class));
        assertEquals("2020-01-01", query.value("joinedFrom", String.class));
    }

    @Test
    void onlyWhitelistedSortFieldsAreHonoured() {
        Set<String> allowed = Set.of("name", "code");

        assertEquals("code", PageQuery.firstPage(10).sortedBy("code", false).sortFieldOr("name", allowed));
        assertEquals("name", PageQuery.firstPage(10).sortedBy("password_hash", true).sortFieldOr("name", allowed));
        assertEquals("name", PageQuery.firstPage(10).sortFieldOr("name", allowed));
    }
}
