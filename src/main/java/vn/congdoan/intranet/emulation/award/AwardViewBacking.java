package vn.congdoan.intranet.emulation.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * One award ({@code /emulation/award.xhtml?id=42}) with its steps and the actions the viewer may take now: endorse
 * and forward, reject, decide (or record a national decision), revoke. Each action names the version shown, so
 * someone else's action in between refuses it; after it the page reloads.
 */
@Named
@ViewScoped
public class AwardViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardService awards;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Award award;
    private long version;
    private List<AwardEvent> history;
    private String comment;
    private String rejectReason;
    private String revokeReason;
    private String decisionNo;
    private LocalDate decisionDate = Formats.today();
    private String signer;

    public void load() {
        Viewer viewer = currentUser.get();
        award = awards.get(viewer, id == null ? -1 : id);
        version = award.getVersion();
        history = awards.history(viewer, id);
    }

    public String endorse() {
        Award done = FormActions.run("endorseForm", "award.changedByOther",
                () -> awards.endorse(currentUser.get(), id, version, comment));
        return done == null ? null : reload("award.page.endorsed", done.getCurrentUnit().getName());
    }

    public String reject() {
        Award done = FormActions.run("rejectForm", "award.changedByOther",
                () -> awards.reject(currentUser.get(), id, version, rejectReason));
        return done == null ? null : reload("award.page.rejected", done.getRecipientName());
    }

    public String decide() {
        Award done = FormActions.run("decideForm", "award.changedByOther",
                () -> awards.decide(currentUser.get(), id, version,
                        new NominationForm.Decision(decisionNo, decisionDate, signer)));
        return done == null ? null : reload("award.page.decided", done.getRecipientName());
    }

    public String revoke() {
        Award done = FormActions.run("revokeForm", "award.changedByOther",
                () -> awards.revoke(currentUser.get(), id, version, revokeReason));
        return done == null ? null : reload("award.page.revoked", done.getRecipientName());
    }

    private String reload(String messageKey, Object argument) {
        Faces.getFlash().setKeepMessages(true);
        Texts.info(messageKey, argument);
        return "/emulation/award?faces-redirect=true&id=" + id;
    }

    public boolean isMayEndorse() {
        return AwardRules.mayEndorse(currentUser.get(), award);
    }

    public boolean isMayReject() {
        return AwardRules.mayReject(currentUser.get(), award);
    }

    public boolean isMayDecide() {
        return AwardRules.mayDecide(currentUser.get(), award);
    }

    public boolean isMayRevoke() {
        return AwardRules.mayRevoke(currentUser.get(), award);
    }

    public boolean isNational() {
        return award != null && award.getType().getIssuerTier() == IssuerTier.NATIONAL;
    }

    /** The superior the viewer's endorsement forwards to. */
    public String getNextUnitName() {
        return award == null || award.getCurrentUnit() == null || award.getCurrentUnit().getParent() == null ? ""
                : award.getCurrentUnit().getParent().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Award getAward() {
        return award;
    }

    public List<AwardEvent> getHistory() {
        return history;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public void setDecisionNo(String decisionNo) {
        this.decisionNo = decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }
}
