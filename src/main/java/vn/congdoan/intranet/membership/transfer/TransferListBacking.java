package vn.congdoan.intranet.membership.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/**
 * The transfers page of a grassroots union ({@code /units/transfers.xhtml?unit=42}): transfers addressed to it, to
 * accept or refuse, and transfers it sent, to cancel while pending.
 */
@Named
@ViewScoped
public class TransferListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferService transfers;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private OrgUnit unit;
    private ServiceLazyModel<MemberTransfer> incoming;
    private ServiceLazyModel<MemberTransfer> outgoing;
    private MemberTransfer chosen;
    private LocalDate acceptedOn;
    private String refuseReason;

    public void load() {
        Viewer viewer = currentUser.get();
        long id = unitId != null ? unitId : viewer.unitId();
        unit = units.getUnit(viewer, id);
        incoming = model(id, TransferService.Direction.INCOMING);
        outgoing = model(id, TransferService.Direction.OUTGOING);
    }

    private ServiceLazyModel<MemberTransfer> model(long id, TransferService.Direction direction) {
        return new ServiceLazyModel<>(q -> transfers.countTransfers(currentUser.get(), id, direction, q),
                q -> transfers.findTransfers(currentUser.get(), id, direction, q));
    }

    /** Opens the accept or refuse dialog for a row. */
    public void choose(MemberTransfer row) {
        chosen = transfers.getTransfer(currentUser.get(), row.getId());
        acceptedOn = Formats.today();
        refuseReason = null;
    }

    public void accept() {
        try {
            transfers.accept(currentUser.get(), chosen.getId(), acceptedOn);
            Texts.info("transfers.accepted", chosen.getMember().getFullName(), Formats.day(acceptedOn));
        } catch (BusinessException refusal) {
            Texts.error(refusal, "acceptForm");
        }
    }

    public void refuse() {
        try {
            transfers.refuse(currentUser.get(), chosen.getId(), refuseReason);
            Texts.info("transfers.refused", chosen.getMember().getFullName());
        } catch (BusinessException refusal) {
            Texts.error(refusal, "refuseForm");
        }
    }

    public void cancel(MemberTransfer row) {
        try {
            MemberTransfer cancelled = transfers.cancel(currentUser.get(), row.getId());
            Texts.info("transfers.cancelled", cancelled.getMember().getFullName());
        } catch (BusinessException refusal) {
            Texts.error(refusal, null);
        }
    }

    public TransferStatus[] getStatuses() {
        return TransferStatus.values();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ServiceLazyModel<MemberTransfer> getIncoming() {
        return incoming;
    }

    public ServiceLazyModel<MemberTransfer> getOutgoing() {
        return outgoing;
    }

    public MemberTransfer getChosen() {
        return chosen;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public void setAcceptedOn(LocalDate acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    public String getRefuseReason() {
        return refuseReason;
    }

    public void setRefuseReason(String refuseReason) {
        this.refuseReason = refuseReason;
    }

    public LocalDate getToday() {
        return Formats.today();
    }
}
