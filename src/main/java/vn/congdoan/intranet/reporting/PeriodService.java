package vn.congdoan.intranet.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Reporting periods. A superior officer opens a period for grassroots unions within their scope; opening creates
 * each unit's report, NOT_STARTED, addressed to the unit's direct superior of that day.
 */
@ApplicationScoped
@Transactional
public class PeriodService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected PeriodService() {
    }

    /** For code outside the container that owns its transaction (the demo generator, tests). */
    public PeriodService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Opens a period owned by the viewer's unit, with a report for each unit that must report. */
    public ReportingPeriod open(Viewer viewer, PeriodDraft draft) {
        viewer.require(Permission.OPEN_PERIODS);
        validate(draft);
        OrgUnit owner = em.find(OrgUnit.class, viewer.unitId());
        if (owner == null || !owner.isActive()) {
            throw new AccessDeniedException(viewer.username() + " has no active unit to open a period for");
        }
        List<OrgUnit> units = reportingUnits(viewer, owner, draft);
        if (units.isEmpty()) {
            throw BusinessException.onField("units", "period.units.required");
        }
        ReportingPeriod period = new ReportingPeriod(draft.kind(), draft.title().trim(), draft.coversFrom(),
                draft.coversTo(), draft.deadline(), owner, viewer.username(), clock.instant());
        em.persist(period);
        for (OrgUnit unit : units) {
            em.persist(new ActivityReport(period, unit, unit.getParent()));
        }
        return period;
    }

    public ReportingPeriod getPeriod(Viewer viewer, long id) {
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw new NotFoundException("period " + id);
        }
        if (!viewer.scope().covers(period.getOwnerPath()) && !coversAReport(viewer, period)) {
            throw new AccessDeniedException(viewer.username() + " may not see period " + id);
        }
        return period;
    }

    private boolean coversAReport(Viewer viewer, ReportingPeriod period) {
        return em.createQuery("SELECT COUNT(r) FROM ActivityReport r WHERE r.period = :period"
                        + " AND (r.unitPath LIKE :scope OR r.unit.path LIKE :scope)", Long.class)
                .setParameter("period", period).setParameter("scope", viewer.scope().likePattern())
                .getSingleResult() > 0;
    }

    private void validate(PeriodDraft draft) {
        if (draft.kind() == null) {
            throw BusinessException.onField("kind", "period.kind.required");
        }
        if (TextNormalizer.isBlank(draft.title())) {
            throw BusinessException.onField("title", "period.title.required");
        }
        if (draft.title().trim().length() > ReportingPeriod.TITLE_MAX) {
            throw BusinessException.onField("title", "period.title.tooLong", ReportingPeriod.TITLE_MAX);
        }
        if (draft.coversFrom() == null || draft.coversTo() == null || !draft.coversFrom().isBefore(draft.coversTo())) {
            throw BusinessException.onField("coversTo", "period.covers.invalid");
        }
        LocalDate today = LocalDate.now(clock.withZone(vn.congdoan.intranet.shared.Formats.ZONE));
        if (draft.deadline() == null || draft.deadline().isBefore(today)) {
            throw BusinessException.onField("deadline", "period.deadline.past");
        }
    }

    private List<OrgUnit> reportingUnits(Viewer viewer, OrgUnit owner, PeriodDraft draft) {
        List<OrgUnit> below = em.createQuery("SELECT u FROM OrgUnit u WHERE u.active = TRUE"
                        + " AND u.level.grassroots = TRUE AND u.path LIKE :branch AND u.id <> :owner ORDER BY u.path",
                OrgUnit.class).setParameter("branch", owner.getPath() + "%").setParameter("owner", owner.getId())
                .getResultList();
        if (draft.unitIds().isEmpty()) {
            return below;
        }
        List<OrgUnit> chosen = below.stream().filter(u -> draft.unitIds().contains(u.getId())).toList();
        if (chosen.size() != draft.unitIds().size()) {
            throw new AccessDeniedException(viewer.username() + " chose units outside " + owner.getPath());
        }
        return chosen;
    }
}
