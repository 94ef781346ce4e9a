package vn.congdoan.intranet.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.restructuring.OpenWork;

/**
 * Transfers waiting for acceptance, as open work of both unions: a merge makes the receiving union the new end of
 * the transfer (and cancels one that would now stay inside a single union), a dissolution cancels them and the
 * members stay where the dissolution put them.
 */
@ApplicationScoped
public class PendingTransfers implements OpenWork {

    static final String RESTRUCTURING = "restructuring";

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberLifecycle lifecycle;

    @Override
    public String moveStepKey() {
        return "openWork.transfers.move";
    }

    @Override
    public String closeStepKey() {
        return "openWork.transfers.close";
    }

    @Override
    public long count(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(t) FROM MemberTransfer t WHERE (t.fromUnit = :unit OR t.toUnit = :unit)"
                + " AND t.status = :pending", Long.class).setParameter("unit", unit)
                .setParameter("pending", TransferStatus.PENDING).getSingleResult();
    }

    @Override
    public void moveTo(OrgUnit from, OrgUnit to, LocalDate on) {
        for (MemberTransfer transfer : pending(from)) {
            transfer.handOver(from, to);
            if (transfer.getFromUnit().equals(transfer.getToUnit())) {
                cancel(transfer, on);
            }
        }
    }

    @Override
    public void close(OrgUnit unit, LocalDate on) {
        pending(unit).forEach(transfer -> cancel(transfer, on));
    }

    private void cancel(MemberTransfer transfer, LocalDate on) {
        transfer.cancel(on, RESTRUCTURING);
        if (transfer.getMember().getStatus() == MemberStatus.TRANSFERRED) {
            lifecycle.markTransferring(transfer.getMember(), false);
        }
    }

    private List<MemberTransfer> pending(OrgUnit unit) {
        return em.createQuery("SELECT t FROM MemberTransfer t WHERE (t.fromUnit = :unit OR t.toUnit = :unit)"
                + " AND t.status = :pending ORDER BY t.id", MemberTransfer.class).setParameter("unit", unit)
                .setParameter("pending", TransferStatus.PENDING).getResultList();
    }
}
