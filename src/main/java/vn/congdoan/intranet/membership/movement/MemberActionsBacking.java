package vn.congdoan.intranet.membership.movement;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.membership.transfer.MemberTransfer;
import vn.congdoan.intranet.membership.transfer.TransferService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * What an officer does on a member's record page ({@code /members/view.xhtml?id=7}) beyond reading it: the member's
 * history of periods, a pending transfer, and the dialogs that transfer the member or end their membership. After a
 * change the page reloads, so the record above shows the new status.
 */
@Named
@ViewScoped
public class MemberActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    MovementService movements;

    @Inject
    TransferService transfers;

    @Inject
    LeavingService leaving;

    @Inject
    CurrentUser currentUser;

    private Long memberId;
    private Member member;
    private List<MembershipPeriod> history;
    private MemberTransfer pendingTransfer;
    private boolean manageable;

    private OrgUnit toUnit;
    private LocalDate changeOn;
    private String note;
    private LeaveReason leaveReason;

    public void load() {
        Viewer viewer = currentUser.get();
        long id = memberId == null ? -1 : memberId;
        member = members.getMember(viewer, id);
        history = movements.history(viewer, id);
        pendingTransfer = transfers.pendingTransferOf(viewer, id);
        manageable = viewer.can(Permission.MANAGE_MEMBERS) && viewer.scope().covers(member.getUnit());
    }

    /** Resets the dialogs' inputs, with today as the date. */
    public void prepare() {
        toUnit = null;
        changeOn = Formats.today();
        note = null;
        leaveReason = null;
    }

    public String transfer() {
        try {
            MemberTransfer issued = transfers.issue(currentUser.get(), member.getId(),
                    toUnit == null ? null : toUnit.getId(), changeOn, note);
            return reloadWith("transfers.issued", member.getFullName(), issued.getToUnit().getName());
        } catch (BusinessException refusal) {
            Texts.error(refusal, "transferForm");
            return null;
        }
    }

    public String leave() {
        try {
            leaving.leave(currentUser.get(), member.getId(), changeOn, leaveReason);
            return reloadWith("leave.done", member.getFullName(), Formats.day(changeOn));
        } catch (BusinessException refusal) {
            Texts.error(refusal, "leaveForm");
            return null;
        }
    }

    private String reloadWith(String messageKey, Object... arguments) {
        Texts.info(messageKey, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/members/view?faces-redirect=true&id=" + member.getId();
    }

    /** Active grassroots unions other than the member's, by name, for the destination picker. */
    public List<OrgUnit> completeDestination(String text) {
        return transfers.searchDestinations(currentUser.get(), text, 15).stream()
                .filter(unit -> !unit.equals(member.getUnit())).toList();
    }

    /** True when the viewer may transfer or end this member now. */
    public boolean isActionable() {
        return manageable && member.getStatus() == MemberStatus.ACTIVE;
    }

    public LeaveReason[] getLeaveReasons() {
        return LeaveReason.values();
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Member getMember() {
        return member;
    }

    public List<MembershipPeriod> getHistory() {
        return history;
    }

    public MemberTransfer getPendingTransfer() {
        return pendingTransfer;
    }

    /** "Awaiting acceptance by X (transferred on dd/MM/yyyy)." */
    public String getPendingTransferText() {
        return pendingTransfer == null ? "" : Texts.get("memberActions.pendingTransfer",
                pendingTransfer.getToUnit().getName(), Formats.day(pendingTransfer.getIssuedOn()));
    }

    public boolean isManageable() {
        return manageable;
    }

    public OrgUnit getToUnit() {
        return toUnit;
    }

    public void setToUnit(OrgUnit toUnit) {
        this.toUnit = toUnit;
    }

    public LocalDate getChangeOn() {
        return changeOn;
    }

    public void setChangeOn(LocalDate changeOn) {
        this.changeOn = changeOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LeaveReason getLeaveReason() {
        return leaveReason;
    }

    public void setLeaveReason(LeaveReason leaveReason) {
        this.leaveReason = leaveReason;
    }

    public LocalDate getToday() {
        return Formats.today();
    }
}
