package vn.congdoan.intranet.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

    private static final List<String> PATHS = List.of("/", "/1/", "/1/7/", "/1/7/42/", "/1/70/", "/2/7/");

    @Test
    void subtreeCoversItsOwnUnitAndEverythingBelow() {
        UnitScope scope = UnitScope.subtree("/1/7/");

        assertTrue(scope.covers("/1/7/"));
        assertTrue(scope.covers("/1/7/42/"));
        assertTrue(scope.covers("/1/7/42/1001/"));
    }

    @Test
    void subtreeDoesNotCoverSiblingsWhoseIdSharesADigitPrefix() {
        UnitScope scope = UnitScope.subtree("/1/7/");

        assertFalse(scope.covers("/1/70/"));
        assertFalse(scope.covers("/1/71/7/"));
    }

    @Test
    void subtreeDoesNotCoverItsParentOrOtherBranches() {
        UnitScope scope = UnitScope.subtree("/1/7/");

        assertFalse(scope.covers("/1/"));
        assertFalse(scope.covers("/2/7/"));
        assertFalse(scope.covers((String) null));
        assertFalse(scope.covers((OrgUnit) null));
    }

    @Test
    void subtreeLikePatternSelectsTheSamePathsAsCovers() {
        UnitScope scope = UnitScope.subtree("/1/7/");

        assertEquals("/1/7/%", scope.likePattern());
        for (String path : PATHS) {
            assertEquals(scope.covers(path), like(path, scope.likePattern()), path);
        }
    }

    @Test
    void everythingCoversTheWholeTree() {
        UnitScope scope = UnitScope.everything();

        assertTrue(scope.isEverything());
        assertFalse(scope.isNothing());
        PATHS.forEach(path -> assertTrue(scope.covers(path), path));
        PATHS.forEach(path -> assertTrue(like(path, scope.likePattern()), path));
    }

    @Test
    void nothingCoversNoUnitAndItsPatternMatchesNoPath() {
        UnitScope scope = UnitScope.nothing();

        assertTrue(scope.isNothing());
        assertFalse(scope.isEverything());
        PATHS.forEach(path -> assertFalse(scope.covers(path), path));
        PATHS.forEach(path -> assertFalse(like(path, scope.likePattern()), path));
    }

    @Test
    void refusesWhatIsNotAUnitPath() {
        assertThrows(IllegalArgumentException.class, () -> UnitScope.subtree(null));
        assertThrows(IllegalArgumentException.class, () -> UnitScope.subtree("1/7/"));
        assertThrows(IllegalArgumentException.class, () -> UnitScope.subtree("/1/7"));
    }

    @Test
    void scopesOfTheSameSubtreeAreEqual() {
        assertEquals(UnitScope.subtree("/1/7/"), UnitScope.subtree("/1/7/"));
        assertEquals(UnitScope.everything(), UnitScope.subtree("/"));
    }

    /** SQL LIKE without an escape character: % is any text, _ any one character. */
    private static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return value.matches(regex.toString());
    }
}
