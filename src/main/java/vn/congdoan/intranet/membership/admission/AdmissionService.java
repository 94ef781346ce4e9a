package vn.congdoan.intranet.membership.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Applications for admission of the grassroots unions in the viewer's scope: recording them, admitting them (each
 * admitted person becomes a member with the next card numbers of the system-wide counter) and rejecting them.
 * Writing needs {@link Permission#MANAGE_MEMBERS}; every application id is checked against the viewer's scope.
 */
@ApplicationScoped
@Transactional
public class AdmissionService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "fullName", "a.searchName",
            "appliedOn", "a.appliedOn",
            "groupLabel", "a.groupLabel",
            "status", "a.status",
            "decidedOn", "a.decidedOn");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    MemberLifecycle lifecycle;

    /** Records one person's application in a grassroots union of the viewer's scope, pending a decision. */
    public AdmissionApplication record(Viewer viewer, long unitId, AdmissionApplication form) {
        OrgUnit union = grassrootsUnion(viewer, unitId);
        if (TextNormalizer.isBlank(form.getFullName())) {
            throw BusinessException.onField("fullName", "admission.fullName.required");
        }
        if (form.getGender() == null) {
            throw BusinessException.onField("gender", "admission.gender.required");
        }
        LocalDate today = Formats.today();
        if (form.getAppliedOn() == null || form.getAppliedOn().isAfter(today)) {
            throw BusinessException.onField("appliedOn", "admission.appliedOn.invalid", Formats.day(today));
        }
        if (form.getDateOfBirth() != null && !form.getDateOfBirth().isBefore(form.getAppliedOn())) {
            throw BusinessException.onField("dateOfBirth", "admission.dateOfBirth.invalid");
        }
        AdmissionApplication application = form.recordIn(union, viewer.username());
        em.persist(application);
        return application;
    }

    /**
     * Admits the pending applications on the decision date: each person becomes an active member of the
     * application's union from that day (a period that began by ADMISSION) with a card issued that day. Cards are
     * numbered consecutively in the order the applications were recorded, from the system-wide counter, so numbers
     * stay unique even when two unions admit at the same moment. All or nothing.
     */
    public List<Member> admit(Viewer viewer, List<Long> applicationIds, LocalDate decidedOn, String decisionRef) {
        List<AdmissionApplication> applications = pendingApplications(viewer, applicationIds);
        if (decidedOn == null || decidedOn.isAfter(Formats.today())) {
            throw BusinessException.onField("decidedOn", "admission.decidedOn.invalid", Formats.day(Formats.today()));
        }
        for (AdmissionApplication application : applications) {
            if (decidedOn.isBefore(application.getAppliedOn())) {
                throw BusinessException.onField("decidedOn", "admission.decidedOn.beforeApplication",
                        application.getFullName(), Formats.day(application.getAppliedOn()));
            }
        }
        if (TextNormalizer.isBlank(decisionRef)) {
            throw BusinessException.onField("decisionRef", "admission.decisionRef.required");
        }
        List<Member> admitted = new ArrayList<>();
        for (AdmissionApplication application : applications) {
            Member member = lifecycle.join(application.toMember(decidedOn), decidedOn, MovementKind.ADMISSION);
            application.admit(member, decidedOn, decisionRef.trim(), viewer.username());
            admitted.add(member);
        }
        lifecycle.issueCards(admitted, decidedOn);
        return admitted;
    }

    /** Rejects the pending applications with a reason; the applications stay as the record of the decision. */
    public void reject(Viewer viewer, List<Long> applicationIds, LocalDate decidedOn, String reason) {
        List<AdmissionApplication> applications = pendingApplications(viewer, applicationIds);
        if (decidedOn == null || decidedOn.isAfter(Formats.today())) {
            throw BusinessException.onField("rejectedOn", "admission.decidedOn.invalid", Formats.day(Formats.today()));
        }
        if (TextNormalizer.isBlank(reason)) {
            throw BusinessException.onField("rejectReason", "admission.rejectReason.required");
        }
        if (reason.trim().length() > AdmissionApplication.REASON_MAX) {
            throw BusinessException.onField("rejectReason", "admission.rejectReason.tooLong",
                    AdmissionApplication.REASON_MAX);
        }
        applications.forEach(application -> application.reject(decidedOn, reason.trim(), viewer.username()));
    }

    /** One application of a union within the viewer's scope. */
    public AdmissionApplication getApplication(Viewer viewer, long id) {
        viewer.require(Permission.VIEW_MEMBERS);
        AdmissionApplication application = em.find(AdmissionApplication.class, id);
        if (application == null) {
            throw new NotFoundException("application " + id);
        }
        if (!viewer.scope().covers(application.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not see application " + id);
        }
        return application;
    }

    /** A page of one union's applications: filters search (name), status, groupLabel. */
    public List<AdmissionApplication> findApplications(Viewer viewer, long unitId, PageQuery query) {
        JpqlFilter filter = filter(viewer, unitId, query);
        String order = SORT_COLUMNS.get(query.sortFieldOr("appliedOn", SORT_COLUMNS.keySet()));
        boolean ascending = query.sortField() == null ? false : query.ascending();
        return filter.bind(em.createQuery("SELECT a FROM AdmissionApplication a LEFT JOIN FETCH a.member"
                        + filter.where() + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id",
                        AdmissionApplication.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countApplications(Viewer viewer, long unitId, PageQuery query) {
        JpqlFilter filter = filter(viewer, unitId, query);
        return filter.bind(em.createQuery("SELECT COUNT(a) FROM AdmissionApplication a" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    /** The group labels used in a union, to filter by and to reuse when entering the next person of a group. */
    public List<String> groupLabels(Viewer viewer, long unitId) {
        viewer.require(Permission.VIEW_MEMBERS);
        units.getUnit(viewer, unitId);
        return em.createNamedQuery("AdmissionApplication.groupLabels", String.class).setParameter("unitId", unitId)
                .getResultList();
    }

    private JpqlFilter filter(Viewer viewer, long unitId, PageQuery query) {
        viewer.require(Permission.VIEW_MEMBERS);
        OrgUnit unit = units.getUnit(viewer, unitId);
        return new JpqlFilter()
                .require("a.unit.id = :unitId", "unitId", unit.getId())
                .contains("a.searchName", "name", query.text("search"))
                .optional("a.status = :status", "status", query.value("status", ApplicationStatus.class))
                .optional("a.groupLabel = :groupLabel", "groupLabel", query.text("groupLabel"))
                .optional("a.gender = :gender", "gender", query.value("gender", Gender.class));
    }

    /** The applications, each pending and in a grassroots union the viewer manages, in the order recorded. */
    private List<AdmissionApplication> pendingApplications(Viewer viewer, List<Long> ids) {
        viewer.require(Permission.MANAGE_MEMBERS);
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("admission.noneSelected");
        }
        List<AdmissionApplication> applications = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            AdmissionApplication application = getApplication(viewer, id);
            grassrootsUnion(viewer, application.getUnit().getId());
            if (!application.isPending()) {
                throw new BusinessException("admission.alreadyDecided", application.getFullName());
            }
            applications.add(application);
        }
        applications.sort(Comparator.comparing(AdmissionApplication::getId));
        return applications;
    }

    private OrgUnit grassrootsUnion(Viewer viewer, long unitId) {
        viewer.require(Permission.MANAGE_MEMBERS);
        OrgUnit unit = units.getUnit(viewer, unitId);
        if (!unit.isGrassroots() || !unit.isActive()) {
            throw new BusinessException("admission.notGrassroots", unit.getName());
        }
        return unit;
    }
}
