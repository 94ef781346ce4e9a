package vn.congdoan.intranet.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.notification.Notification;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.UserAccount;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/** The report tables of V6 and their entities agree, with Vietnamese text, big text, money and bytes intact. */
class ReportModelPersistenceTest {

    private static final Instant NOON = Instant.parse("2026-05-20T05:00:00Z");

    @DatabaseTest
    void aReportKeepsFiguresNarrativeAwardsHistoryAndFiles(TestDatabase db, EntityManager em) {
        String longText = "Tổ chức tốt phong trào \"Giỏi việc trường, đảm việc nhà\". ".repeat(300);
        long[] ids = inTransaction(em, () -> {
            OrgUnit ward = unit(em, "W-1", "Công đoàn phường Bắc Bình Sơn", "COMMUNE_UNION", null);
            OrgUnit school = unit(em, "S-1", "Công đoàn Trường THCS Nguyễn Khuyến", UnitLevel.GRASSROOTS_UNION, ward);
            ReportingPeriod period = new ReportingPeriod(PeriodKind.SCHOOL_YEAR, "Tổng kết năm học 2025–2026",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 6, 15), ward, "canbo.huyen",
                    NOON);
            em.persist(period);
            ActivityReport report = new ActivityReport(period, school, ward);
            em.persist(report);
            ReportFigures figures = new ReportFigures();
            figures.setMembersTotal(48);
            figures.setMembersWomen(35);
            figures.setWelfareAmount(12_500_000L);
            figures.setClassification(Classification.STRONG);
            ReportNarrative narrative = new ReportNarrative();
            narrative.setMainResults(longText);
            report.saveDraft(figures, narrative, List.of(ReportAward.line(AwardLevel.PROVINCE, AwardKind.MERIT, 1, 2)),
                    "canbo.coso", NOON);
            report.submit(NOON);
            report.returnForRevision(NOON);
            ReportEvent event = new ReportEvent(report, ReportEventKind.RETURNED, NOON, "canbo.huyen",
                    "Trần Văn Bình", ward, "Bổ sung số liệu nữ công");
            event.addSectionComment(ReportSection.FIGURES, "Số nữ đoàn viên chưa khớp danh sách");
            em.persist(event);
            ReportAttachment file = new ReportAttachment(report, "Báo cáo tổng kết.pdf", "application/pdf", 4,
                    "canbo.coso", NOON);
            em.persist(file);
            em.flush();
            em.persist(new AttachmentContent(file.getId(), new byte[] {'%', 'P', 'D', 'F'}));
            UserAccount account = new UserAccount("canbo.coso", "Nguyễn Thị Lan", Role.GRASSROOTS_OFFICER, school,
                    "x");
            em.persist(account);
            em.flush();
            em.persist(new Notification(account.getId(), "REPORT_RETURNED", "notification.reportReturned",
                    "Tổng kết năm học 2025–2026" + Notification.SEPARATOR + "Trần Văn Bình", "/reports/edit.xhtml?id="
                    + report.getId(), null, NOON));
            return new long[] {report.getId(), file.getId(), account.getId()};
        });

        try (EntityManager fresh = db.createEntityManager()) {
            ActivityReport report = fresh.find(ActivityReport.class, ids[0]);
            assertEquals(ReportStatus.RETURNED, report.getStatus());
            assertEquals(35, report.getFigures().getMembersWomen());
            assertEquals(12_500_000L, report.getFigures().getWelfareAmount());
            assertEquals(Classification.STRONG, report.getFigures().getClassification());
            assertEquals(longText, report.getNarrative().getMainResults());
            assertEquals(2, report.getAwards().get(0).getIndividuals());
            assertEquals("Công đoàn Trường THCS Nguyễn Khuyến", report.getUnitName());
            assertTrue(report.getUnitPath().endsWith("/" + report.getUnit().getId() + "/"));
            ReportEvent event = fresh.createQuery("SELECT e FROM ReportEvent e WHERE e.report.id = :id",
                    ReportEvent.class).setParameter("id", ids[0]).getSingleResult();
            assertEquals("Số nữ đoàn viên chưa khớp danh sách", event.getSectionComments().get(0).getComment());
            assertArrayEquals(new byte[] {'%', 'P', 'D', 'F'}, fresh.find(AttachmentContent.class, ids[1]).getData());
            Notification note = fresh.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a",
                    Notification.class).setParameter("a", ids[2]).getSingleResult();
            assertEquals("Trần Văn Bình", note.argumentArray()[1]);
        }
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        OrgUnit ward = new OrgUnit("W", "Phường", "Phường", null, LocalDate.of(2025, 7, 1));
        ReportingPeriod period = new ReportingPeriod(PeriodKind.HALF_YEAR, "Sơ kết", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 20), withPath(ward), "x", NOON);
        ActivityReport report = new ActivityReport(period, withPath(ward), ward);

        assertThrows(BusinessException.class, () -> report.approve("x", ward, NOON));
        assertThrows(BusinessException.class, () -> report.returnForRevision(NOON));
        report.submit(NOON);
        assertThrows(BusinessException.class, () -> report.saveDraft(new ReportFigures(), new ReportNarrative(),
                List.of(), "x", NOON));
        report.approve("x", ward, NOON);
        assertThrows(BusinessException.class, () -> report.submit(NOON));
        assertTrue(report.isLate(LocalDate.of(2026, 1, 21)), "handed in after the deadline of 20/01/2026");
    }

    private static OrgUnit withPath(OrgUnit unit) {
        vn.congdoan.intranet.shared.Entities.withId(unit, 9);
        unit.placeUnder(null);
        return unit;
    }

    private static OrgUnit unit(EntityManager em, String code, String name, String level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, name, name, em.find(UnitLevel.class, level), LocalDate.of(2020, 1, 1));
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }
}
