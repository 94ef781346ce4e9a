package vn.congdoan.intranet.organization;

import jakarta.persistence.EntityManager;

/** Builds the service as CDI would, for persistence tests in other packages that need it as a collaborator. */
public final class OrgUnitServices {

    private OrgUnitServices() {
    }

    public static OrgUnitService using(EntityManager em) {
        OrgUnitService service = new OrgUnitService();
        service.em = em;
        return service;
    }
}
