package vn.congdoan.intranet.membership.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.restructuring.OpenWork;
import vn.congdoan.intranet.shared.Texts;

/**
 * Applications still waiting for a union's decision, as open work of that union: a merge hands them to the
 * receiving union, a dissolution closes them as not admitted, with the reason recorded.
 */
@ApplicationScoped
public class PendingApplications implements OpenWork {

    /** Who closed an application when its union was dissolved: the operation, not a person. */
    static final String RESTRUCTURING = "restructuring";

    @PersistenceContext
    EntityManager em;

    @Override
    public String moveStepKey() {
        return "openWork.applications.move";
    }

    @Override
    public String closeStepKey() {
        return "openWork.applications.close";
    }

    @Override
    public long count(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(a) FROM AdmissionApplication a WHERE a.unit = :unit"
                + " AND a.status = :pending", Long.class).setParameter("unit", unit)
                .setParameter("pending", ApplicationStatus.PENDING).getSingleResult();
    }

    @Override
    public void moveTo(OrgUnit from, OrgUnit to, LocalDate on) {
        pending(from).forEach(application -> application.handOver(to));
    }

    @Override
    public void close(OrgUnit unit, LocalDate on) {
        String reason = Texts.get(Locale.forLanguageTag("vi"), "openWork.applications.closedReason", unit.getName());
        pending(unit).forEach(application -> application.reject(on, reason, RESTRUCTURING));
    }

    private List<AdmissionApplication> pending(OrgUnit unit) {
        return em.createQuery("SELECT a FROM AdmissionApplication a WHERE a.unit = :unit AND a.status = :pending",
                AdmissionApplication.class).setParameter("unit", unit)
                .setParameter("pending", ApplicationStatus.PENDING).getResultList();
    }
}
