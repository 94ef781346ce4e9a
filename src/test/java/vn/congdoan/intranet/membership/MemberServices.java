package vn.congdoan.intranet.membership;

import jakarta.persistence.EntityManager;
import vn.congdoan.intranet.organization.OrgUnitServices;

/** Builds the service as CDI would, for persistence tests in other packages that need it as a collaborator. */
public final class MemberServices {

    private MemberServices() {
    }

    public static MemberService using(EntityManager em) {
        MemberService service = new MemberService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        return service;
    }
}
