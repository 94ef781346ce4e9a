package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text a spreadsheet could read as a formula never reaches the export as one. */
class WelfareSummaryXlsxTest {

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\")", WelfareSummaryXlsx.neutralised("=HYPERLINK(\"http://x\")"));
        assertEquals("'+84 912", WelfareSummaryXlsx.neutralised("+84 912"));
        assertEquals("'-1+1", WelfareSummaryXlsx.neutralised("-1+1"));
        assertEquals("'@SUM(A1)", WelfareSummaryXlsx.neutralised("@SUM(A1)"));
        assertEquals("Nguyễn Thị Lan", WelfareSummaryXlsx.neutralised("Nguyễn Thị Lan"));
        assertEquals("", WelfareSummaryXlsx.neutralised(null));
    }
}
