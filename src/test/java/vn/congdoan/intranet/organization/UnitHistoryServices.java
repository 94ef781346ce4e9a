package vn.congdoan.intranet.organization;

import jakarta.persistence.EntityManager;

/** Builds the service as CDI would, for persistence tests in other packages. */
public final class UnitHistoryServices {

    private UnitHistoryServices() {
    }

    public static UnitHistoryService using(EntityManager em) {
        UnitHistoryService service = new UnitHistoryService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        return service;
    }
}
