package vn.congdoan.intranet.membership.transfer;

import jakarta.persistence.EntityManager;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberServices;
import vn.congdoan.intranet.organization.OrgUnitServices;

/** Builds the service as CDI would, for persistence tests of several packages. */
public final class TransferServices {

    private TransferServices() {
    }

    public static TransferService using(EntityManager em) {
        TransferService service = new TransferService();
        service.em = em;
        service.units = OrgUnitServices.using(em);
        service.members = MemberServices.using(em);
        service.lifecycle = new MemberLifecycle(em);
        return service;
    }

    /** The transfers as open work of a union, for restructuring tests. */
    public static PendingTransfers pendingTransfers(EntityManager em) {
        PendingTransfers work = new PendingTransfers();
        work.em = em;
        work.lifecycle = new MemberLifecycle(em);
        return work;
    }
}
