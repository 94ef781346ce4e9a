package vn.congdoan.intranet.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.notification.Notification;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * The report workflow on the demo province: who may read, fill, submit, return, approve and reopen which report,
 * the rules on figures, the history and notifications each step leaves, and two reviewers acting at once. Tests that
 * change a report work on a period of their own, so they do not depend on each other's order.
 */
class ReportServicePersistenceTest {

    private static final AtomicInteger PERIODS = new AtomicInteger();

    @DatabaseTest
    void theSchoolFillsSubmitsIsReturnedResubmitsAndTheWardApproves(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        Viewer school = demo.viewer("canbo.coso");
        Viewer ward = demo.viewer("canbo.huyen");
        long id = reportOf(em, demo.currentPeriodId(), demo.firstSchoolId());

        ActivityReport draft = inTransaction(em, () -> service.saveDraft(school, id, partialForm(), version(em, id)));
        assertEquals(ReportStatus.DRAFT, draft.getStatus());
        assertEquals("canbo.coso", draft.getLastSavedBy());

        ActivityReport submitted = inTransaction(em, () -> service.submit(school, id, completeForm(), version(em, id)));
        assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
        assertEquals(1, unread(em, ward, "notification.reportSubmitted"));

        ReportForm seen = ReportForm.of(service.getReport(ward, id));
        assertEquals(30, seen.getFigures().getMembersWomen());
        assertEquals(2, seen.cell(AwardLevel.PROVINCE, AwardKind.MERIT).getIndividuals());

        inTransaction(em, () -> service.returnReport(ward, id, version(em, id), null,
                Map.of(ReportSection.FIGURES, "Số nữ đoàn viên chưa khớp danh sách đoàn viên.")));
        assertEquals(ReportStatus.RETURNED, service.getReport(school, id).getStatus());
        assertEquals(1, unread(em, school, "notification.reportReturned"));
        ReportEvent returned = service.latestReturn(school, id).orElseThrow();
        assertEquals("Số nữ đoàn viên chưa khớp danh sách đoàn viên.",
                returned.getSectionComments().get(0).getComment());
        assertEquals(ReportSection.FIGURES, returned.getSectionComments().get(0).getSection());

        ReportForm fixed = ReportForm.of(service.getReport(school, id));
        fixed.getFigures().setMembersWomen(29);
        inTransaction(em, () -> service.submit(school, id, fixed, version(em, id)));
        assertEquals(1, unread(em, ward, "notification.reportResubmitted"));
        assertTrue(service.latestReturn(school, id).isEmpty(), "comments shown after resubmission");

        ActivityReport approved = inTransaction(em, () -> service.approve(ward, id, version(em, id), "Đạt yêu cầu."));
        assertEquals(ReportStatus.APPROVED, approved.getStatus());
        assertEquals("canbo.huyen", approved.getApprovedBy());
        assertEquals(demo.communeIds().get(0), approved.getApprovedByUnit().getId());
        assertEquals(1, unread(em, school, "notification.reportApproved"));

        List<ReportEvent> history = service.history(demo.viewer("lanhdao.tinh"), id);
        assertEquals(List.of(ReportEventKind.APPROVED, ReportEventKind.RESUBMITTED, ReportEventKind.RETURNED,
                ReportEventKind.SUBMITTED), history.stream().map(ReportEvent::getKind).toList());
        assertEquals("Đạt yêu cầu.", history.get(0).getComment());
        assertEquals(demo.communeIds().get(0), history.get(0).getActorUnit().getId());
        assertEquals(1, history.get(2).getSectionComments().size());
        assertEquals(school.displayName(), history.get(3).getActorName());
        assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service.saveDraft(school, id, fixed, version(em, id))), "an approved report was edited");
    }

    @DatabaseTest
    void aSchoolOfficerCannotReadEditOrSubmitAnotherSchoolsReport(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        Viewer school = demo.viewer("canbo.coso");
        long other = reportOf(em, demo.currentPeriodId(), demo.secondSchoolId());
        long otherVersion = version(em, other);

        assertThrows(AccessDeniedException.class, () -> service.getReport(school, other));
        assertThrows(AccessDeniedException.class, () -> service.history(school, other));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service.saveDraft(school, other, completeForm(), otherVersion)));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service.submit(school, other, completeForm(), otherVersion)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> service.approve(demo.viewer("canbo.coso2"), other, otherVersion, null)));
        assertEquals(ReportStatus.NOT_STARTED, find(em, other).getStatus());
        assertFalse(service.findOwnReports(school, PageQuery.firstPage(50)).stream()
                .anyMatch(r -> r.getId() == other));
    }

    @DatabaseTest
    void onlyTheWardAndUnitsAboveItReviewAndNeverTheSchoolItself(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = freshReport(em, demo, demo.firstSchoolId());
        inTransaction(em, () -> service.submit(school, id, completeForm(), version(em, id)));

        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service.approve(school, id, version(em, id), null)));
        Viewer otherWard = officerOf(em, demo.communeIds().get(1));
        assertThrows(AccessDeniedException.class,
                () -> inTransaction(em, () -> service.approve(otherWard, id, version(em, id), null)));
        assertThrows(AccessDeniedException.class, () -> inTransaction(em, () -> service.returnReport(otherWard, id,
                version(em, id), "Xem lại", Map.of())));
        assertThrows(AccessDeniedException.class, () -> service.getReport(otherWard, id));
        assertEquals(0, service.findToReview(otherWard, PageQuery.firstPage(50)).stream()
                .filter(r -> r.getId() == id).count());

        Viewer province = demo.viewer("lanhdao.tinh");
        assertTrue(service.findToReview(province, PageQuery.firstPage(200).withFilter("unitName", "nguyen khuyen")
                .withFilter("status", ReportStatus.SUBMITTED)).stream().anyMatch(r -> r.getId() == id));
        ActivityReport approved = inTransaction(em, () -> service.approve(province, id, version(em, id), null));
        assertEquals(demo.provinceId(), approved.getApprovedByUnit().getId());

        BusinessException noReason = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service.reopen(demo.viewer("canbo.huyen"), id, version(em, id), " ")));
        assertEquals("reopenComment", noReason.getField());
        ActivityReport reopened = inTransaction(em, () -> service.reopen(demo.viewer("canbo.huyen"), id,
                version(em, id), "Cần bổ sung kinh phí chăm lo."));
        assertEquals(ReportStatus.RETURNED, reopened.getStatus());
        assertNull(reopened.getApprovedBy());
        assertEquals(ReportEventKind.REOPENED, service.history(school, id).get(0).getKind());
    }

    @DatabaseTest
    void draftsAreCheckedAtTheFieldAndSubmissionNeedsEveryFigure(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        Viewer school = demo.viewer("canbo.coso");
        long id = freshReport(em, demo, demo.firstSchoolId());

        ReportForm women = partialForm();
        women.getFigures().setMembersWomen(50);
        assertRefused("membersWomen", "report.figure.womenOverTotal",
                () -> inTransaction(em, () -> service.saveDraft(school, id, women, version(em, id))));
        ReportForm negative = partialForm();
        negative.getFigures().setNewMembers(-1);
        assertRefused("newMembers", "report.figure.negative",
                () -> inTransaction(em, () -> service.saveDraft(school, id, negative, version(em, id))));
        ReportForm money = partialForm();
        money.getFigures().setWelfareAmount(ReportFigures.MONEY_MAX + 1);
        assertRefused("welfareAmount", "report.figure.money",
                () -> inTransaction(em, () -> service.saveDraft(school, id, money, version(em, id))));
        ReportForm award = partialForm();
        award.cell(AwardLevel.SUPERIOR, AwardKind.CERTIFICATE).setIndividuals(-3);
        assertRefused("award_SUPERIOR_CERTIFICATE_i", "report.figure.negative",
                () -> inTransaction(em, () -> service.saveDraft(school, id, award, version(em, id))));
        ReportForm tooLong = partialForm();
        tooLong.getNarrative().setLessons("x".repeat(ReportNarrative.SECTION_MAX + 1));
        assertRefused("lessons", "report.section.tooLong",
                () -> inTransaction(em, () -> service.saveDraft(school, id, tooLong, version(em, id))));
        assertEquals(ReportStatus.NOT_STARTED, find(em, id).getStatus());

        inTransaction(em, () -> service.saveDraft(school, id, partialForm(), version(em, id)));
        assertRefused("newMembers", "report.figure.required",
                () -> inTransaction(em, () -> service.submit(school, id, partialForm(), version(em, id))));
        ReportForm noText = completeForm();
        noText.getNarrative().setMainResults("  ");
        assertRefused("mainResults", "report.mainResults.required",
                () -> inTransaction(em, () -> service.submit(school, id, noText, version(em, id))));
        ReportForm noClass = completeForm();
        noClass.getFigures().setClassification(null);
        assertRefused("classification", "report.classification.required",
                () -> inTransaction(em, () -> service.submit(school, id, noClass, version(em, id))));
        assertEquals(ReportStatus.DRAFT, find(em, id).getStatus());
        assertEquals(42, find(em, id).getFigures().getMembersTotal());

        inTransaction(em, () -> service.submit(school, id, completeForm(), version(em, id)));
        BusinessException empty = assertThrows(BusinessException.class, () -> inTransaction(em,
                () -> service.returnReport(demo.viewer("canbo.huyen"), id, version(em, id), " ", Map.of())));
        assertEquals("generalComment", empty.getField());
    }

    @DatabaseTest
    void whenTwoReviewersActOnTheSameVersionOnlyTheFirstWins(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer ward = demo.viewer("canbo.huyen");
        Viewer province = demo.viewer("lanhdao.tinh");
        long id;
        long loaded;
        try (EntityManager setup = db.createEntityManager()) {
            id = freshReport(setup, demo, demo.firstSchoolId());
            inTransaction(setup, () -> service(setup).submit(demo.viewer("canbo.coso"), id, completeForm(),
                    version(setup, id)));
            loaded = version(setup, id);
        }
        try (EntityManager first = db.createEntityManager(); EntityManager second = db.createEntityManager()) {
            // Both reviewers have the submitted report open, at the same version.
            service(first).getReport(ward, id);
            service(second).getReport(province, id);

            inTransaction(first, () -> service(first).approve(ward, id, loaded, "Đạt."));
            BusinessException late = assertThrows(BusinessException.class, () -> inTransaction(second,
                    () -> service(second).returnReport(province, id, loaded, "Bổ sung phần hạn chế.", Map.of())));

            assertEquals("report.changedByOther", late.getMessageKey());
            assertEquals(ward.displayName(), late.getArguments()[0]);
        }
        try (EntityManager check = db.createEntityManager()) {
            ActivityReport report = check.find(ActivityReport.class, id);
            assertEquals(ReportStatus.APPROVED, report.getStatus());
            assertEquals("canbo.huyen", report.getApprovedBy());
            assertEquals(2, check.createQuery("SELECT COUNT(e) FROM ReportEvent e WHERE e.report.id = :id", Long.class)
                    .setParameter("id", id).getSingleResult());
        }
    }

    @DatabaseTest
    void deadlineRemindersReachTheSchoolsOnceAndTheListsShowTheirReports(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        Viewer second = demo.viewer("canbo.coso2");
        long report = reportOf(em, demo.currentPeriodId(), demo.secondSchoolId());

        int first = inTransaction(em, service::remindDeadlines);
        int again = inTransaction(em, service::remindDeadlines);

        assertTrue(first > 0, "no reminder created");
        assertEquals(0, again);
        List<Notification> reminders = new NotificationService(em, DemoProvince.CLOCK).latest(second, 10).stream()
                .filter(n -> n.getMessageKey().equals("notification.deadlineSoon")).toList();
        assertEquals(1, reminders.size());
        assertEquals("/reports/edit.xhtml?id=" + report, reminders.get(0).getLink());
        assertEquals("27/11/2026", reminders.get(0).argumentArray()[1]);

        List<ActivityReport> own = service.findOwnReports(second, PageQuery.firstPage(10));
        assertTrue(own.stream().anyMatch(r -> r.getId() == report));
        assertTrue(own.stream().allMatch(r -> r.getUnit().getId() == demo.secondSchoolId()));
        assertEquals(own.size(), service.countOwnReports(second, PageQuery.firstPage(10)));
        assertThrows(AccessDeniedException.class,
                () -> service.findToReview(second, PageQuery.firstPage(10)));
    }

    @DatabaseTest
    void onlyTheOwnerReadsAndMarksTheirNotifications(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        NotificationService notifications = new NotificationService(em, DemoProvince.CLOCK);
        Viewer ward = demo.viewer("canbo.huyen");
        int created = inTransaction(em, () -> notifications.notifyUnit(ward.unitId(),
                vn.congdoan.intranet.security.Permission.REVIEW_REPORTS, "TEST", "notification.reportSubmitted",
                List.of("Công đoàn Trường THCS Nguyễn Khuyến", "Báo cáo năm"), "/reports/index.xhtml", null));
        assertTrue(created >= 1);
        long before = notifications.unreadCount(ward);
        Notification newest = notifications.latest(ward, 1).get(0);

        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> notifications.markRead(demo.viewer("canbo.coso"), newest.getId())));
        inTransaction(em, () -> notifications.markRead(ward, newest.getId()));
        assertEquals(before - 1, notifications.unreadCount(ward));
        inTransaction(em, () -> notifications.markAllRead(ward));
        assertEquals(0, notifications.unreadCount(ward));
        assertEquals(List.of("Công đoàn Trường THCS Nguyễn Khuyến", "Báo cáo năm"),
                List.of(newest.argumentArray()));
    }

    @DatabaseTest
    void theSchoolAttachesFilesWhileEditingAndOnlyReadersDownloadThem(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        AttachmentService files = new AttachmentService(em, DemoProvince.CLOCK, service);
        Viewer school = demo.viewer("canbo.coso");
        long id = freshReport(em, demo, demo.firstSchoolId());
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        ReportAttachment file = inTransaction(em, () -> files.upload(school, id, "Biên bản hội nghị.pdf", pdf));
        assertEquals("application/pdf", file.getContentType());
        BusinessException html = assertThrows(BusinessException.class, () -> inTransaction(em, () -> files.upload(
                school, id, "trang.pdf", "<html></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("attachment.typeRefused", html.getMessageKey());
        assertThrows(AccessDeniedException.class, () -> inTransaction(em,
                () -> files.upload(demo.viewer("canbo.coso2"), id, "x.pdf", pdf)));
        for (int i = 1; i < AttachmentType.MAX_PER_REPORT; i++) {
            int n = i;
            inTransaction(em, () -> files.upload(school, id, "Phụ lục " + n + ".pdf", pdf));
        }
        BusinessException eleventh = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> files.upload(school, id, "Phụ lục 11.pdf", pdf)));
        assertEquals("attachment.tooMany", eleventh.getMessageKey());

        assertEquals("Biên bản hội nghị.pdf", files.list(demo.viewer("canbo.huyen"), id).get(0).getFileName());
        assertEquals(pdf.length, files.download(demo.viewer("lanhdao.tinh"), file.getId()).data().length);
        assertThrows(AccessDeniedException.class, () -> files.download(demo.viewer("canbo.coso2"), file.getId()));

        long appendix = files.list(school, id).get(1).getId();
        assertEquals("Phụ lục 1.pdf", inTransaction(em, () -> files.delete(school, appendix)));
        inTransaction(em, () -> service.submit(school, id, completeForm(), version(em, id)));
        BusinessException locked = assertThrows(BusinessException.class,
                () -> inTransaction(em, () -> files.delete(school, file.getId())));
        assertEquals("report.notEditable", locked.getMessageKey());
        assertEquals(AttachmentType.MAX_PER_REPORT - 1, files.list(school, id).size());
    }

    @DatabaseTest
    void theReviewListFiltersByStatusPeriodAndUnitNameWithoutDiacriticsAndSorts(TestDatabase db, EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        Viewer ward = demo.viewer("canbo.huyen");
        long id = freshReport(em, demo, demo.firstSchoolId());
        long period = find(em, id).getPeriod().getId();
        PageQuery ofPeriod = PageQuery.firstPage(50).withFilter("period", period);

        assertEquals(1, service.countToReview(ward, ofPeriod));
        assertEquals(0, service.countToReview(ward, ofPeriod.withFilter("status", ReportStatus.SUBMITTED)));
        inTransaction(em, () -> service.submit(demo.viewer("canbo.coso"), id, completeForm(), version(em, id)));
        assertEquals(List.of(id), service.findToReview(ward, ofPeriod.withFilter("status", ReportStatus.SUBMITTED))
                .stream().map(ActivityReport::getId).toList());
        assertEquals(1, service.countToReview(ward, ofPeriod.withFilter("unitName", "THCS NGUYEN KHUYEN")));
        assertEquals(0, service.countToReview(ward, ofPeriod.withFilter("unitName", "tiểu học")));

        PageQuery current = PageQuery.firstPage(50).withFilter("period", demo.currentPeriodId());
        List<String> names = service.findToReview(ward, current.sortedBy("unitName", true)).stream()
                .map(ActivityReport::getUnitName).toList();
        assertEquals(service.countToReview(ward, current), names.size());
        assertTrue(names.size() >= 2, names.toString());
        assertEquals(names.stream().sorted(java.util.Comparator.comparing(
                vn.congdoan.intranet.shared.TextNormalizer::fold)).toList(), names);
        assertTrue(service.reviewPeriods(ward).stream().anyMatch(p -> p.getId() == period));
    }

    // ----- helpers -----

    @DatabaseTest
    void aReportTheBoardListsOpensForTheSuccessorOfItsEndedSuperiorAndForNoOtherSchool(TestDatabase db,
                                                                                     EntityManager em) {
        DemoProvince demo = DemoProvince.in(db);
        ReportService service = service(em);
        long firstDistrict = demo.districtIds().get(0);
        // a 2023–2024 report filed under canbo.huyen's former district by a school now under another ward
        ActivityReport moved = em.createQuery("SELECT r FROM ActivityReport r WHERE r.period.title = :t"
                        + " AND r.unitPath LIKE :district AND r.unit.path NOT LIKE :ward", ActivityReport.class)
                .setParameter("t", "Báo cáo tổng kết năm học 2023–2024")
                .setParameter("district", "%/" + firstDistrict + "/%")
                .setParameter("ward", "%/" + demo.communeIds().get(0) + "/%")
                .setMaxResults(1).getSingleResult();

        assertEquals(moved.getId(), service.getReport(demo.viewer("canbo.huyen"), moved.getId()).getId());
        assertThrows(AccessDeniedException.class, () -> service.getReport(demo.viewer("canbo.coso2"), moved.getId()));
    }

    private static ReportService service(EntityManager em) {
        return new ReportService(em, DemoProvince.CLOCK, new NotificationService(em, DemoProvince.CLOCK));
    }

    private static void assertRefused(String field, String key, org.junit.jupiter.api.function.Executable call) {
        BusinessException refusal = assertThrows(BusinessException.class, call);
        assertEquals(key, refusal.getMessageKey());
        assertEquals(field, refusal.getField());
    }

    /** A period of its own, opened by the ward for one school, so a test can walk the report through any state. */
    private static long freshReport(EntityManager em, DemoProvince demo, long schoolId) {
        PeriodService periods = new PeriodService(em, DemoProvince.CLOCK);
        ReportingPeriod period = inTransaction(em, () -> periods.open(demo.viewer("canbo.huyen"),
                new PeriodDraft(PeriodKind.HALF_YEAR, "Sơ kết học kỳ I – đợt " + PERIODS.incrementAndGet(),
                        LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), LocalDate.of(2026, 12, 20),
                        Set.of(schoolId))));
        return reportOf(em, period.getId(), schoolId);
    }

    private static long reportOf(EntityManager em, long periodId, long unitId) {
        return em.createQuery("SELECT r.id FROM ActivityReport r WHERE r.period.id = :p AND r.unit.id = :u",
                Long.class).setParameter("p", periodId).setParameter("u", unitId).getSingleResult();
    }

    private static ActivityReport find(EntityManager em, long id) {
        ActivityReport report = em.find(ActivityReport.class, id);
        em.refresh(report);
        return report;
    }

    private static long version(EntityManager em, long id) {
        return find(em, id).getVersion();
    }

    private static long unread(EntityManager em, Viewer viewer, String key) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.messageKey = :k"
                + " AND n.readAt IS NULL", Long.class).setParameter("a", viewer.accountId()).setParameter("k", key)
                .getSingleResult();
    }

    private static Viewer officerOf(EntityManager em, long unitId) {
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        return new Viewer(-1L, "canbo.phuongkhac", "Cán bộ phường khác", Role.SUPERIOR_OFFICER, unitId,
                unit.getPath(), null);
    }

    private static ReportForm partialForm() {
        ReportForm form = new ReportForm();
        form.getFigures().setMembersTotal(42);
        form.getFigures().setMembersWomen(30);
        form.getNarrative().setMainResults("Tổ chức tốt phong trào thi đua \"Giỏi việc trường, đảm việc nhà\".");
        return form;
    }

    private static ReportForm completeForm() {
        ReportForm form = partialForm();
        ReportFigures f = form.getFigures();
        f.setNewMembers(3);
        f.setMembersLeft(1);
        f.setOfficersTrained(5);
        f.setPartyIntroduced(2);
        f.setWelfareMembers(12);
        f.setWelfareAmount(1_500_000L);
        f.setEmulationUnits(4);
        f.setEmulationMembers(40);
        f.setClassification(Classification.STRONG);
        form.cell(AwardLevel.PROVINCE, AwardKind.MERIT).setIndividuals(2);
        return form;
    }
}
