package vn.congdoan.intranet.welfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;

/**
 * The approval limits per unit level, configured by the provincial federation (its approving officers) or the
 * administrator. A change applies to cases submitted afterwards; submitted cases keep the approver they were routed to.
 */
@ApplicationScoped
@Transactional
public class WelfareLimitService {

    @PersistenceContext
    EntityManager em;

    protected WelfareLimitService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public WelfareLimitService(EntityManager em) {
        this.em = em;
    }

    /** Every limit, by level order, the level's limit for any kind first. */
    public List<WelfareLimit> limits(Viewer viewer) {
        requireWelfare(viewer);
        return em.createQuery("SELECT l FROM WelfareLimit l, UnitLevel v WHERE v.code = l.unitLevelCode"
                + " ORDER BY v.sortOrder, l.caseKind", WelfareLimit.class).getResultList();
    }

    /** Sets (or with a null amount removes) the limit of a level for a kind (null kind = any kind). */
    public void setLimit(Viewer viewer, String levelCode, WelfareKind kind, Long maxAmount) {
        requireFederation(viewer);
        if (levelCode == null || em.find(UnitLevel.class, levelCode) == null) {
            throw BusinessException.onField("level", "welfare.limit.levelRequired");
        }
        if (maxAmount != null && maxAmount < 0) {
            throw BusinessException.onField("maxAmount", "welfare.amount.negative");
        }
        WelfareLimit existing = em.createQuery("SELECT l FROM WelfareLimit l WHERE l.unitLevelCode = :level",
                        WelfareLimit.class)
                .setParameter("level", levelCode)
                .getResultStream().filter(l -> l.getCaseKind() == kind).findFirst().orElse(null);
        if (maxAmount == null) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing == null) {
            em.persist(new WelfareLimit(levelCode, kind, maxAmount));
        } else {
            existing.setMaxAmount(maxAmount);
        }
        em.flush();
    }

    /** The provincial federation's approving officers and the administrator configure the limits. */
    public boolean mayConfigure(Viewer viewer) {
        if (viewer.role() == Role.ADMIN) {
            return true;
        }
        if (!viewer.can(Permission.APPROVE_WELFARE)) {
            return false;
        }
        OrgUnit unit = em.find(OrgUnit.class, viewer.unitId());
        return unit != null && UnitLevel.PROVINCE_FEDERATION.equals(unit.getLevel().getCode());
    }

    /** The unit levels a limit may be set for, in tree order. */
    public List<UnitLevel> levels(Viewer viewer) {
        requireWelfare(viewer);
        return em.createNamedQuery("UnitLevel.all", UnitLevel.class).getResultList();
    }

    private void requireFederation(Viewer viewer) {
        if (!mayConfigure(viewer)) {
            throw new AccessDeniedException(viewer.username() + " does not configure welfare limits");
        }
    }

    private static void requireWelfare(Viewer viewer) {
        if (!viewer.can(Permission.MANAGE_WELFARE) && !viewer.can(Permission.APPROVE_WELFARE)) {
            throw new AccessDeniedException(viewer.username() + " may not see welfare limits");
        }
    }
}
