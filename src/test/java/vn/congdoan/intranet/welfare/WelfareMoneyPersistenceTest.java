package vn.congdoan.intranet.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;
import static vn.congdoan.intranet.welfare.WelfareFixture.TODAY;
import static vn.congdoan.intranet.welfare.WelfareFixture.approved;
import static vn.congdoan.intranet.welfare.WelfareFixture.concerns;
import static vn.congdoan.intranet.welfare.WelfareFixture.funds;
import static vn.congdoan.intranet.welfare.WelfareFixture.memberIds;
import static vn.congdoan.intranet.welfare.WelfareFixture.officerOf;
import static vn.congdoan.intranet.welfare.WelfareFixture.otherSchools;
import static vn.congdoan.intranet.welfare.WelfareFixture.version;
import static vn.congdoan.intranet.welfare.WelfareFixture.welfare;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.export.ExportFile;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * What the fund, summary, limits and concerns pages ask of the services, on the demo province: the fund sheet and
 * its scope (a missing fund says nothing outside one's scope), expense lines with their case, a ward's summary of
 * one school, the paid-case export without private details, who sets limits, and the concerns list by status.
 */
class WelfareMoneyPersistenceTest {

    private static final String PRIVATE = "chẩn đoán viêm phổi";

    @DatabaseTest
    void theFundSheetSumsTheLinesAndFollowsScope(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(1);
        Viewer officer = officerOf(school);
        FundService funds = funds(em);

        FundSheet empty = funds.sheet(officer, null, 2026);
        assertFalse(empty.isOpened());
        assertTrue(empty.keeps());
        assertEquals(school.getId(), empty.unit().getId());

        long fundId = inTransaction(em, () -> funds.openFund(officer, 2026, 4_000_000L)).getId();
        inTransaction(em, () -> funds.addIncome(officer, fundId, FundLineKind.INCOME_DONATION, TODAY, 1_500_000L,
                "Ủng hộ của hội cha mẹ học sinh"));
        long paidId = approved(em, officer, memberIds(em, school.getId()).get(0), 700_000);
        inTransaction(em, () -> welfare(em).pay(officer, paidId, version(em, paidId), null));
        em.clear();

        FundSheet sheet = funds.sheet(officer, null, 2026);
        assertEquals(4_000_000, sheet.opening());
        assertEquals(1_500_000, sheet.income());
        assertEquals(700_000, sheet.expenses());
        assertEquals(4_800_000, sheet.balance());
        assertEquals(funds.balance(officer, fundId), sheet.balance());

        List<WelfareFundLine> lines = funds.lines(officer, fundId, PageQuery.firstPage(10));
        em.clear();
        WelfareFundLine expense = lines.stream().filter(l -> l.getKind() == FundLineKind.EXPENSE).findFirst()
                .orElseThrow();
        assertEquals(paidId, expense.getWelfareCase().getId());
        assertFalse(expense.getWelfareCase().getMember().getFullName().isBlank());

        Viewer ward = demo.viewer("canbo.huyen");
        FundSheet seenByWard = funds.sheet(ward, school.getId(), 2026);
        assertFalse(seenByWard.keeps(), "the ward only reads a school's fund");
        assertEquals(4_800_000, seenByWard.balance());
        assertFalse(funds.sheet(ward, null, 2026).isOpened());

        Viewer otherSchool = demo.viewer("canbo.coso2");
        assertThrows(AccessDeniedException.class, () -> funds.sheet(otherSchool, school.getId(), 2026));
        assertThrows(AccessDeniedException.class, () -> funds.sheet(otherSchool, school.getId(), 2020),
                "a year without a fund still refuses a unit outside the viewer's scope");
        assertThrows(AccessDeniedException.class, () -> funds.fundOf(otherSchool, school.getId(), 2020));
        assertThrows(AccessDeniedException.class, () -> funds.sheet(demo.viewer("doanvien"), null, 2026));
    }

    @DatabaseTest
    void aWardDrillsDownToASchoolAndExportsPaidCasesWithoutPrivateDetails(TestDatabase db, EntityManager em)
            throws IOException {
        DemoProvince demo = DemoProvince.in(db);
        OrgUnit school = otherSchools(em, demo).get(2);
        Viewer officer = officerOf(school);
        inTransaction(em, () -> funds(em).openFund(officer, 2026, 5_000_000L));
        long paidId = approved(em, officer, memberIds(em, school.getId()).get(0), 900_000);
        inTransaction(em, () -> welfare(em).pay(officer, paidId, version(em, paidId), null));
        WelfareBoardService board = new WelfareBoardService(em);
        Viewer ward = demo.viewer("canbo.huyen");

        WelfareSummary mine = board.summary(ward, 2026, null);
        assertEquals(ward.unitId(), mine.branchId());
        assertNull(mine.upId(), "no way up from one's own unit");
        WelfareSummary.BranchRow row = mine.branches().stream().filter(b -> b.unitId() == school.getId())
                .findFirst().orElseThrow();
        assertFalse(row.drillable(), "a school has no branches");
        assertTrue(row.amountPaid() >= 900_000);

        WelfareSummary drilled = board.summary(ward, 2026, school.getId());
        assertEquals(school.getName(), drilled.branchName());
        assertEquals(ward.unitId(), drilled.upId());
        assertEquals(900_000, drilled.totalPaid());
        assertEquals(1, drilled.membersSupported());

        WelfareSummary province = board.summary(demo.viewer("lanhdao.tinh"), 2026, null);
        assertTrue(province.branches().stream().anyMatch(b -> b.unitId() == ward.unitId() && b.drillable()));
        assertThrows(AccessDeniedException.class, () -> board.summary(demo.viewer("canbo.coso2"), 2026,
                school.getId()));
        assertThrows(AccessDeniedException.class, () -> board.paidCases(demo.viewer("canbo.coso2"), 2026,
                school.getId()));

        List<WelfareSummary.PaidCase> paid = board.paidCases(ward, 2026, school.getId());
        assertEquals(1, paid.size());
        assertEquals(paidId, paid.get(0).caseId());
        assertEquals(900_000, paid.get(0).amount());
        assertEquals(TODAY, paid.get(0).paidOn());

        ExportFile file = board.summaryWorkbook(ward, 2026, school.getId(), Locale.forLanguageTag("vi"));
        List<String> texts = texts(file.content());
        assertTrue(texts.contains(school.getName()), texts.toString());
        assertTrue(texts.contains("Trợ cấp khó khăn"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains(PRIVATE)), "the description reached the export");
    }

    @DatabaseTest
    void onlyTheProvincialFederationAndTheAdministratorSetLimits(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        WelfareLimitService limits = new WelfareLimitService(em);
        assertTrue(limits.mayConfigure(demo.viewer("admin")));
        assertTrue(limits.mayConfigure(demo.viewer("lanhdao.tinh")));
        assertFalse(limits.mayConfigure(demo.viewer("canbo.huyen")));
        assertFalse(limits.mayConfigure(demo.viewer("canbo.coso")));
        assertFalse(limits.mayConfigure(demo.viewer("doanvien")));
        assertTrue(limits.levels(demo.viewer("canbo.coso")).stream()
                .anyMatch(l -> l.getCode().equals("GRASSROOTS_UNION")));
        assertThrows(AccessDeniedException.class, () -> limits.levels(demo.viewer("doanvien")));
    }

    @DatabaseTest
    void theUnionListsItsConcernsByStatusOpenOnesFirst(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ConcernService concerns = concerns(em);
        Viewer member = demo.viewer("doanvien");
        Viewer officer = demo.viewer("canbo.coso");
        long first = inTransaction(em, () -> concerns.raise(member, "Lịch trực hè", "Đề nghị chia đều lịch trực hè."))
                .getId();
        inTransaction(em, () -> concerns.answer(officer, first, em.find(MemberConcern.class, first).getVersion(),
                "Nhà trường đã chia lại lịch trực."));
        long second = inTransaction(em, () -> concerns.raise(member, "Phòng đọc giáo viên",
                "Đề nghị mở phòng đọc cho giáo viên vào buổi chiều.")).getId();

        PageQuery page = PageQuery.firstPage(200);
        List<MemberConcern> all = concerns.unionConcerns(officer, page);
        assertEquals(concerns.countUnionConcerns(officer, null), all.size());
        assertEquals(ConcernStatus.OPEN, all.get(0).getStatus(), "open concerns come first");
        List<Long> open = all.stream().filter(c -> c.getStatus() == ConcernStatus.OPEN).map(MemberConcern::getId)
                .toList();
        assertTrue(open.contains(second));
        assertEquals(open, concerns.unionConcerns(officer, page.withFilter("status", ConcernStatus.OPEN)).stream()
                .map(MemberConcern::getId).toList());
        assertEquals(open.size(), concerns.countUnionConcerns(officer, ConcernStatus.OPEN));
        assertTrue(concerns.unionConcerns(officer, page.withFilter("status", ConcernStatus.ANSWERED)).stream()
                .anyMatch(c -> c.getId() == first));
        assertTrue(concerns.unionConcerns(demo.viewer("canbo.coso2"), page).stream()
                .noneMatch(c -> c.getId() == first || c.getId() == second));
        assertThrows(AccessDeniedException.class, () -> concerns.getConcern(demo.viewer("canbo.coso2"), second));
    }

    private static List<String> texts(byte[] workbook) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
