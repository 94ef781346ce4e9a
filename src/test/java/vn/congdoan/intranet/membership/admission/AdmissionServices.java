package vn.congdoan.intranet.membership.admission;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.organization.OrgUnitServices;

/** Builds the service as CDI would, and application forms, for persistence tests of several packages. */
public final class AdmissionServices {

    private AdmissionServices() {
    }

    public static AdmissionService using(EntityManager em) {
        AdmissionService service = new AdmissionService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        service.lifecycle = new MemberLifecycle(em);
        return service;
    }

    /** A filled application form. */
    public static AdmissionApplication form(String fullName, Gender gender, LocalDate appliedOn, String groupLabel) {
        AdmissionApplication form = AdmissionApplication.draft(appliedOn);
        form.setFullName(fullName);
        form.setGender(gender);
        form.setDateOfBirth(LocalDate.of(1995, 5, 17));
        form.setJobTitle("Giáo viên");
        form.setGroupLabel(groupLabel);
        return form;
    }

    /** The applications as open work of a union, for restructuring tests. */
    public static PendingApplications pendingApplications(EntityManager em) {
        PendingApplications work = new PendingApplications();
        work.em = em;
        return work;
    }
}
