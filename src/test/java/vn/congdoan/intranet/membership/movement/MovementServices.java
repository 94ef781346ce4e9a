package vn.congdoan.intranet.membership.movement;

import jakarta.persistence.EntityManager;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberServices;
import vn.congdoan.intranet.organization.OrgUnitServices;

/** Builds the services as CDI would, for persistence tests of several packages. */
public final class MovementServices {

    private MovementServices() {
    }

    public static LeavingService leaving(EntityManager em) {
        LeavingService service = new LeavingService();
        service.members = MemberServices.using(em);
        service.lifecycle = new MemberLifecycle(em);
        return service;
    }

    public static MovementService movements(EntityManager em) {
        MovementService service = new MovementService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        service.members = MemberServices.using(em);
        service.lifecycle = new MemberLifecycle(em);
        return service;
    }
}
